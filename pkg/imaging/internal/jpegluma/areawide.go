package jpegluma

import "math/bits"

// accumulateWide is accumulateDense for a block whose rows of outputs are
// four to six samples long, as at 0.4–0.75 of the size (2–5 MP photos
// reduced to 1000 pixels), where the transform is most of a decode's
// work. It visits only the rows nz marks, computes each row's products
// for exactly its outputs, and spreads them with as many sums as there
// are outputs. It performs the same float32 operations in the same order
// as accumulateDense, so its outputs are the same to the bit (see
// accumulate3x3 on zero rows).
func accumulateWide(blk *[64]int32, nz uint64, tx, ty *taps, out []float32, width int, round bool) {
	n := tx.n
	if nz == 1 {
		// Only the DC (flat areas: half the blocks of a document photo):
		// each output is one product of one product, as below with one
		// row of one frequency.
		f0 := float32(blk[0])
		if round {
			f0 = float32(8 * min(255, max(0, (blk[0]+4)>>3)))
		}
		var t [6]float32
		for k := range t[:n] {
			t[k] = tx.w[k][0] * f0
		}
		if n == 6 {
			t0, t1, t2, t3, t4, t5 := t[0], t[1], t[2], t[3], t[4], t[5]
			for m := range ty.n {
				x := ty.w[m][0]
				o := (ty.first+m)*width + tx.first
				d := out[o : o+6 : o+6]
				d[0] += x * t0
				d[1] += x * t1
				d[2] += x * t2
				d[3] += x * t3
				d[4] += x * t4
				d[5] += x * t5
			}
			return
		}
		if n == 5 {
			t0, t1, t2, t3, t4 := t[0], t[1], t[2], t[3], t[4]
			for m := range ty.n {
				x := ty.w[m][0]
				o := (ty.first+m)*width + tx.first
				d := out[o : o+5 : o+5]
				d[0] += x * t0
				d[1] += x * t1
				d[2] += x * t2
				d[3] += x * t3
				d[4] += x * t4
			}
			return
		}
		for m := range ty.n {
			x := ty.w[m][0]
			o := (ty.first+m)*width + tx.first
			d := out[o : o+n : o+n]
			for k := range d {
				d[k] += x * t[k]
			}
		}
		return
	}
	var tmp [6][8]float32 // tmp[k][n]: output k of the n-th row visited
	var rows [8]uint8
	nr := 0
	switch n {
	case 5:
		nr = rowProducts5(blk, nz, tx, &tmp, &rows, round)
	case 6:
		nr = rowProducts6(blk, nz, tx, &tmp, &rows, round)
	}
	for rs := rowsOf(nz); n == 4 && rs != 0; rs &= rs - 1 {
		v := uint(bits.TrailingZeros8(rs)) & 7
		r := (*[8]int32)(blk[v*8:])
		cols := uint8(nz >> (v * 8))
		j := nr & 7
		switch {
		case cols&0xfe == 0 || round && v == 0 && r[1]|r[2]|r[3]|r[4]|r[5]|r[6]|r[7] == 0:
			f0 := float32(r[0])
			if round && v == 0 && (nz == 1 || flat(blk)) {
				f0 = float32(8 * min(255, max(0, (r[0]+4)>>3)))
			}
			for k := range n {
				tmp[k][j] = tx.w[k][0] * f0
			}
		case cols&0xf0 != 0:
			f0, f1, f2, f3 := float32(r[0]), float32(r[1]), float32(r[2]), float32(r[3])
			f4, f5, f6, f7 := float32(r[4]), float32(r[5]), float32(r[6]), float32(r[7])
			for k := range n {
				w := &tx.w[k]
				tmp[k][j] = ((w[0]*f0 + w[1]*f1) + (w[2]*f2 + w[3]*f3)) + ((w[4]*f4 + w[5]*f5) + (w[6]*f6 + w[7]*f7))
			}
		default:
			f0, f1, f2, f3 := float32(r[0]), float32(r[1]), float32(r[2]), float32(r[3])
			for k := range n {
				w := &tx.w[k]
				tmp[k][j] = (w[0]*f0 + w[1]*f1) + (w[2]*f2 + w[3]*f3)
			}
		}
		rows[nr] = uint8(v)
		nr++
	}
	if nr == 0 {
		return
	}
	switch n {
	case 5:
		spread5(&tmp, rows[:nr], tx, ty, out, width)
	case 6:
		spread6(&tmp, rows[:nr], tx, ty, out, width)
	default:
		spread4(&tmp, rows[:nr], tx, ty, out, width)
	}
}

