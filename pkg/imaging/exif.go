package imaging

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/rwcarlsen/goexif/exif"
	"github.com/rwcarlsen/goexif/tiff"
)

// EXIF holds the metadata facts kyclint's rules use. Zero values mean absent.
type EXIF struct {
	Present bool // the file carries an EXIF block

	// HasGPS reports a location: the GPS IFD holds a latitude and a
	// longitude. An empty GPS IFD, or one holding 0,0 (written by cameras
	// without a fix), is not a location.
	HasGPS bool
	// Lat and Lon are decimal degrees, valid when HasLatLon. Coordinates
	// written as text instead of rationals count for HasGPS but are not
	// converted: their layout is ambiguous.
	Lat, Lon  float64
	HasLatLon bool

	Orientation int // 1–8 as written; 0 when absent
	Software    string
	Make, Model string
	// DateTimeOriginal (capture) and DateTime (last change) carry no zone in
	// EXIF; they are returned as UTC wall-clock values.
	DateTimeOriginal, DateTime time.Time
}

// ReadEXIF reads the EXIF block of a JPEG, TIFF, PNG, WebP or HEIC/AVIF file,
// or a bare "Exif\0\0" block, looking at no more than 64 KiB of EXIF data. A
// file without EXIF gives a zero EXIF and no error. A broken block gives
// whatever could be read and an error; it is a soft problem, never a panic.
func ReadEXIF(r io.ReaderAt, size int64) (EXIF, error) {
	head := make([]byte, min(size, exifWindow))
	n, err := r.ReadAt(head, 0)
	if n < len(head) && err != nil && !errors.Is(err, io.EOF) {
		return EXIF{}, fmt.Errorf("reading exif: %w", err)
	}
	return parseEXIF(exifBlob(r, size, head[:n]))
}

// parseEXIF decodes a TIFF-structured EXIF block with goexif, after
// sanitizeTIFF has made it safe to hand over.
func parseEXIF(blob []byte) (EXIF, error) {
	if len(blob) == 0 {
		return EXIF{}, nil
	}
	var err error
	clean, fixes := sanitizeTIFF(blob)
	if clean == nil {
		return EXIF{}, errors.New("reading exif: not a TIFF structure")
	}
	if fixes > 0 {
		err = fmt.Errorf("reading exif: skipped %d malformed entries", fixes)
	}
	var x *exif.Exif
	derr := guard(func() (err error) {
		x, err = exif.Decode(bytes.NewReader(clean))
		return err
	})
	if derr != nil {
		err = fmt.Errorf("reading exif: %w", derr)
	}
	if x == nil {
		return EXIF{}, err
	}
	return facts(x), err
}

func facts(x *exif.Exif) EXIF {
	e := EXIF{
		Present:          true,
		Software:         str(x, exif.Software),
		Make:             str(x, exif.Make),
		Model:            str(x, exif.Model),
		DateTimeOriginal: when(str(x, exif.DateTimeOriginal)),
		DateTime:         when(str(x, exif.DateTime)),
	}
	if t, err := x.Get(exif.Orientation); err == nil {
		if v, err := t.Int(0); err == nil {
			e.Orientation = v
		}
	}
	e.readGPS(x)
	return e
}

func (e *EXIF) readGPS(x *exif.Exif) {
	lat, err1 := x.Get(exif.GPSLatitude)
	lon, err2 := x.Get(exif.GPSLongitude)
	if err1 != nil || err2 != nil {
		return
	}
	la, ok1 := degrees(lat)
	lo, ok2 := degrees(lon)
	if !ok1 || !ok2 {
		// Some phones write "52,00000,50,00000,34,01180" as text: a
		// location, though its layout is ambiguous.
		e.HasGPS = textCoordinate(lat) && textCoordinate(lon)
		return
	}
	if la == 0 && lo == 0 {
		return
	}
	if strings.EqualFold(str(x, exif.GPSLatitudeRef), "S") {
		la = -la
	}
	if strings.EqualFold(str(x, exif.GPSLongitudeRef), "W") {
		lo = -lo
	}
	e.HasGPS, e.HasLatLon, e.Lat, e.Lon = true, true, la, lo
}

// degrees converts a degrees/minutes/seconds rational triple.
func degrees(t *tiff.Tag) (float64, bool) {
	if t.Format() != tiff.RatVal || t.Count < 3 {
		return 0, false
	}
	var v float64
	for i, div := range []float64{1, 60, 3600} {
		n, d, err := t.Rat2(i)
		if err != nil || d == 0 {
			return 0, false
		}
		v += float64(n) / float64(d) / div
	}
	return v, v >= 0 && v <= 180
}

func textCoordinate(t *tiff.Tag) bool {
	s, err := t.StringVal()
	return err == nil && strings.ContainsAny(s, "123456789")
}

func str(x *exif.Exif, name exif.FieldName) string {
	t, err := x.Get(name)
	if err != nil {
		return ""
	}
	s, err := t.StringVal()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(strings.TrimRight(s, "\x00"))
}

// when parses an EXIF date ("2006:01:02 15:04:05"), ignoring any suffix
// such as a trailing "Z"; an unset or malformed date gives the zero time.
func when(s string) time.Time {
	if len(s) < 19 {
		return time.Time{}
	}
	t, err := time.Parse("2006:01:02 15:04:05", s[:19])
	if err != nil {
		return time.Time{}
	}
	return t
}
