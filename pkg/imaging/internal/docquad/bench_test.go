package docquad

import (
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/synth"
)

// BenchmarkFind times a 1000×750 working plane of a document on a desk.
func BenchmarkFind(b *testing.B) {
	p := workingPlane(synth.Card(synth.CardOptions{Width: 1000, Height: 750, Seed: 1, Kind: synth.KindPassport}))
	b.ReportAllocs()
	for b.Loop() {
		Find(p.w, p.h, p.pix)
	}
}

// BenchmarkFindClutter times the MIDV frame, a card on a cluttered desk.
func BenchmarkFindClutter(b *testing.B) {
	img, _ := midvFrameB(b)
	p := workingPlane(img)
	b.ReportAllocs()
	for b.Loop() {
		Find(p.w, p.h, p.pix)
	}
}

// BenchmarkFindGrid times a worst case: a grid of strong lines at many
// angles, which fills the line budget and the shape search.
func BenchmarkFindGrid(b *testing.B) {
	w, h := 1000, 750
	pix := make([]float32, w*h)
	for y := range h {
		for x := range w {
			if (x/40+y/40)%2 == 0 || (x+2*y)/70%2 == 0 {
				pix[y*w+x] = 220
			}
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		Find(w, h, pix)
	}
}
