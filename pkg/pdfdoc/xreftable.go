package pdfdoc

import "fmt"

// maxTableBytes caps one classic cross-reference table with its trailer:
// about 1.6 million 20-byte entries.
const maxTableBytes = 32 << 20

type numbered struct {
	num int64
	e   entry
}

// readTable parses a classic "xref … trailer << … >>" section at off.
func (d *doc) readTable(off int64) (dict, error) {
	var trailer dict
	var got []numbered
	err := d.src.parseAt(off, maxTableBytes, func(p *parser) error {
		got = got[:0]
		p.skipSpace()
		if string(p.word()) != "xref" {
			return fmt.Errorf("offset %d: xref not found", off)
		}
		var err error
		trailer, err = p.tableBody(&got)
		return err
	})
	if err != nil {
		return nil, err
	}
	for _, n := range got {
		d.xref.add(n.num, n.e)
	}
	return trailer, nil
}

// tableBody parses subsections until the trailer dictionary.
func (p *parser) tableBody(got *[]numbered) (dict, error) {
	for {
		p.skipSpace()
		if p.pos+7 > len(p.b) && !p.final {
			return nil, errShort
		}
		if string(p.b[p.pos:min(p.pos+7, len(p.b))]) == "trailer" {
			p.pos += 7
			v, err := p.object()
			if err != nil {
				return nil, err
			}
			t, ok := v.(dict)
			if !ok {
				return nil, p.errorf("trailer is not a dictionary")
			}
			return t, nil
		}
		first, ok1 := p.nextUint()
		count, ok2 := p.nextUint()
		if !ok1 || !ok2 || first > 1<<40 {
			return nil, p.shortOr("xref syntax invalid")
		}
		for i := int64(0); i < count; i++ {
			e, ok, err := p.tableEntry()
			if err != nil {
				return nil, p.shortOr(fmt.Sprintf("invalid xref entry (object %d)", first+i))
			}
			if ok && len(*got) < maxEntries {
				*got = append(*got, numbered{first + i, e})
			}
		}
	}
}

// tableEntry parses "oooooooooo ggggg n"; ok is false for a free entry.
func (p *parser) tableEntry() (e entry, ok bool, err error) {
	off, ok1 := p.nextUint()
	gen, ok2 := p.nextUint()
	p.skipSpace()
	if !ok1 || !ok2 || p.pos >= len(p.b) {
		return e, false, errShort
	}
	kind := p.b[p.pos]
	p.pos++
	if (kind != 'n' && kind != 'f') || (p.pos < len(p.b) && isRegular(p.b[p.pos])) {
		return e, false, errShort
	}
	return entry{off: off, idx: gen}, kind == 'n', nil
}

// shortOr turns a failure into errShort when the window may be too small.
func (p *parser) shortOr(msg string) error {
	if p.pos >= len(p.b) && !p.final {
		return errShort
	}
	return p.errorf("%s", msg)
}
