package jpegluma

import "math/bits"

// accumulate3x3 is accumulateDense for a block whose outputs form a 3×3
// grid, as most blocks' do at about a quarter of the size. It visits only
// the rows nz marks and keeps the nine sums in registers, and it performs
// the same float32 operations in the same order, so its outputs are the
// same to the bit: an extra zero row or column only adds zeros, which
// change no sum a plane can hold (the planes start at +0, so none is ever
// −0).
func accumulate3x3(blk *[64]int32, nz uint64, tx, ty *taps, out []float32, width int, round bool) {
	x0, x1, x2 := &tx.w[0], &tx.w[1], &tx.w[2]
	y0, y1, y2 := &ty.w[0], &ty.w[1], &ty.w[2]
	var s00, s01, s02, s10, s11, s12, s20, s21, s22 float32
	for rows := rowsOf(nz); rows != 0; rows &= rows - 1 {
		v := uint(bits.TrailingZeros8(rows)) & 7
		r := (*[8]int32)(blk[v*8:])
		cols := uint8(nz >> (v * 8))
		var t0, t1, t2 float32
		switch {
		case cols&0xfe == 0 || round && v == 0 && r[1]|r[2]|r[3]|r[4]|r[5]|r[6]|r[7] == 0:
			// Only the DC: rounded as accumulateDense does when the block
			// is flat (nz may mark a zero a ZRL stored).
			f0 := float32(r[0])
			if round && v == 0 && (nz == 1 || flat(blk)) {
				f0 = float32(8 * min(255, max(0, (r[0]+4)>>3)))
			}
			t0, t1, t2 = x0[0]*f0, x1[0]*f0, x2[0]*f0
		case cols&0xf0 != 0:
			f0, f1, f2, f3 := float32(r[0]), float32(r[1]), float32(r[2]), float32(r[3])
			f4, f5, f6, f7 := float32(r[4]), float32(r[5]), float32(r[6]), float32(r[7])
			t0 = ((x0[0]*f0 + x0[1]*f1) + (x0[2]*f2 + x0[3]*f3)) + ((x0[4]*f4 + x0[5]*f5) + (x0[6]*f6 + x0[7]*f7))
			t1 = ((x1[0]*f0 + x1[1]*f1) + (x1[2]*f2 + x1[3]*f3)) + ((x1[4]*f4 + x1[5]*f5) + (x1[6]*f6 + x1[7]*f7))
			t2 = ((x2[0]*f0 + x2[1]*f1) + (x2[2]*f2 + x2[3]*f3)) + ((x2[4]*f4 + x2[5]*f5) + (x2[6]*f6 + x2[7]*f7))
		default:
			f0, f1, f2, f3 := float32(r[0]), float32(r[1]), float32(r[2]), float32(r[3])
			t0 = (x0[0]*f0 + x0[1]*f1) + (x0[2]*f2 + x0[3]*f3)
			t1 = (x1[0]*f0 + x1[1]*f1) + (x1[2]*f2 + x1[3]*f3)
			t2 = (x2[0]*f0 + x2[1]*f1) + (x2[2]*f2 + x2[3]*f3)
		}
		a, b, c := y0[v], y1[v], y2[v]
		s00 += a * t0
		s01 += a * t1
		s02 += a * t2
		s10 += b * t0
		s11 += b * t1
		s12 += b * t2
		s20 += c * t0
		s21 += c * t1
		s22 += c * t2
	}
	o := ty.first*width + tx.first
	d := out[o : o+3 : o+3]
	d[0] += s00
	d[1] += s01
	d[2] += s02
	d = out[o+width : o+width+3 : o+width+3]
	d[0] += s10
	d[1] += s11
	d[2] += s12
	d = out[o+2*width : o+2*width+3 : o+2*width+3]
	d[0] += s20
	d[1] += s21
	d[2] += s22
}

// accumulateMean is accumulate for taps that weigh the DC alone into one
// output, as box means of whole blocks do; like accumulate3x3, it gives
// the same outputs to the bit.
func accumulateMean(blk *[64]int32, nz uint64, tx, ty *taps, out []float32, width int, round bool) {
	f0 := float32(blk[0])
	if round && (nz == 1 || (blk[1]|blk[2]|blk[3]|blk[4]|blk[5]|blk[6]|blk[7] == 0 && flat(blk))) {
		f0 = float32(8 * min(255, max(0, (blk[0]+4)>>3)))
	}
	out[ty.first*width+tx.first] += ty.w[0][0] * (tx.w[0][0] * f0)
}

// rowsOf returns a bit for each row of an 8×8 block with a bit set in nz.
func rowsOf(nz uint64) uint8 {
	x := nz | nz>>4
	x |= x >> 2
	x |= x >> 1
	// Gather bit 0 of each byte: the products of the eight bits by the
	// eight powers land in distinct places, those of row v at bit 56+v.
	return uint8((x & 0x0101010101010101) * 0x0102040810204080 >> 56)
}

// clearRows zeroes the rows of blk that nz marks, leaving it all zero
// when nz covers its nonzero coefficients.
func clearRows(blk *[64]int32, nz uint64) {
	for rows := rowsOf(nz); rows != 0; rows &= rows - 1 {
		v := uint(bits.TrailingZeros8(rows)) & 7
		*(*[8]int32)(blk[v*8:]) = [8]int32{}
	}
}
