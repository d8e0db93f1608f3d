package locate

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// filterRef is the plain max or min filter that filter's fast loops must
// match byte for byte.
func filterRef(dst, src []uint8, w, h, r int, dilate, horiz bool) {
	for y := range h {
		for x := range w {
			var m uint8
			first := true
			for k := -r; k <= r; k++ {
				xx, yy := x, y
				if horiz {
					xx += k
				} else {
					yy += k
				}
				if xx < 0 || yy < 0 || xx >= w || yy >= h {
					continue
				}
				v := src[yy*w+xx]
				switch {
				case first:
					m, first = v, false
				case dilate:
					m = max(m, v)
				default:
					m = min(m, v)
				}
			}
			dst[y*w+x] = m
		}
	}
}

func TestFilterMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, sz := range [][2]int{{1, 1}, {2, 7}, {4, 4}, {5, 5}, {6, 3}, {7, 9}, {31, 17}, {200, 3}} {
		w, h := sz[0], sz[1]
		src := make([]uint8, w*h)
		for i := range src {
			src[i] = uint8(rng.IntN(256))
		}
		for _, r := range []int{1, 2, 3} {
			for _, dilate := range []bool{false, true} {
				for _, horiz := range []bool{false, true} {
					got, want := make([]uint8, w*h), make([]uint8, w*h)
					filter(got, src, w, h, r, dilate, horiz)
					filterRef(want, src, w, h, r, dilate, horiz)
					if !bytes.Equal(got, want) {
						t.Errorf("%dx%d r %d dilate %v horiz %v: differs from the reference", w, h, r, dilate, horiz)
					}
				}
			}
		}
	}
}
