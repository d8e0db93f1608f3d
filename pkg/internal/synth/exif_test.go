package synth

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/jpeg"
	"math"
	"testing"
	"time"

	"github.com/rwcarlsen/goexif/exif"
)

func fullEXIF(bigEndian bool) *EXIF {
	return &EXIF{
		Make:             "Synthcam",
		Model:            "S-1 Pro",
		Software:         "Adobe Photoshop 25.0 (Windows)",
		Orientation:      6,
		DateTime:         time.Date(2026, 3, 15, 18, 2, 7, 0, time.UTC),
		DateTimeOriginal: time.Date(2026, 3, 14, 9, 26, 53, 0, time.UTC),
		GPS:              &GPS{Lat: -33.8688197, Lon: 151.2092955},
		BigEndian:        bigEndian,
	}
}

func decodeEXIF(t *testing.T, e *EXIF) *exif.Exif {
	t.Helper()
	b, err := EncodeJPEG(Card(CardOptions{Width: 64, Height: 48, Seed: 1}), 80, e)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := jpeg.Decode(bytes.NewReader(b)); err != nil {
		t.Fatalf("image/jpeg cannot decode the file: %v", err)
	}
	x, err := exif.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("goexif: %v", err)
	}
	return x
}

func TestEXIFRoundTrip(t *testing.T) {
	for _, big := range []bool{false, true} {
		want := fullEXIF(big)
		x := decodeEXIF(t, want)
		for name, v := range map[exif.FieldName]string{
			exif.Make:             want.Make,
			exif.Model:            want.Model,
			exif.Software:         want.Software,
			exif.DateTime:         "2026:03:15 18:02:07",
			exif.DateTimeOriginal: "2026:03:14 09:26:53",
			exif.GPSLatitudeRef:   "S",
			exif.GPSLongitudeRef:  "E",
		} {
			tag, err := x.Get(name)
			if err != nil {
				t.Errorf("big endian %v: %s: %v", big, name, err)
				continue
			}
			if got, err := tag.StringVal(); err != nil || got != v {
				t.Errorf("big endian %v: %s = %q (%v), want %q", big, name, got, err, v)
			}
		}
		if tag, err := x.Get(exif.Orientation); err != nil {
			t.Errorf("orientation: %v", err)
		} else if o, _ := tag.Int(0); o != 6 {
			t.Errorf("orientation = %d, want 6", o)
		}
		lat, lon, err := x.LatLong()
		if err != nil || math.Abs(lat-want.GPS.Lat) > 1e-7 || math.Abs(lon-want.GPS.Lon) > 1e-7 {
			t.Errorf("big endian %v: position %v, %v (%v), want %v, %v", big, lat, lon, err, want.GPS.Lat, want.GPS.Lon)
		}
	}
}

func TestEXIFWritesOnlySetFields(t *testing.T) {
	x := decodeEXIF(t, &EXIF{Software: "GIMP 2.10"})
	if tag, err := x.Get(exif.Software); err != nil {
		t.Errorf("software: %v", err)
	} else if s, _ := tag.StringVal(); s != "GIMP 2.10" {
		t.Errorf("software = %q", s)
	}
	for _, name := range []exif.FieldName{exif.Make, exif.Orientation, exif.DateTime, exif.DateTimeOriginal, exif.GPSLatitude, exif.ExifIFDPointer, exif.GPSInfoIFDPointer} {
		if _, err := x.Get(name); !exif.IsTagNotPresentError(err) {
			t.Errorf("%s: got %v, want tag not present", name, err)
		}
	}
	x = decodeEXIF(t, &EXIF{GPS: &GPS{Lat: 51.5007, Lon: -0.1246}})
	if lat, lon, err := x.LatLong(); err != nil || math.Abs(lat-51.5007) > 1e-7 || math.Abs(lon+0.1246) > 1e-7 {
		t.Errorf("gps only: %v, %v (%v)", lat, lon, err)
	}
}

func TestEXIFSegmentFollowsSOI(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 8, 8))
	plain, err := EncodeJPEG(img, 90, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := EncodeJPEG(img, 90, &EXIF{Make: "X"})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte{0xFF, 0xD8, 0xFF, 0xE1}) || string(b[6:12]) != "Exif\x00\x00" {
		t.Fatalf("file starts % x, want SOI then APP1 Exif", b[:12])
	}
	n := int(binary.BigEndian.Uint16(b[4:6]))
	if !bytes.Equal(b[4+n:], plain[2:]) {
		t.Error("the rest of the file differs from the plain encoding")
	}
}

func TestDMSCarries(t *testing.T) {
	got := dms(10.99999999999)
	if got[0] != [2]uint32{11, 1} || got[1] != [2]uint32{0, 1} || got[2] != [2]uint32{0, 10000} {
		t.Errorf("dms(10.99999999999) = %v, want 11° 0' 0\"", got)
	}
}
