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
// samples they fall in: w[k][i] is the weight of frequency u[i] in output
// first+k, the inverse DCT basis integrated over the pixels' share of that
// sample. Only the nu frequencies with a nonzero weight are listed: when
// the outputs are means of 4-pixel halves of the block, the even
// frequencies above 0 integrate to zero and are never read.
type taps struct {
	first, n int
	nu       int
	u        [8]uint8
	w        [maxTaps][8]float32
	// For the sparse kernels: the frequencies listed, a bit each; the
	// index in u of each; and how many of them are at most each frequency.
	mask uint8
	slot [8]uint8
	upto [8]uint8
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

// axisTaps computes the taps of every block (one per element of out) along an axis of src pixels
// (blocks*8 ≥ src; padding pixels weigh nothing) area-averaged to dst
// samples, with the same overlap rule as package area: a pixel [x, x+1)
// covers [x·dst/src, (x+1)·dst/src) of the output axis.
func axisTaps(out []taps, src, dst int) {
	k := float64(dst) / float64(src)
	for b := range out {
		var w [maxTaps][8]float64
		first, n := -1, 0
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
				if first < 0 {
					first = o
				}
				j := o - first
				n = max(n, j+1)
				for u := range 8 {
					w[j][u] += share * basis[xi][u]
				}
			}
		}
		out[b] = compact(max(first, 0), n, &w)
	}
}

// boxTaps computes, for every block (one per element of out) along an axis of src pixels, the taps
// giving the means of its f-pixel boxes, the first stage of package area's
// reduction. Box j of block b is output b·8/f + j; the last box of the
// axis averages only the pixels it has.
func boxTaps(out []taps, src, f int) {
	for b := range out {
		var w [maxTaps][8]float64
		n := 0
		for j := range 8 / f {
			lo, hi := b*8+j*f, min(b*8+(j+1)*f, src)
			if lo >= hi {
				break
			}
			n = j + 1
			for x := lo; x < hi; x++ {
				for u := range 8 {
					w[j][u] += basis[x-b*8][u] / float64(hi-lo)
				}
			}
		}
		out[b] = compact(b*8/f, n, &w)
	}
}

// compact lists the frequencies with a nonzero weight in any of the n
// outputs and packs their weights.
func compact(first, n int, w *[maxTaps][8]float64) taps {
	t := taps{first: first, n: n}
	for u := range 8 {
		used := false
		for j := range n {
			used = used || math.Abs(w[j][u]) > 1e-9
		}
		if !used {
			continue
		}
		for j := range n {
			t.w[j][t.nu] = float32(w[j][u])
		}
		t.u[t.nu] = uint8(u)
		t.mask |= 1 << u
		t.slot[u] = uint8(t.nu)
		t.nu++
	}
	for u := range 8 {
		for _, v := range t.u[:t.nu] {
			if int(v) <= u {
				t.upto[u]++
			}
		}
	}
	return t
}

// accumulate adds the outputs of blk (natural order, dequantized, DC
// already level-shifted) into out, a plane of the given width; nz marks
// blk's nonzero coefficients and may mark zero ones too. With round set, a
// flat block's level is rounded and clamped as an 8-bit decoder does, so
// that a plateau near a threshold (white paper at 250) is measured as the
// reference sees it.
func accumulate(blk *[64]int32, nz uint64, tx, ty *taps, out []float32, width int, round bool) {
	if tx.n == 0 || ty.n == 0 {
		return
	}
	if tx.nu == 8 && ty.nu == 8 {
		if tx.n == 3 && ty.n == 3 {
			accumulate3x3(blk, nz, tx, ty, out, width, round)
			return
		}
		if tx.n >= 4 && tx.n <= 6 {
			accumulateWide(blk, nz, tx, ty, out, width, round)
			return
		}
		accumulateDense(blk, tx, ty, out, width, round)
		return
	}
	if tx.n == 1 && ty.n == 1 && tx.nu == 1 && ty.nu == 1 && tx.u[0] == 0 && ty.u[0] == 0 {
		accumulateMean(blk, nz, tx, ty, out, width, round)
		return
	}
	if tx.n == 4 {
		accumulateSparse4(blk, nz, tx, ty, out, width, round)
		return
	}
	accumulateSparse(blk, tx, ty, out, width, round)
}

