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
	for _, sz := range [][2]int{{1, 1}, {2, 7}, {4, 4}, {5, 5}, {6, 3}, {7, 9}, {31, 17}, {200, 3}, {8, 8}, {9, 6}, {10, 5}, {11, 7}, {37, 11}, {64, 9}, {501, 4}} {
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

func TestMax8Min8(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	edge := []uint8{0, 1, 0x7f, 0x80, 0x81, 0xfe, 0xff}
	for range 20000 {
		var a, b [8]uint8
		for i := range a {
			if rng.IntN(2) == 0 {
				a[i], b[i] = edge[rng.IntN(len(edge))], edge[rng.IntN(len(edge))]
			} else {
				a[i], b[i] = uint8(rng.IntN(256)), uint8(rng.IntN(256))
			}
		}
		hi, lo := max8(le.Uint64(a[:]), le.Uint64(b[:])), min8(le.Uint64(a[:]), le.Uint64(b[:]))
		for i := range a {
			if got := uint8(hi >> (8 * i)); got != max(a[i], b[i]) {
				t.Fatalf("max8 of %v and %v: byte %d is %d", a, b, i, got)
			}
			if got := uint8(lo >> (8 * i)); got != min(a[i], b[i]) {
				t.Fatalf("min8 of %v and %v: byte %d is %d", a, b, i, got)
			}
		}
	}
}