// rowProducts5 is accumulateWide's row pass for five outputs a row,
// unrolled; it returns the number of rows it visited.
func rowProducts5(blk *[64]int32, nz uint64, tx *taps, tmp *[6][8]float32, rows *[8]uint8, round bool) int {
	w0, w1, w2, w3, w4 := &tx.w[0], &tx.w[1], &tx.w[2], &tx.w[3], &tx.w[4]
	c0, c1, c2, c3, c4 := &tmp[0], &tmp[1], &tmp[2], &tmp[3], &tmp[4]
	nr := 0
	for rs := rowsOf(nz); rs != 0; rs &= rs - 1 {
		v := uint(bits.TrailingZeros8(rs)) & 7
		r := (*[8]int32)(blk[v*8:])
		cols := uint8(nz >> (v * 8))
		j := nr & 7
		switch {
		case cols&0xfe == 0 || round && v == 0 && r[1]|r[2]|r[3]|r[4]|r[5]|r[6]|r[7] == 0:
			f0 := float32(r[0])
			if round && v == 0 && (nz == 1 || flat(blk)) {
				f0 = float32(8 * min(255, max(0, (r[0]+4)>>3)))
			}
			c0[j], c1[j], c2[j], c3[j], c4[j] = w0[0]*f0, w1[0]*f0, w2[0]*f0, w3[0]*f0, w4[0]*f0
		case cols&0xf0 != 0:
			f0, f1, f2, f3 := float32(r[0]), float32(r[1]), float32(r[2]), float32(r[3])
			f4, f5, f6, f7 := float32(r[4]), float32(r[5]), float32(r[6]), float32(r[7])
			c0[j] = ((w0[0]*f0 + w0[1]*f1) + (w0[2]*f2 + w0[3]*f3)) + ((w0[4]*f4 + w0[5]*f5) + (w0[6]*f6 + w0[7]*f7))
			c1[j] = ((w1[0]*f0 + w1[1]*f1) + (w1[2]*f2 + w1[3]*f3)) + ((w1[4]*f4 + w1[5]*f5) + (w1[6]*f6 + w1[7]*f7))
			c2[j] = ((w2[0]*f0 + w2[1]*f1) + (w2[2]*f2 + w2[3]*f3)) + ((w2[4]*f4 + w2[5]*f5) + (w2[6]*f6 + w2[7]*f7))
			c3[j] = ((w3[0]*f0 + w3[1]*f1) + (w3[2]*f2 + w3[3]*f3)) + ((w3[4]*f4 + w3[5]*f5) + (w3[6]*f6 + w3[7]*f7))
			c4[j] = ((w4[0]*f0 + w4[1]*f1) + (w4[2]*f2 + w4[3]*f3)) + ((w4[4]*f4 + w4[5]*f5) + (w4[6]*f6 + w4[7]*f7))
		default:
			f0, f1, f2, f3 := float32(r[0]), float32(r[1]), float32(r[2]), float32(r[3])
			c0[j] = (w0[0]*f0 + w0[1]*f1) + (w0[2]*f2 + w0[3]*f3)
			c1[j] = (w1[0]*f0 + w1[1]*f1) + (w1[2]*f2 + w1[3]*f3)
			c2[j] = (w2[0]*f0 + w2[1]*f1) + (w2[2]*f2 + w2[3]*f3)
			c3[j] = (w3[0]*f0 + w3[1]*f1) + (w3[2]*f2 + w3[3]*f3)
			c4[j] = (w4[0]*f0 + w4[1]*f1) + (w4[2]*f2 + w4[3]*f3)
		}
		rows[nr] = uint8(v)
		nr++
	}
	return nr
}