// accumulateSparse is accumulate for taps that leave out some frequencies.
func accumulateSparse(blk *[64]int32, tx, ty *taps, out []float32, width int, round bool) {
	var tmp [8][maxTaps]float32
	var rows [8]uint8
	nr := 0
	for i := range ty.nu {
		v := ty.u[i]
		r := (*[8]int32)(blk[v*8:])
		if r[0]|r[1]|r[2]|r[3]|r[4]|r[5]|r[6]|r[7] == 0 {
			continue
		}
		var f [8]float32
		for j, u := range tx.u[:tx.nu] {
			f[j] = float32(r[u&7])
		}
		if round && v == 0 && r[1]|r[2]|r[3]|r[4]|r[5]|r[6]|r[7] == 0 && flat(blk) {
			p := min(255, max(0, (r[0]+4)>>3))
			f[0] = float32(8 * p) // u[0] is 0: the DC always weighs
		}
		t := &tmp[nr]
		for k := range tx.n {
			w := &tx.w[k]
			var s float32
			for j := range tx.nu {
				s += w[j] * f[j]
			}
			t[k] = s
		}
		rows[nr] = uint8(i)
		nr++
	}
	spread(&tmp, rows[:nr], tx, ty, out, width)
}

// accumulateDense is accumulate for taps that weigh every frequency, as
// exact area averaging does: u is 0–7 in order. Most blocks of a photo end
// in a run of zero coefficients, so each row's product stops at its last
// nonzero column.
func accumulateDense(blk *[64]int32, tx, ty *taps, out []float32, width int, round bool) {
	var tmp [8][maxTaps]float32
	var rows [8]uint8
	nr := 0
	for v := range 8 {
		r := (*[8]int32)(blk[v*8:])
		switch {
		case r[4]|r[5]|r[6]|r[7] != 0:
			f0, f1, f2, f3 := float32(r[0]), float32(r[1]), float32(r[2]), float32(r[3])
			f4, f5, f6, f7 := float32(r[4]), float32(r[5]), float32(r[6]), float32(r[7])
			// Summed as a tree: a chain of eight dependent adds would
			// leave the core waiting on each one's latency.
			t := &tmp[nr]
			for k := range tx.n {
				w := &tx.w[k]
				t[k] = ((w[0]*f0 + w[1]*f1) + (w[2]*f2 + w[3]*f3)) + ((w[4]*f4 + w[5]*f5) + (w[6]*f6 + w[7]*f7))
			}
		case r[1]|r[2]|r[3] != 0:
			f0, f1, f2, f3 := float32(r[0]), float32(r[1]), float32(r[2]), float32(r[3])
			t := &tmp[nr]
			for k := range tx.n {
				w := &tx.w[k]
				t[k] = (w[0]*f0 + w[1]*f1) + (w[2]*f2 + w[3]*f3)
			}
		case r[0] != 0:
			f0 := float32(r[0])
			if round && v == 0 && flat(blk) {
				f0 = float32(8 * min(255, max(0, (r[0]+4)>>3)))
			}
			for k := range tx.n {
				tmp[nr][k] = tx.w[k][0] * f0
			}
		default:
			continue
		}
		rows[nr] = uint8(v)
		nr++
	}
	spread(&tmp, rows[:nr], tx, ty, out, width)
}

// spread adds the row sums tmp[n], for the rows whose weights in ty are
// at index rows[n], into the block's outputs.
func spread(tmp *[8][maxTaps]float32, rows []uint8, tx, ty *taps, out []float32, width int) {
	if len(rows) == 0 {
		return
	}
	if tx.n == 3 {
		// The common case at a quarter of the size: three outputs a row,
		// kept in registers.
		for m := range ty.n {
			w := &ty.w[m]
			o := (ty.first+m)*width + tx.first
			dst := out[o : o+3 : o+3]
			var s0, s1, s2 float32
			for n, v := range rows {
				wv, t := w[v&7], &tmp[n]
				s0 += wv * t[0]
				s1 += wv * t[1]
				s2 += wv * t[2]
			}
			dst[0] += s0
			dst[1] += s1
			dst[2] += s2
		}
		return
	}
	if tx.n >= 4 && tx.n <= 6 {
		// Blocks shrunk by 0.4–0.75 (2–5 MP photos to 1000 pixels): the
		// same sums, in the same order, kept in registers.
		for m := range ty.n {
			w := &ty.w[m]
			var s0, s1, s2, s3, s4, s5 float32
			for n, v := range rows {
				wv, t := w[v&7], &tmp[n]
				s0 += wv * t[0]
				s1 += wv * t[1]
				s2 += wv * t[2]
				s3 += wv * t[3]
				s4 += wv * t[4]
				s5 += wv * t[5]
			}
			o := (ty.first+m)*width + tx.first
			dst := out[o : o+tx.n : o+tx.n]
			dst[0] += s0
			dst[1] += s1
			dst[2] += s2
			dst[3] += s3
			if len(dst) > 4 {
				dst[4] += s4
			}
			if len(dst) > 5 {
				dst[5] += s5
			}
		}
		return
	}
	for m := range ty.n {
		w := &ty.w[m]
		o := (ty.first+m)*width + tx.first
		dst := out[o : o+tx.n]
		for k := range dst {
			var sum float32
			for n, v := range rows {
				sum += w[v&7] * tmp[n][k]
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
