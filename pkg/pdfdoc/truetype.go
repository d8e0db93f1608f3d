package pdfdoc

import "encoding/binary"

const maxTTSteps = 1 << 18 // codes visited in one cmap subtable

// trueTypeGlyphText maps glyph ids of an embedded TrueType font program to
// text by reversing its Unicode 'cmap' subtable (format 4 or 12), for a
// Type0 font written without a ToUnicode CMap, as pdftotext does. It
// returns nil when the program has no such subtable.
func trueTypeGlyphText(b []byte) map[uint16]rune {
	be := binary.BigEndian
	if len(b) < 12 {
		return nil
	}
	n := int(be.Uint16(b[4:]))
	var cmap []byte
	for i := 0; i < n && 12+16*(i+1) <= len(b); i++ {
		rec := b[12+16*i:]
		if string(rec[:4]) != "cmap" {
			continue
		}
		off, length := int64(be.Uint32(rec[8:])), int64(be.Uint32(rec[12:]))
		if off+length <= int64(len(b)) {
			cmap = b[off : off+length]
		}
	}
	if len(cmap) < 4 {
		return nil
	}
	var best []byte
	for i := 0; i < int(be.Uint16(cmap[2:])) && 4+8*(i+1) <= len(cmap); i++ {
		rec := cmap[4+8*i:]
		platform, enc, off := be.Uint16(rec), be.Uint16(rec[2:]), int(be.Uint32(rec[4:]))
		if off+4 > len(cmap) || !(platform == 0 || (platform == 3 && (enc == 1 || enc == 10))) {
			continue
		}
		sub := cmap[off:]
		if f := be.Uint16(sub); f == 12 || (f == 4 && best == nil) {
			best = sub
		}
	}
	if best == nil {
		return nil
	}
	out := map[uint16]rune{}
	steps := 0 // codes visited, capped: ranges may repeat or map to nothing
	add := func(r rune, gid uint32) {
		steps++
		if gid != 0 && gid <= 0xFFFF && len(out) < maxCMapEntries {
			if _, seen := out[uint16(gid)]; !seen {
				out[uint16(gid)] = r
			}
		}
	}
	switch be.Uint16(best) {
	case 4:
		if len(best) < 14 {
			return nil
		}
		segs := int(be.Uint16(best[6:])) / 2
		ends, starts := 14, 16+2*segs
		deltas, ranges := starts+2*segs, starts+4*segs
		if ranges+2*segs > len(best) {
			return nil
		}
		for s := 0; s < segs && steps < maxTTSteps; s++ {
			end, start := rune(be.Uint16(best[ends+2*s:])), rune(be.Uint16(best[starts+2*s:]))
			delta, ro := be.Uint16(best[deltas+2*s:]), int(be.Uint16(best[ranges+2*s:]))
			for c := start; c <= end && c != 0xFFFF && len(out) < maxCMapEntries && steps < maxTTSteps; c++ {
				if ro == 0 {
					add(c, uint32(uint16(c)+delta))
					continue
				}
				at := ranges + 2*s + ro + 2*int(c-start)
				if at+2 > len(best) {
					break
				}
				if g := be.Uint16(best[at:]); g != 0 {
					add(c, uint32(g+delta))
				} else {
					steps++
				}
			}
		}
	case 12:
		if len(best) < 16 {
			return nil
		}
		groups := int(be.Uint32(best[12:]))
		for g := 0; g < groups && 16+12*(g+1) <= len(best) && len(out) < maxCMapEntries && steps < maxTTSteps; g++ {
			rec := best[16+12*g:]
			start, end, gid := be.Uint32(rec), be.Uint32(rec[4:]), be.Uint32(rec[8:])
			if end < start || end > 0x10FFFF {
				continue
			}
			for c := start; c <= end && len(out) < maxCMapEntries && steps < maxTTSteps; c++ {
				add(rune(c), gid+(c-start))
			}
		}
	}
	return out
}