// rowProducts6 is accumulateWide's row pass for six outputs a row,
// unrolled; it returns the number of rows it visited.
func rowProducts6(blk *[64]int32, nz uint64, tx *taps, tmp *[6][8]float32, rows *[8]uint8, round bool) int {
	w0, w1, w2, w3, w4, w5 := &tx.w[0], &tx.w[1], &tx.w[2], &tx.w[3], &tx.w[4], &tx.w[5]
	c0, c1, c2, c3, c4, c5 := &tmp[0], &tmp[1], &tmp[2], &tmp[3], &tmp[4], &tmp[5]
	nr := 0
	for rs := rowsOf(nz); rs != 0; rs &= rs - 1 {
		v := uint(bits.TrailingZeros8(rs)) & 7
		r := (*[8]int32)(blk[v*8:])
		cols := uint8(nz >> (v * 8))
		j := nr & 7
		switch {
		case cols&0xfe == 0 || round && v == 0 && r[1]|r[2]|r[3]|r[4]|r[5]|r[6]|r[7] == 0:
			f0 := float32(r[0])
			if round && v == 0 && (nz == 1 || flat(blk)) {
				f0 = float32(8 * min(255, max(0, (r[0]+4)>>3)))
			}
			c0[j], c1[j], c2[j], c3[j], c4[j], c5[j] = w0[0]*f0, w1[0]*f0, w2[0]*f0, w3[0]*f0, w4[0]*f0, w5[0]*f0
		case cols&0xf0 != 0:
			f0, f1, f2, f3 := float32(r[0]), float32(r[1]), float32(r[2]), float32(r[3])
			f4, f5, f6, f7 := float32(r[4]), float32(r[5]), float32(r[6]), float32(r[7])
			c0[j] = ((w0[0]*f0 + w0[1]*f1) + (w0[2]*f2 + w0[3]*f3)) + ((w0[4]*f4 + w0[5]*f5) + (w0[6]*f6 + w0[7]*f7))
			c1[j] = ((w1[0]*f0 + w1[1]*f1) + (w1[2]*f2 + w1[3]*f3)) + ((w1[4]*f4 + w1[5]*f5) + (w1[6]*f6 + w1[7]*f7))
			c2[j] = ((w2[0]*f0 + w2[1]*f1) + (w2[2]*f2 + w2[3]*f3)) + ((w2[4]*f4 + w2[5]*f5) + (w2[6]*f6 + w2[7]*f7))
			c3[j] = ((w3[0]*f0 + w3[1]*f1) + (w3[2]*f2 + w3[3]*f3)) + ((w3[4]*f4 + w3[5]*f5) + (w3[6]*f6 + w3[7]*f7))
			c4[j] = ((w4[0]*f0 + w4[1]*f1) + (w4[2]*f2 + w4[3]*f3)) + ((w4[4]*f4 + w4[5]*f5) + (w4[6]*f6 + w4[7]*f7))
			c5[j] = ((w5[0]*f0 + w5[1]*f1) + (w5[2]*f2 + w5[3]*f3)) + ((w5[4]*f4 + w5[5]*f5) + (w5[6]*f6 + w5[7]*f7))
		default:
			f0, f1, f2, f3 := float32(r[0]), float32(r[1]), float32(r[2]), float32(r[3])
			c0[j] = (w0[0]*f0 + w0[1]*f1) + (w0[2]*f2 + w0[3]*f3)
			c1[j] = (w1[0]*f0 + w1[1]*f1) + (w1[2]*f2 + w1[3]*f3)
			c2[j] = (w2[0]*f0 + w2[1]*f1) + (w2[2]*f2 + w2[3]*f3)
			c3[j] = (w3[0]*f0 + w3[1]*f1) + (w3[2]*f2 + w3[3]*f3)
			c4[j] = (w4[0]*f0 + w4[1]*f1) + (w4[2]*f2 + w4[3]*f3)
			c5[j] = (w5[0]*f0 + w5[1]*f1) + (w5[2]*f2 + w5[3]*f3)
		}
		rows[nr] = uint8(v)
		nr++
	}
	return nr
}

// spread5 adds the products of accumulateWide's rows into a block's
// outputs, five samples a row. (Two output rows at a time would load each
// product once for both, but ten sums do not stay in registers.)
func spread5(tmp *[6][8]float32, rows []uint8, tx, ty *taps, out []float32, width int) {
	c0, c1, c2, c3, c4 := &tmp[0], &tmp[1], &tmp[2], &tmp[3], &tmp[4]
	for m := range ty.n {
		w := &ty.w[m]
		var a0, a1, a2, a3, a4 float32
		for n, v := range rows {
			x, n := w[v&7], n&7
			a0 += x * c0[n]
			a1 += x * c1[n]
			a2 += x * c2[n]
			a3 += x * c3[n]
			a4 += x * c4[n]
		}
		o := (ty.first+m)*width + tx.first
		d := out[o : o+5 : o+5]
		d[0] += a0
		d[1] += a1
		d[2] += a2
		d[3] += a3
		d[4] += a4
	}
}

// spread6 is spread5 for six samples a row.
func spread6(tmp *[6][8]float32, rows []uint8, tx, ty *taps, out []float32, width int) {
	c0, c1, c2, c3, c4, c5 := &tmp[0], &tmp[1], &tmp[2], &tmp[3], &tmp[4], &tmp[5]
	for m := range ty.n {
		w := &ty.w[m]
		var a0, a1, a2, a3, a4, a5 float32
		for n, v := range rows {
			x, n := w[v&7], n&7
			a0 += x * c0[n]
			a1 += x * c1[n]
			a2 += x * c2[n]
			a3 += x * c3[n]
			a4 += x * c4[n]
			a5 += x * c5[n]
		}
		o := (ty.first+m)*width + tx.first
		d := out[o : o+6 : o+6]
		d[0] += a0
		d[1] += a1
		d[2] += a2
		d[3] += a3
		d[4] += a4
		d[5] += a5
	}
}

