package jpegluma

// maxCoef bounds dequantized coefficients. The DCT of 8-bit samples stays
// within ±1024, plus half a quantization step; a stream claiming twice that
// is corrupt and is left to a general decoder, whose fixed-point transform
// it could overflow.
const maxCoef = 1 << 11

var errRange = unsupported("coefficient out of range")

// baselineBlock entropy-decodes one block into d.blk, dequantized, in
// natural order (F.2.2).
func (d *decoder) baselineBlock(c *component, q *[64]int32) error {
	if d.n < 32 {
		d.refill()
	}
	t, err := d.decode(c.dc)
	if err != nil {
		return err
	}
	if t > 16 {
		return unsupported("excessive DC component")
	}
	if t > 0 {
		if d.n < 16 {
			d.refill()
		}
		c.pred += extend(d.bits(uint(t)), uint(t))
	}
	d.blk[0] = c.pred * q[0]
	if c.pred < -2048 || c.pred > 2047 || uint32(d.blk[0]+maxCoef) > 2*maxCoef {
		return errRange
	}
	ac := c.ac
	for k := 1; k < 64; k++ {
		if d.n < 32 {
			d.refill()
		}
		if f := ac.fastAC[d.acc>>(64-lutBits)]; f != 0 && k+int(f>>8&15) < 64 {
			k += int(f >> 8 & 15)
			l := uint(f & 255)
			d.acc <<= l
			d.n -= l
			v := (f >> 16) * q[k]
			if uint32(v+maxCoef) > 2*maxCoef {
				return errRange
			}
			d.blk[unzig[k]] = v
			continue
		}
		rs, err := d.decode(ac)
		if err != nil {
			return err
		}
		r, sz := int(rs>>4), uint(rs&15)
		if sz == 0 {
			if r == 0 {
				break
			}
			if r != 15 {
				// An end-of-band run has no meaning in a sequential scan.
				return formatError("EOB run in a baseline scan")
			}
			k += 15
			continue
		}
		k += r
		if k > 63 {
			break
		}
		v := extend(d.bits(sz), sz) * q[k]
		if sz > 11 || uint32(v+maxCoef) > 2*maxCoef {
			return errRange
		}
		d.blk[unzig[k]] = v
	}
	if d.overrun() {
		return formatError("short Huffman data")
	}
	return nil
}
