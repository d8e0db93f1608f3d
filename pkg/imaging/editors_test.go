package imaging

import "testing"

func TestIsEditor(t *testing.T) {
	cases := []struct {
		software, want string
	}{
		{"Adobe Photoshop CS2 Macintosh", "Photoshop"},
		{"Adobe Photoshop CC (Macintosh)", "Photoshop"},
		{"Adobe Photoshop Elements 7.0", "Photoshop Elements"},
		{"Adobe Photoshop Lightroom Classic 12.1 (Windows)", "Photoshop"},
		{"Adobe Lightroom 6.0", "Lightroom"},
		{"GIMP 2.4.5", "GIMP"},
		{"Microsoft Windows Photo Gallery 6.0.6001.18000", "Windows Photo Gallery"},
		{"Snapseed 2.0", "Snapseed"},
		{"PicsArt", "PicsArt"},
		{"Meitu", "Meitu"},
		{"Pixelmator Pro 3.3", "Pixelmator"},
		{"Affinity Photo 2", "Affinity Photo"},
		{"paint.net 4.3.12", "Paint.NET"},
		{"Facetune2", "Facetune"},
		{"Canva", "Canva"},
		{"VSCO", "VSCO"},
		{"Fotor", "Fotor"},
		{"Picasa", "Picasa"},
		{"Opanda PowerExif", "Opanda PowerExif"},
		// Firmware, camera and transfer strings from real photos.
		{"Version 1.0", ""},
		{"Version 1.3", ""},
		{"7.1.1", ""},
		{"8.3", ""},
		{"14.4.2", ""},
		{"11.3", ""},
		{"Nikon Transfer 1.1 W", ""},
		{"00WW_3_380_SP02", ""},
		{"Ver.1.00", ""},
		{"v981-79", ""},
		{"Digital Camera DX-10 Ver1.00", ""},
		{"PMB Service Uploader", ""},
		{"M6290A-KPVMZL-2.6.0140T", ""},
		{"1.01+R", ""},
		{"Canvas Camera 1.0", ""},
		{"", ""},
	}
	for _, c := range cases {
		got, ok := IsEditor(c.software)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("IsEditor(%q) = %q, %v; want %q", c.software, got, ok, c.want)
		}
	}
}
