package imaging

import (
	"math"
	"math/bits"
	"slices"

	"github.com/kyclint/kyclint/pkg/imaging/internal/area"
)

// A Hash is a 64-bit perceptual hash (pHash): the signs of the 8×8 lowest
// DCT frequencies of the luma shrunk to 32×32, against their median. It
// survives re-encoding, resizing and mild exposure changes, so two uploads
// of the same photo hash close together while their bytes differ.
type Hash uint64

// Distance is the number of differing bits. Re-encodings of one photo are
// usually within DuplicateMaxDistance; unrelated photos are near 32.
func (h Hash) Distance(o Hash) int { return bits.OnesCount64(uint64(h ^ o)) }

const hashSide = 32

// dct32 holds the DCT-II basis cos(π(2x+1)u/64) for u < 8.
var dct32 = func() (t [8][hashSide]float64) {
	for u := range 8 {
		for x := range hashSide {
			t[u][x] = math.Cos(math.Pi * float64(2*x+1) * float64(u) / (2 * hashSide))
		}
	}
	return t
}()

func perceptualHash(y plane) Hash {
	rs := area.NewResampler(1, y.w, y.h, min(hashSide, y.w), min(hashSide, y.h), nil)
	for r := range y.h {
		rs.Add(r, [][]float32{y.pix[r*y.w : (r+1)*y.w]})
	}
	small := fromArea(rs.Planes()[0])
	if small.w != hashSide || small.h != hashSide {
		return 0 // smaller than 32 px: too little to hash
	}
	var rows [hashSide][8]float64 // DCT along x
	for r := range hashSide {
		for u := range 8 {
			var s float64
			for x := range hashSide {
				s += float64(small.at(x, r)) * dct32[u][x]
			}
			rows[r][u] = s
		}
	}
	var coef [64]float64
	for v := range 8 {
		for u := range 8 {
			var s float64
			for r := range hashSide {
				s += rows[r][u] * dct32[v][r]
			}
			coef[v*8+u] = s
		}
	}
	sorted := coef
	slices.Sort(sorted[1:]) // the DC term only measures brightness
	median := sorted[32]
	var h Hash
	for i, c := range coef {
		if c > median {
			h |= 1 << i
		}
	}
	return h
}
