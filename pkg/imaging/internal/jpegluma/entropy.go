package jpegluma

// maxCoef bounds dequantized coefficients. The DCT of 8-bit samples stays
// within ±1024, plus half a quantization step; a stream claiming twice that
// is corrupt and is left to a general decoder, whose fixed-point transform
// it could overflow.
const maxCoef = 1 << 11

var errRange = unsupported("coefficient out of range")

// baselineBlock entropy-decodes one block into d.blk, which is zero on
// entry, dequantized, in natural order (F.2.2), and marks in d.nz the
// coefficients it stored.
func (d *decoder) baselineBlock(c *component, q *[64]int32) error {
	// The bit buffer is kept in locals, in registers, for the block and
	// stored back before a slow path and on return. Before each symbol it
	// is refilled if it holds fewer than 32 bits, enough for any code and
	// its extra bits. Those refills must happen exactly then: how far the
	// reader has got decides whether a corrupt stream ends its restart
	// interval at the RST marker.
	acc, n := d.acc, d.n
	if n < 32 {
		var ok bool
		if acc, n, ok = d.fillWord(acc, n); !ok {
			acc, n = d.refillFrom(acc, n)
		}
	}
	var diff int32
	if f := c.dc.fast[acc>>(64-lutBits)]; f != 0 && f&(fastLong<<8) == 0 {
		acc <<= uint(f) & 63 // the length: &63 spares the shift a check
		n -= uint(f & 63)
		diff = int32(f) >> 16
	} else {
		t, l := c.dc.symbol(acc)
		if l == 0 {
			d.acc, d.n = acc, n
			return formatError("bad Huffman code")
		}
		acc <<= l & 63
		n -= l
		if t > 16 {
			d.acc, d.n = acc, n
			return unsupported("excessive DC component")
		}
		if t > 0 {
			diff = extend(uint32(acc>>((64-uint(t))&63)), uint(t))
			acc <<= t & 63
			n -= uint(t)
		}
	}
	c.pred += diff
	d.blk[0] = c.pred * q[0]
	if c.pred < -2048 || c.pred > 2047 || uint32(d.blk[0]+maxCoef) > 2*maxCoef {
		d.acc, d.n = acc, n
		return errRange
	}
	nz := uint64(1)
	ac := &c.ac.fast
	for k := uint(1); k < 64; k++ {
		if n < 32 {
			var ok bool
			if acc, n, ok = d.fillWord(acc, n); !ok {
				acc, n = d.refillFrom(acc, n)
			}
		}
		f := ac[acc>>(64-lutBits)]
		z1 := k + uint(f>>8&255)
		z2 := z1 + uint(f>>32&255)
		if f != 0 && z2 < 64 {
			// The common case: one or two whole coefficients in one
			// lookup. A ZRL stores a zero.
			if l1 := uint(f >> 40 & 63); n < 32+l1 {
				// A refill is due between the two symbols: do it there.
				acc <<= l1
				n -= l1
				var ok bool
				if acc, n, ok = d.fillWord(acc, n); !ok {
					acc, n = d.refillFrom(acc, n)
				}
				acc <<= uint(f&63) - l1
				n -= uint(f&63) - l1
			} else {
				acc <<= uint(f) & 63
				n -= uint(f & 63)
			}
			v1 := int32(f) >> 16 * q[z1]
			v2 := int32(f>>32) >> 16 * q[z2]
			if uint32(v1+maxCoef) > 2*maxCoef || uint32(v2+maxCoef) > 2*maxCoef {
				d.acc, d.n = acc, n
				return errRange
			}
			p1, p2 := unzig[z1]&63, unzig[z2]&63 // &63: no bounds check
			d.blk[p1] = v1
			d.blk[p2] = v2
			nz |= 1<<p1 | 1<<p2
			k = z2
			continue
		}
		if f != 0 && z1 < 64 {
			// The second symbol does not fit the block (an EOB, a run
			// past its end, or anything after the 63rd coefficient):
			// the first alone, the second next round if any.
			l := uint(f >> 40 & 63)
			acc <<= l
			n -= l
			v := int32(f) >> 16 * q[z1]
			if uint32(v+maxCoef) > 2*maxCoef {
				d.acc, d.n = acc, n
				return errRange
			}
			p := unzig[z1] & 63
			d.blk[p] = v
			nz |= 1 << p
			k = z1
			continue
		}
		var r, sz uint
		switch {
		case f&(fastLong<<8) != 0: // only the code fitted
			acc <<= uint(f) & 63
			n -= uint(f & 63)
			r, sz = uint(f>>8&15), uint(f>>16)
		case f>>8&255 == fastEOB: // its length is the code's
			acc <<= uint(f) & 63
			n -= uint(f & 63)
			goto done
		case f != 0:
			// A run past the block's end: the code alone is consumed
			// and the block ends.
			l := uint(c.ac.lut[acc>>(64-lutBits)] >> 8)
			acc <<= l & 63
			n -= l
			goto done
		default:
			rs, l := c.ac.symbol(acc)
			if l == 0 {
				d.acc, d.n = acc, n
				return formatError("bad Huffman code")
			}
			acc <<= l & 63
			n -= l
			r, sz = uint(rs>>4), uint(rs&15)
			if sz == 0 {
				if r == 0 {
					goto done
				}
				if r != 15 {
					// An end-of-band run has no meaning in a sequential scan.
					d.acc, d.n = acc, n
					return formatError("EOB run in a baseline scan")
				}
				k += 15
				continue
			}
		}
		k += r
		if k > 63 {
			break
		}
		v := extend(uint32(acc>>((64-sz)&63)), sz) * q[k]
		acc <<= sz & 63
		n -= sz
		if sz > 11 || uint32(v+maxCoef) > 2*maxCoef {
			d.acc, d.n = acc, n
			return errRange
		}
		p := unzig[k] & 63
		d.blk[p] = v
		nz |= 1 << p
	}
done:
	d.acc, d.n, d.nz = acc, n, nz
	if d.overrun() {
		return formatError("short Huffman data")
	}
	return nil
}