// spread4 is spread5 for four samples a row.
func spread4(tmp *[6][8]float32, rows []uint8, tx, ty *taps, out []float32, width int) {
	c0, c1, c2, c3 := &tmp[0], &tmp[1], &tmp[2], &tmp[3]
	for m := range ty.n {
		w := &ty.w[m]
		var a0, a1, a2, a3 float32
		for n, v := range rows {
			x, n := w[v&7], n&7
			a0 += x * c0[n]
			a1 += x * c1[n]
			a2 += x * c2[n]
			a3 += x * c3[n]
		}
		o := (ty.first+m)*width + tx.first
		d := out[o : o+4 : o+4]
		d[0] += a0
		d[1] += a1
		d[2] += a2
		d[3] += a3
	}
}

// accumulateSparse4 is accumulateSparse for taps with four outputs a row,
// as chroma's 2×2 box means and an exact half have. It skips the rows nz
// leaves empty and, in each row, the frequencies past the last one nz
// marks, whose products would add zeros; the sums that remain run in the
// same order, so its outputs are the same to the bit.
func accumulateSparse4(blk *[64]int32, nz uint64, tx, ty *taps, out []float32, width int, round bool) {
	if nz == 1 && ty.u[0] == 0 && tx.u[0] == 0 {
		// Only the DC, as most chroma blocks: the same products as below
		// with one row of one frequency (a sum that starts at zero and
		// adds one product is that product).
		f0 := float32(blk[0])
		if round {
			f0 = float32(8 * min(255, max(0, (blk[0]+4)>>3)))
		}
		t0, t1, t2, t3 := tx.w[0][0]*f0, tx.w[1][0]*f0, tx.w[2][0]*f0, tx.w[3][0]*f0
		for m := range ty.n {
			x := ty.w[m][0]
			o := (ty.first+m)*width + tx.first
			d := out[o : o+4 : o+4]
			d[0] += x * t0
			d[1] += x * t1
			d[2] += x * t2
			d[3] += x * t3
		}
		return
	}
	var tmp [4][8]float32 // tmp[k][n]: output k of the n-th row visited
	var rows [8]uint8
	nr := 0
	// The rows nz marks among those ty weighs, in order.
	for rs := rowsOf(nz) & ty.mask; rs != 0; rs &= rs - 1 {
		v := uint(bits.TrailingZeros8(rs)) & 7
		i := ty.slot[v]
		cols := uint8(nz >> (v * 8))
		r := (*[8]int32)(blk[v*8:])
		if r[0]|r[1]|r[2]|r[3]|r[4]|r[5]|r[6]|r[7] == 0 {
			continue
		}
		// The frequencies up to the last one that may be nonzero (at
		// least the first, as accumulateSparse always sums it).
		nu := max(int(tx.upto[7-bits.LeadingZeros8(cols)]), 1)
		var f [8]float32
		for j, u := range tx.u[:nu] {
			f[j] = float32(r[u&7])
		}
		if round && v == 0 && r[1]|r[2]|r[3]|r[4]|r[5]|r[6]|r[7] == 0 && flat(blk) {
			p := min(255, max(0, (r[0]+4)>>3))
			f[0] = float32(8 * p) // u[0] is 0: the DC always weighs
		}
		j := nr & 7
		for k := range 4 {
			w := &tx.w[k]
			var s float32
			for q := range nu {
				s += w[q] * f[q]
			}
			tmp[k][j] = s
		}
		rows[nr] = uint8(i)
		nr++
	}
	if nr == 0 {
		return
	}
	c0, c1, c2, c3 := &tmp[0], &tmp[1], &tmp[2], &tmp[3]
	for m := range ty.n {
		w := &ty.w[m]
		var a0, a1, a2, a3 float32
		for n, i := range rows[:nr] {
			x, n := w[i&7], n&7
			a0 += x * c0[n]
			a1 += x * c1[n]
			a2 += x * c2[n]
			a3 += x * c3[n]
		}
		o := (ty.first+m)*width + tx.first
		d := out[o : o+4 : o+4]
		d[0] += a0
		d[1] += a1
		d[2] += a2
		d[3] += a3
	}
}
