package imaging

import (
	"math"

	"github.com/kyclint/kyclint/pkg/imaging/internal/area"
)

// A plane is one channel of an image as float32 samples on a 0–255 scale.
type plane struct {
	w, h int
	pix  []float32
}

func (p plane) at(x, y int) float32 { return p.pix[y*p.w+x] }

func fromArea(p area.Plane) plane { return plane{p.W, p.H, p.Pix} }

// A rowFunc writes source row y of each channel into dst[c][:width].
type rowFunc func(y int, dst [][]float32)

// workingSize returns the size of the working planes: the long side scaled
// down to long pixels, never up.
func workingSize(w, h, long int) (int, int) {
	if long <= 0 || max(w, h) <= long {
		return w, h
	}
	if w >= h {
		return long, max(1, int(math.Round(float64(h)*float64(long)/float64(w))))
	}
	return max(1, int(math.Round(float64(w)*float64(long)/float64(h)))), long
}

// chromaLong is the long side of the working chroma planes, which are
// reduced through box means (target.boxed). The chroma metrics are
// statistics of colour over the whole frame, which a quarter of the luma's
// resolution measures as well, at a sixteenth of the cost.
func chromaLong(long int) int { return max(1, long/4) }

// A target is a group of channels reduced to one size, straight by area
// averaging or, with boxed, through box means first (see package area).
type target struct {
	channels, w, h int
	boxed          bool
}

// reduce reads a sw×sh source one row at a time and shrinks each group of
// its channels, in order, to that group's size, so that only the small
// output planes are allocated.
func reduce(row rowFunc, sw, sh int, targets ...target) []plane {
	var src [][]float32
	reducers := make([]interface {
		Add(int, [][]float32)
		Planes() []area.Plane
	}, len(targets))
	for i, t := range targets {
		if t.boxed {
			reducers[i] = area.NewReducer(t.channels, sw, sh, t.w, t.h, nil)
		} else {
			reducers[i] = area.NewResampler(t.channels, sw, sh, t.w, t.h, nil)
		}
		for range t.channels {
			src = append(src, make([]float32, sw))
		}
	}
	for y := range sh {
		row(y, src)
		rest := src
		for i, t := range targets {
			reducers[i].Add(y, rest[:t.channels])
			rest = rest[t.channels:]
		}
	}
	var out []plane
	for _, r := range reducers {
		for _, p := range r.Planes() {
			out = append(out, fromArea(p))
		}
	}
	return out
}
