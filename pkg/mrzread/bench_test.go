package mrzread

import (
	"image"
	"image/draw"
	"os"
	"path/filepath"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/corpus"
)

// BenchmarkRead reads the MRZ of a real passport scan (the ICAO TD3
// specimen), from its grey plane, as lint does for an identity photo.
func BenchmarkRead(b *testing.B) {
	root := corpus.Dir(b, "specimens/passporteye")
	f, err := os.Open(filepath.Join(root, "tests-data", "passport-td3.png"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	img, _, err := image.Decode(f)
	if err != nil {
		b.Fatal(err)
	}
	g := image.NewGray(img.Bounds())
	draw.Draw(g, g.Rect, img, img.Bounds().Min, draw.Src)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(g); err != nil {
			b.Fatal(err)
		}
	}
}
