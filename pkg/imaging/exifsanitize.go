package imaging

import "encoding/binary"

// maxIFDChain bounds the IFD chain (IFD0, the thumbnail IFD1, rarely more).
const maxIFDChain = 4

// tiffTypeSize is the byte size of each TIFF field type, 0 for unknown types.
var tiffTypeSize = [13]uint64{0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8}

// Sub-IFD pointer tags that goexif follows.
const (
	tagExifIFD    = 0x8769
	tagGPSIFD     = 0x8825
	tagInteropIFD = 0xa005
)

// sanitizeTIFF returns a copy of an EXIF block that goexif can parse without
// hanging or allocating from lying counts. goexif follows IFD chains with only
// a self-loop check (a two-IFD cycle never ends), and sizes tag values with a
// 32-bit product that wraps (a huge count then allocates gigabytes). Rather
// than reject the block, the repair keeps every sound tag: a cyclic or
// out-of-range next-IFD pointer is set to 0, an entry list that runs past the
// end is shortened, and a tag whose value cannot fit in the block becomes a
// one-byte UNDEFINED tag. It reports how many repairs it made.
func sanitizeTIFF(b []byte) ([]byte, int) {
	if len(b) < 8 {
		return nil, 0
	}
	w := tiffWalker{b: append([]byte(nil), b...)}
	switch string(b[:2]) {
	case "II":
		w.bo = binary.LittleEndian
	case "MM":
		w.bo = binary.BigEndian
	default:
		return nil, 0
	}
	ptr := uint32(4)
	for i := 0; ; i++ {
		off := w.bo.Uint32(w.b[ptr:])
		if off == 0 {
			break
		}
		if i >= maxIFDChain || !w.claim(off) {
			w.bo.PutUint32(w.b[ptr:], 0)
			w.fixes++
			break
		}
		ptr = w.dir(off)
	}
	return w.b, w.fixes
}

type tiffWalker struct {
	b     []byte
	bo    binary.ByteOrder
	dirs  [][2]uint32 // byte ranges of the IFDs walked so far
	fixes int
}

// claim accepts the IFD at off when it fits in the block and overlaps no IFD
// already walked: a pointer back into an IFD is a cycle, and repairing
// overlapping IFDs would corrupt each other's entries.
func (w *tiffWalker) claim(off uint32) bool {
	if !w.inRange(off, 6) {
		return false
	}
	end := off + 2 + 12*uint32(w.entries(off)) + 4
	for _, d := range w.dirs {
		if off < d[1] && d[0] < end {
			return false
		}
	}
	w.dirs = append(w.dirs, [2]uint32{off, end})
	return true
}

// entries is the entry count goexif will read at off, capped to what fits.
func (w *tiffWalker) entries(off uint32) int {
	n := max(int(int16(w.bo.Uint16(w.b[off:]))), 0) // goexif reads a signed count
	return min(n, (len(w.b)-int(off)-6)/12)
}

func (w *tiffWalker) inRange(off uint32, n int) bool {
	return uint64(off)+uint64(n) <= uint64(len(w.b))
}

// dir repairs the IFD at off (already claimed) and the sub-IFDs it points
// to, and returns the position of its next-IFD pointer.
func (w *tiffWalker) dir(off uint32) uint32 {
	n := w.entries(off)
	if n < int(int16(w.bo.Uint16(w.b[off:]))) {
		w.bo.PutUint16(w.b[off:], uint16(n))
		w.fixes++
	}
	for i := range n {
		e := off + 2 + uint32(12*i)
		w.entry(e)
	}
	return off + 2 + uint32(12*n)
}

// entry repairs one 12-byte IFD entry at e and descends into sub-IFDs.
func (w *tiffWalker) entry(e uint32) {
	tag, typ, count := w.bo.Uint16(w.b[e:]), w.bo.Uint16(w.b[e+2:]), w.bo.Uint32(w.b[e+4:])
	var size uint64
	if int(typ) < len(tiffTypeSize) {
		size = tiffTypeSize[typ]
	}
	total := size * uint64(count)
	bad := total == 0
	if total > 4 {
		bad = !w.inRange(w.bo.Uint32(w.b[e+8:]), int(min(total, 1<<31)))
	}
	if bad {
		w.bo.PutUint16(w.b[e+2:], 7) // UNDEFINED
		w.bo.PutUint32(w.b[e+4:], 1)
		w.fixes++
		return
	}
	switch tag {
	case tagExifIFD, tagGPSIFD, tagInteropIFD:
		if sub := w.bo.Uint32(w.b[e+8:]); total == 4 && w.claim(sub) {
			w.dir(sub)
		}
	}
}
