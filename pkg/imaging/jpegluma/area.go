package jpegluma

import "math"

// unzig maps zigzag order to natural order.
var unzig = [64]uint8{
	0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5,
	12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28,
	35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51,
	58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
}

// maxTaps is the most output samples one block can touch along an axis:
// eight when the plane keeps its size.
const maxTaps = 9

// A tap set maps one block's eight pixels along an axis to the output
// samples they fall in: w[k][u] is the weight of frequency u in output
// first+k, the inverse DCT basis integrated over the pixels' share of that
// sample.
type taps struct {
	first, n int
	w        [maxTaps][8]float32
}

// basis[x][u] is the 1-D inverse DCT basis C(u)/2·cos((2x+1)uπ/16).
var basis = func() (b [8][8]float64) {
	for x := range 8 {
		for u := range 8 {
			c := 0.5
			if u == 0 {
				c = 0.5 / math.Sqrt2
			}
			b[x][u] = c * math.Cos(float64(2*x+1)*float64(u)*math.Pi/16)
		}
	}
	return b
}()

// axisTaps computes the taps of every block along an axis of src pixels
// (blocks*8 ≥ src; padding pixels weigh nothing) area-averaged to dst
// samples, with the same overlap rule as an area-averaging resampler: a
// pixel [x, x+1) covers [x·dst/src, (x+1)·dst/src) of the output axis.
func axisTaps(blocks, src, dst int) []taps {
	out := make([]taps, blocks)
	k := float64(dst) / float64(src)
	for b := range out {
		t := &out[b]
		t.first = -1
		for xi := range 8 {
			x := b*8 + xi
			if x >= src {
				break
			}
			lo, hi := float64(x)*k, float64(x+1)*k
			for o := int(math.Floor(lo)); o < dst && float64(o) < hi; o++ {
				share := math.Min(hi, float64(o+1)) - math.Max(lo, float64(o))
				if share <= 1e-12 {
					continue
				}
				if t.first < 0 {
					t.first = o
				}
				j := o - t.first
				t.n = max(t.n, j+1)
				for u := range 8 {
					t.w[j][u] += float32(share * basis[xi][u])
				}
			}
		}
		t.first = max(t.first, 0)
	}
	return out
}

// accumulate adds the area-averaged pixels of blk (natural order,
// dequantized, DC already level-shifted) into out, a plane of the given
// width.
func accumulate(blk *[64]int32, tx, ty *taps, out []float32, width int) {
	var tmp [8][maxTaps]float32
	var rows [8]int
	nr := 0
	for v := range 8 {
		r := (*[8]int32)(blk[v*8:])
		if r[0]|r[1]|r[2]|r[3]|r[4]|r[5]|r[6]|r[7] == 0 {
			continue
		}
		rows[nr] = v
		nr++
		f := [8]float32{float32(r[0]), float32(r[1]), float32(r[2]), float32(r[3]),
			float32(r[4]), float32(r[5]), float32(r[6]), float32(r[7])}
		if v == 0 && r[1]|r[2]|r[3]|r[4]|r[5]|r[6]|r[7] == 0 && flat(blk) {
			// A flat block is 64 equal pixels: round and clamp them as
			// an 8-bit decoder does, so that a plateau near a threshold
			// (white paper at 250) is measured as the reference sees it.
			p := min(255, max(0, (r[0]+4)>>3))
			f[0] = float32(8 * p)
		}
		for k := range tx.n {
			w := &tx.w[k]
			tmp[v][k] = w[0]*f[0] + w[1]*f[1] + w[2]*f[2] + w[3]*f[3] +
				w[4]*f[4] + w[5]*f[5] + w[6]*f[6] + w[7]*f[7]
		}
	}
	for m := range ty.n {
		w := &ty.w[m]
		o := (ty.first+m)*width + tx.first
		dst := out[o : o+tx.n]
		for k := range dst {
			var sum float32
			for _, v := range rows[:nr] {
				sum += w[v] * tmp[v][k]
			}
			dst[k] += sum
		}
	}
}

// flat reports whether rows 1–7 of blk are zero.
func flat(blk *[64]int32) bool {
	for _, c := range blk[8:] {
		if c != 0 {
			return false
		}
	}
	return true
}
