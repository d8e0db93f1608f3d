package pdfdoc

import (
	"sort"
	"unicode/utf16"
)

// A toUnicode maps character codes to text, from a ToUnicode CMap's
// bfchar and bfrange sections. Codes are 1 to 4 bytes, as the
// codespacerange says; without one, the width of the bfchar source
// strings is taken.
type toUnicode struct {
	widths [5]bool // code lengths in bytes seen in codespacerange
	single map[uint32]string
	ranges []cmapRange
}

type cmapRange struct {
	lo, hi uint32
	n      int      // code length in bytes
	base   []uint16 // UTF-16 of lo's target, the last unit incremented
	list   []string // the array form: one target per code
}

const (
	maxCMapEntries = 1 << 16 // bfchar entries and bfrange codes kept
	maxCMapOps     = 1 << 18 // tokens read from one CMap
)

// parseToUnicode reads a CMap stream. It is lenient: whatever it cannot
// read is skipped.
// At most budget entries are kept; the number kept is returned.
func parseToUnicode(b []byte, budget int) (*toUnicode, int) {
	m := &toUnicode{single: map[uint32]string{}}
	p := &parser{b: b, final: true, maxStr: 64, maxKept: 1 << 14}
	var stack []any
	entries := 0
	limit := min(budget, maxCMapEntries)
	defer func() {
		sort.Slice(m.ranges, func(i, j int) bool { return m.ranges[i].lo < m.ranges[j].lo })
	}()
	for ops := 0; ops < maxCMapOps && p.pos < len(p.b); ops++ {
		p.kept = 0
		v, err := p.object()
		if err != nil {
			if err == errShort {
				break
			}
			continue
		}
		kw, ok := v.(keyword)
		if !ok {
			if len(stack) < 1024 {
				stack = append(stack, v)
			}
			continue
		}
		switch kw {
		case "endcodespacerange":
			for i := 0; i+1 < len(stack); i += 2 {
				if lo, ok := stack[i].([]byte); ok && len(lo) >= 1 && len(lo) <= 4 {
					m.widths[len(lo)] = true
				}
			}
		case "endbfchar":
			for i := 0; i+1 < len(stack) && entries < limit; i += 2 {
				src, ok1 := stack[i].([]byte)
				dst, ok2 := stack[i+1].([]byte)
				if ok1 && ok2 && len(src) >= 1 && len(src) <= 4 {
					m.single[codeOf(src)] = utf16BE(dst)
					m.widths[len(src)] = m.widths[len(src)] || !m.hasWidths()
					entries++
				}
			}
		case "endbfrange":
			for i := 0; i+2 < len(stack) && entries < limit; i += 3 {
				lo, ok1 := stack[i].([]byte)
				hi, ok2 := stack[i+1].([]byte)
				if !ok1 || !ok2 || len(lo) < 1 || len(lo) > 4 || len(hi) != len(lo) {
					continue
				}
				r := cmapRange{lo: codeOf(lo), hi: codeOf(hi), n: len(lo)}
				if r.hi < r.lo || r.hi-r.lo > maxCMapEntries {
					continue
				}
				switch dst := stack[i+2].(type) {
				case []byte:
					r.base = bytesToUTF16(dst)
				case array:
					for _, e := range dst {
						s, _ := e.([]byte)
						r.list = append(r.list, utf16BE(s))
					}
				default:
					continue
				}
				entries += len(r.list) + 1
				m.ranges = append(m.ranges, r)
				m.widths[len(lo)] = m.widths[len(lo)] || !m.hasWidths()
			}
		}
		stack = stack[:0]
	}
	return m, entries
}

func (m *toUnicode) hasWidths() bool {
	return m.widths[1] || m.widths[2] || m.widths[3] || m.widths[4]
}

// lookup maps a code of n bytes.
func (m *toUnicode) lookup(code uint32, n int) (string, bool) {
	if s, ok := m.single[code]; ok {
		return s, true
	}
	// The ranges are sorted by lo; look back from the last that starts at
	// or before code, a few ranges only, as writers emit disjoint ones.
	i := sort.Search(len(m.ranges), func(i int) bool { return m.ranges[i].lo > code })
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		r := m.ranges[k]
		if r.n != n || code < r.lo || code > r.hi {
			continue
		}
		off := code - r.lo
		if r.list != nil {
			if int(off) < len(r.list) {
				return r.list[off], true
			}
			return "", false
		}
		if len(r.base) == 0 {
			return "", false
		}
		u := append([]uint16(nil), r.base...)
		u[len(u)-1] += uint16(off)
		return string(utf16.Decode(u)), true
	}
	return "", false
}

// codeLen is the byte length of the next code in s under this CMap's
// codespace ranges: the shortest declared length (a simplification that
// holds for the one- and two-byte CMaps writers emit).
func (m *toUnicode) codeLen() int {
	for n := 1; n <= 4; n++ {
		if m.widths[n] {
			return n
		}
	}
	return 1
}

func codeOf(b []byte) uint32 {
	var c uint32
	for _, x := range b {
		c = c<<8 | uint32(x)
	}
	return c
}

func bytesToUTF16(b []byte) []uint16 {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
	}
	if len(b)%2 == 1 { // a one-byte target, as some writers emit
		u = append(u, uint16(b[len(b)-1]))
	}
	return u
}

func utf16BE(b []byte) string {
	return string(utf16.Decode(bytesToUTF16(b)))
}
