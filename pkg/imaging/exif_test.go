package imaging

import (
	"bytes"
	"encoding/binary"
	"image"
	"testing"
	"time"

	"github.com/kyclint/kyclint/pkg/internal/synth"
)

func TestReadEXIFRoundTrip(t *testing.T) {
	taken := time.Date(2026, 3, 4, 10, 11, 12, 0, time.UTC)
	for _, big := range []bool{false, true} {
		in := &synth.EXIF{Make: "Apple", Model: "iPhone 15", Software: "17.2.1", Orientation: 6,
			DateTimeOriginal: taken, GPS: &synth.GPS{Lat: -33.8568, Lon: 151.2153}, BigEndian: big}
		b := jpegOf(t, image.NewRGBA(image.Rect(0, 0, 64, 48)), in)
		e, err := ReadEXIF(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			t.Fatal(err)
		}
		if !e.HasGPS || !e.HasLatLon || abs(e.Lat-in.GPS.Lat) > 1e-4 || abs(e.Lon-in.GPS.Lon) > 1e-4 {
			t.Errorf("big=%v: GPS %v %v %.5f,%.5f", big, e.HasGPS, e.HasLatLon, e.Lat, e.Lon)
		}
		if e.Orientation != 6 || e.Make != "Apple" || e.Model != "iPhone 15" || e.Software != "17.2.1" ||
			!e.DateTimeOriginal.Equal(taken) {
			t.Errorf("big=%v: %+v", big, e)
		}
	}
}

func abs(v float64) float64 { return max(v, -v) }

func TestReadEXIFAbsent(t *testing.T) {
	b := jpegOf(t, image.NewRGBA(image.Rect(0, 0, 8, 8)), nil)
	e, err := ReadEXIF(bytes.NewReader(b), int64(len(b)))
	if err != nil || e.Present || e.HasGPS {
		t.Errorf("no EXIF: %+v, %v", e, err)
	}
}

// tiffIFDs builds a little-endian TIFF block with two IFDs pointing at each
// other, the cycle goexif's self-loop check misses, and an Orientation tag.
func tiffIFDs() []byte {
	b := []byte("II*\x00")
	b = binary.LittleEndian.AppendUint32(b, 8)
	for _, next := range []uint32{26, 8} {
		b = binary.LittleEndian.AppendUint16(b, 1)
		b = binary.LittleEndian.AppendUint16(b, 0x0112) // Orientation
		b = binary.LittleEndian.AppendUint16(b, 3)
		b = binary.LittleEndian.AppendUint32(b, 1)
		b = binary.LittleEndian.AppendUint32(b, 3)
		b = binary.LittleEndian.AppendUint32(b, next)
	}
	return b
}

func TestParseEXIFSurvivesCycleAndHugeCount(t *testing.T) {
	cyc := tiffIFDs()
	done := make(chan EXIF, 1)
	go func() { e, _ := parseEXIF(cyc); done <- e }()
	select {
	case e := <-done:
		if e.Orientation != 3 {
			t.Errorf("cycle: orientation %d, want 3", e.Orientation)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("cyclic IFD chain hangs")
	}

	huge := tiffIFDs()
	binary.LittleEndian.PutUint16(huge[12:], 4)          // LONG
	binary.LittleEndian.PutUint32(huge[14:], 0x40000001) // 4 × count wraps to 4
	e, err := parseEXIF(huge)
	if err == nil || e.Orientation != 0 {
		t.Errorf("huge count: %+v, %v; want the tag dropped and an error", e, err)
	}
}
