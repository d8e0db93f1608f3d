package pdfdoc

import (
	"bytes"
	"fmt"
)

const maxScanBytes = 8 << 20 // a damaged file larger than this is not scanned

// reconstruct rebuilds the cross-reference entries of a damaged file by
// scanning it for "num gen obj", the later definition of an object winning
// as in an incremental update, and finds the catalog through a trailer
// dictionary or the object whose /Type is /Catalog.
func (d *doc) reconstruct() (dict, error) {
	if d.src.size > maxScanBytes {
		return nil, fmt.Errorf("damaged file too large to scan")
	}
	b, err := d.src.readAt(0, int(d.src.size))
	if err != nil {
		return nil, err
	}
	d.xref.entries = map[int64]entry{}
	d.stmNum, d.stmData = 0, nil
	var trailer dict
	nextTrailer := -1 // absolute offset of the next "trailer", or len(b) when none
	for i := 0; ; {
		if nextTrailer < i {
			nextTrailer = len(b)
			if t := bytes.Index(b[i:], []byte("trailer")); t >= 0 {
				nextTrailer = i + t
			}
		}
		j := bytes.Index(b[i:], []byte("obj"))
		k := -1
		if nextTrailer < len(b) {
			k = nextTrailer - i
		}
		if j < 0 && k < 0 {
			break
		}
		if k >= 0 && (j < 0 || k < j) {
			at := i + k + len("trailer")
			p := &parser{b: b[at:], final: true}
			if v, err := p.object(); err == nil {
				if t, ok := v.(dict); ok {
					trailer = t
				}
			}
			i = at
			continue
		}
		at := i + j
		i = at + 3
		if i < len(b) && isRegular(b[i]) {
			continue
		}
		if start, num, ok := objStart(b, at); ok {
			if len(d.xref.entries) < maxEntries || d.xref.entries[num] != (entry{}) {
				d.xref.entries[num] = entry{off: int64(start)}
			}
		}
	}
	if trailer != nil {
		if _, ok := trailer["Encrypt"]; ok && d.crypt == nil {
			d.encrypted = true
			if d.tx == nil || d.unlock(trailer) != nil {
				return nil, ErrEncrypted
			}
		}
		if root, err := d.resolveDict(trailer["Root"]); err == nil {
			return root, nil
		}
	}
	for num := range d.xref.entries {
		o, err := d.lookup(ref{num: num})
		if err != nil {
			continue
		}
		if dd, ok := o.val.(dict); ok {
			if t, _ := dd.name("Type"); t == "Catalog" {
				return dd, nil
			}
		}
	}
	return nil, ErrNoPages
}

// objStart finds "num gen " before the obj keyword at at, returning the
// offset where num starts.
func objStart(b []byte, at int) (int, int64, bool) {
	i := at
	skip := func() {
		for i > 0 && isSpace(b[i-1]) {
			i--
		}
	}
	digits := func() (int, bool) {
		end := i
		for i > 0 && b[i-1] >= '0' && b[i-1] <= '9' && end-i < 10 {
			i--
		}
		return end, i < end
	}
	skip()
	if _, ok := digits(); !ok {
		return 0, 0, false
	}
	if i == 0 || !isSpace(b[i-1]) {
		return 0, 0, false
	}
	skip()
	end, ok := digits()
	if !ok || (i > 0 && isRegular(b[i-1])) {
		return 0, 0, false
	}
	var n int64
	for _, c := range b[i:end] {
		n = n*10 + int64(c-'0')
	}
	return i, n, true
}
