package imaging

import "strings"

// editors maps a lower-case token found in an EXIF Software tag to the
// editor it names. Longer names come first so "Photoshop Elements" wins
// over "Photoshop". Camera firmware ("Version 1.0", "7.1.1",
// "00WW_3_380_SP02") and camera vendors' transfer tools ("Nikon Transfer")
// name no editor. Opanda PowerExif is listed because it exists to rewrite
// EXIF dates and positions.
var editors = []struct{ token, name string }{
	{"photoshop elements", "Photoshop Elements"},
	{"photoshop express", "Photoshop Express"},
	{"photoshop", "Photoshop"},
	{"lightroom", "Lightroom"},
	{"gimp", "GIMP"},
	{"snapseed", "Snapseed"},
	{"picsart", "PicsArt"},
	{"meitu", "Meitu"},
	{"pixelmator", "Pixelmator"},
	{"affinity photo", "Affinity Photo"},
	{"paint.net", "Paint.NET"},
	{"paintshop", "PaintShop Pro"},
	{"paint shop pro", "PaintShop Pro"},
	{"windows photo gallery", "Windows Photo Gallery"},
	{"facetune", "Facetune"},
	{"canva", "Canva"},
	{"vsco", "VSCO"},
	{"fotor", "Fotor"},
	{"picasa", "Picasa"},
	{"photoscape", "PhotoScape"},
	{"photopea", "Photopea"},
	{"pixlr", "Pixlr"},
	{"polarr", "Polarr"},
	{"airbrush", "AirBrush"},
	{"acdsee", "ACDSee"},
	{"luminar", "Luminar"},
	{"powerexif", "Opanda PowerExif"},
}

// IsEditor reports whether an EXIF Software value names an image editor,
// and which. Tokens match whole words, so "Canvas" is not Canva, while
// a version suffix ("GIMP 2.4.5", "Facetune2") still matches.
func IsEditor(software string) (editor string, ok bool) {
	s := strings.ToLower(software)
	for _, e := range editors {
		if containsWord(s, e.token) {
			return e.name, true
		}
	}
	return "", false
}

// containsWord finds tok in s with no letter just before or after it.
func containsWord(s, tok string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], tok)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(tok)
		if (start == 0 || !isLetter(s[start-1])) && (end == len(s) || !isLetter(s[end])) {
			return true
		}
		i = start + 1
	}
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' }
