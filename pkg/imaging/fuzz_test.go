package imaging

import (
	"bytes"
	"image"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/synth"
)

// FuzzAnalyze feeds arbitrary bytes through the whole analysis: it must
// return, never panic, and stay within a small pixel budget.
func FuzzAnalyze(f *testing.F) {
	f.Add(pngHeader(60000, 60000))
	f.Add(gifHeader(300, 200))
	f.Add([]byte("RIFF\x00\x00\x00\x00WEBPVP8 "))
	f.Add(append([]byte{0, 0, 0, 24}, []byte("ftypheic\x00\x00\x00\x00mif1heic")...))
	if b, err := synth.EncodeJPEG(image.NewRGBA(image.Rect(0, 0, 16, 16)), 80,
		&synth.EXIF{Make: "X", Orientation: 6, GPS: &synth.GPS{Lat: 1, Lon: 2}}); err == nil {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := Analyze(bytes.NewReader(b), int64(len(b)), Options{Limits: Limits{MaxPixels: 1 << 20}})
		if a == nil {
			t.Fatalf("nil analysis: %v", err)
		}
		if err == nil && (a.Metrics == nil || a.Width*a.Height > 1<<20) {
			t.Fatalf("decoded %dx%d past the budget or without metrics", a.Width, a.Height)
		}
	})
}

// FuzzEXIF feeds arbitrary TIFF-structured blocks to the EXIF reader.
func FuzzEXIF(f *testing.F) {
	f.Add(tiffIFDs())
	f.Add([]byte("MM\x00*\x00\x00\x00\x08\x00\x01\x01\x12\x00\x03\x00\x00\x00\x01\x00\x06\x00\x00\x00\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		e, _ := parseEXIF(b)
		_, _ = IsEditor(e.Software)
		_, _ = ReadEXIF(bytes.NewReader(b), int64(len(b)))
	})
}
