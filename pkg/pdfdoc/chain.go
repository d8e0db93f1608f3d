package pdfdoc

import (
	"bytes"
	"fmt"
)

// walkChain reads the cross-reference sections from the newest, at start,
// back through /Prev, guarding against loops and overlong chains.
func (d *doc) walkChain(start int64) {
	seen := map[int64]bool{}
	for off := start; ; {
		if len(d.xref.sections) == maxSections {
			d.info.addProblem(LimitReached, "more than %d xref sections", maxSections)
			return
		}
		if seen[off] {
			d.info.addProblem(BadXref, "/Prev loop at offset %d", off)
			return
		}
		seen[off] = true
		trailer, err := d.readSection(off, seen)
		if err != nil {
			d.fail(BadXref, err)
			return
		}
		d.xref.sections = append(d.xref.sections, off)
		d.xref.mergeTrailer(trailer)
		prev, ok := d.prev(trailer)
		if !ok {
			return
		}
		off = prev
	}
}

// prev returns the trailer's /Prev offset, recording a problem when it is
// present but unusable.
func (d *doc) prev(trailer dict) (int64, bool) {
	v, present := trailer["Prev"]
	if !present {
		return 0, false
	}
	off, ok := intValue(v)
	if !ok || off < 0 || off >= d.src.size {
		d.info.addProblem(BadXref, "/Prev %v is outside the file", v)
		return 0, false
	}
	return off, true
}

// readSection reads one section: a classic table, then the stream a hybrid
// file names in /XRefStm, or a cross-reference stream.
func (d *doc) readSection(off int64, seen map[int64]bool) (dict, error) {
	head, err := d.src.readAt(off, 32)
	if err != nil {
		return nil, err
	}
	head = bytes.TrimLeft(head, " \t\r\n\f\x00")
	if !bytes.HasPrefix(head, []byte("xref")) {
		if _, _, err := (&parser{b: head, final: true}).objHeader(); err != nil {
			return nil, fmt.Errorf("no xref section at offset %d", off)
		}
		return d.readXrefStream(off)
	}
	trailer, err := d.readTable(off)
	if err != nil {
		return nil, err
	}
	if stm, ok := trailer.int("XRefStm"); ok && !seen[stm] {
		seen[stm] = true
		if _, err := d.readXrefStream(stm); err != nil {
			return nil, fmt.Errorf("/XRefStm: %w", err)
		}
	}
	return trailer, nil
}
