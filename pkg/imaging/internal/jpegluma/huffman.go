package jpegluma

// lutBits is the width of the tables' index. 11 bits hold most of a
// photo's coefficients, extra bits included, and often two of them; 12
// gained nothing and doubled the tables.
const lutBits = 11

// A huffman table decodes codes of up to lutBits bits with one lookup and
// longer ones by the canonical-code bounds of Annex F.
type huffman struct {
	valid bool
	// lut holds length<<8 | symbol for codes of at most lutBits bits; 0
	// sends the decoder to the slow path.
	lut [1 << lutBits]uint16
	// fast decodes whole coefficients, extra bits included, when they fit
	// in lutBits: for AC tables two of them when both do (see below).
	fast    [1 << lutBits]uint64
	maxcode [17]int32 // largest code of each length, -1 when none
	valptr  [17]int32 // index in vals of the first code of each length
	mincode [17]int32
	vals    [256]uint8
}

// A fast entry packs
//
//	bits  0-5   the bits it consumes: codes and extra bits
//	bits  8-15  the first symbol's run (AC; 0 for DC), or a flag below
//	bits 16-31  its value (for DC, the difference)
//	bits 32-39  1 + the second symbol's run, 0 when there is none
//	bits 40-45  the bits of the first symbol alone, when there is a second
//	bits 48-63  the second's value; without one, the first's again, so
//	            that storing it at the same place changes nothing.
//
// A ZRL is a run of 15 with value 0. An entry of 0 sends the decoder to
// the general path.
const (
	fastEOB  = 64  // an EOB: a run past any block
	fastLong = 128 // only the code fits: bits 0-5 are its length, value the extra bits' count
)

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
	if ac {
		h.pair()
	}
	return nil
}

// fillLUT enters one code of length l in lut and fast (one symbol each).
func (h *huffman) fillLUT(code int32, l int, sym uint8, ac bool) {
	shift := lutBits - l
	run, size := 0, int(sym)
	if ac {
		run, size = int(sym>>4), int(sym&15)
		if size == 0 {
			switch run {
			case 0:
				run = fastEOB
			case 15: // ZRL: 15 zeros, then a zero coefficient
			default:
				run = -1 // an EOB run: an error in a baseline scan
			}
		}
	} else if size > 16 {
		run = -1 // an error
	}
	for i := code << shift; i < (code+1)<<shift; i++ {
		h.lut[i] = uint16(l)<<8 | uint16(sym)
		switch {
		case run < 0:
		case l+size > lutBits:
			h.fast[i] = uint64(size)<<16 | uint64(fastLong|run)<<8 | uint64(l)
		default:
			v := int32(0)
			if size > 0 {
				extra := uint32(i>>(lutBits-l-size)) & (1<<size - 1)
				v = extend(extra, uint(size))
			}
			h.fast[i] = uint64(uint16(v))<<48 | uint64(uint16(v))<<16 | uint64(run)<<8 | uint64(l+size)
		}
	}
}

// pair adds to each AC entry holding one whole coefficient the one that
// follows it when that fits in the rest of the lutBits bits.
func (h *huffman) pair() {
	single := h.fast
	for i, f := range single {
		l := uint(f & 63)
		if f == 0 || f>>8&(fastEOB|fastLong) != 0 || l >= lutBits {
			continue
		}
		// g was built from the bits after the first symbol, zeros past
		// the index's end: it is right when it does not reach them.
		g := single[i<<l&(1<<lutBits-1)]
		if g == 0 || g>>8&fastLong != 0 || uint(g&63) > lutBits-l {
			continue
		}
		h.fast[i] = g>>16&0xffff<<48 | uint64(l)<<40 | (g>>8&255+1)<<32 |
			f&0xffffff00 | uint64(l+uint(g&63))
	}
}

// symbol returns the symbol whose code starts acc, which holds at least 16
// valid bits, and the code's length; length 0 means no code matches.
func (h *huffman) symbol(acc uint64) (uint8, uint) {
	if e := h.lut[acc>>(64-lutBits)]; e != 0 {
		return uint8(e), uint(e >> 8)
	}
	return h.longSymbol(acc)
}

func (h *huffman) longSymbol(acc uint64) (uint8, uint) {
	for l := lutBits + 1; l <= 16; l++ {
		code := int32(acc >> (64 - uint(l)))
		if code <= h.maxcode[l] {
			return h.vals[h.valptr[l]+code-h.mincode[l]], uint(l)
		}
	}
	return 0, 0
}

// decode returns the next symbol; the caller has refilled to 16 bits.
func (d *reader) decode(h *huffman) (uint8, error) {
	if e := h.lut[d.acc>>(64-lutBits)]; e != 0 {
		l := uint(e >> 8)
		d.acc <<= l
		d.n -= l
		return uint8(e), nil
	}
	s, l := h.longSymbol(d.acc)
	if l == 0 {
		return 0, formatError("bad Huffman code")
	}
	d.acc <<= l
	d.n -= l
	return s, nil
}
