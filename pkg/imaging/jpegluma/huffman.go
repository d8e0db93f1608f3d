package jpegluma

const lutBits = 9

// A huffman table decodes codes of up to lutBits bits with one lookup and
// longer ones by the canonical-code bounds of Annex F.
type huffman struct {
	valid bool
	// lut holds length<<8 | symbol for codes of at most lutBits bits; 0
	// sends the decoder to the slow path.
	lut [1 << lutBits]uint16
	// fastAC holds, for AC codes whose extra bits also fit in lutBits,
	// value<<16 | run<<8 | total length; 0 when there is none.
	fastAC  [1 << lutBits]int32
	maxcode [17]int32 // largest code of each length, -1 when none
	valptr  [17]int32 // index in vals of the first code of each length
	mincode [17]int32
	vals    [256]uint8
}

// build reads a DHT table: counts[l-1] codes of length l, then the symbols.
func (h *huffman) build(counts [16]uint8, vals []uint8, ac bool) error {
	*h = huffman{valid: true}
	copy(h.vals[:], vals)
	code, k := int32(0), int32(0)
	for l := 1; l <= 16; l++ {
		n := int32(counts[l-1])
		h.valptr[l], h.mincode[l], h.maxcode[l] = k, code, -1
		if n > 0 {
			h.maxcode[l] = code + n - 1
		}
		for range n {
			if code >= 1<<l {
				return formatError("bad Huffman table")
			}
			if l <= lutBits {
				h.fillLUT(code, l, vals[k], ac)
			}
			code++
			k++
		}
		code <<= 1
	}
	return nil
}

func (h *huffman) fillLUT(code int32, l int, sym uint8, ac bool) {
	shift := lutBits - l
	for i := code << shift; i < (code+1)<<shift; i++ {
		h.lut[i] = uint16(l)<<8 | uint16(sym)
		run, size := int(sym>>4), int(sym&15)
		if !ac || size == 0 || l+size > lutBits {
			continue
		}
		extra := uint32(i>>(lutBits-l-size)) & (1<<size - 1)
		v := extend(extra, uint(size))
		h.fastAC[i] = v<<16 | int32(run)<<8 | int32(l+size)
	}
}

// decode returns the next symbol; the caller has refilled to 16 bits.
func (d *reader) decode(h *huffman) (uint8, error) {
	if e := h.lut[d.acc>>(64-lutBits)]; e != 0 {
		l := uint(e >> 8)
		d.acc <<= l
		d.n -= l
		return uint8(e), nil
	}
	for l := lutBits + 1; l <= 16; l++ {
		code := int32(d.acc >> (64 - uint(l)))
		if code <= h.maxcode[l] {
			d.acc <<= uint(l)
			d.n -= uint(l)
			return h.vals[h.valptr[l]+code-h.mincode[l]], nil
		}
	}
	return 0, formatError("bad Huffman code")
}
