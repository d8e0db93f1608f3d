package pdfdoc

import "fmt"

// readXrefStream parses a cross-reference stream (PDF 1.5) at off and
// returns its dictionary, which doubles as the trailer.
func (d *doc) readXrefStream(off int64) (dict, error) {
	o, err := d.src.readObject(off)
	if err != nil {
		return nil, err
	}
	sd, ok := o.val.(dict)
	if t, _ := sd.name("Type"); !ok || o.streamAt < 0 || t != "XRef" {
		return nil, fmt.Errorf("offset %d: object %d is not an xref stream", off, o.num)
	}
	w, err := widths(sd)
	if err != nil {
		return nil, err
	}
	data, err := d.streamData(o)
	if err != nil {
		return nil, err
	}
	return sd, d.addStreamEntries(sd, w, data)
}

// widths validates /W: three field widths of at most 8 bytes each.
func widths(sd dict) ([3]int, error) {
	var w [3]int
	a, ok := sd["W"].(array)
	if !ok || len(a) < 3 {
		return w, fmt.Errorf("xref stream: bad /W")
	}
	for i := range w {
		n, ok := intValue(a[i])
		if !ok || n < 0 || n > 8 {
			return w, fmt.Errorf("xref stream: bad /W")
		}
		w[i] = int(n)
	}
	if w[1] == 0 {
		return w, fmt.Errorf("xref stream: /W has no offset field")
	}
	return w, nil
}

// addStreamEntries decodes the fixed-width rows for the /Index ranges.
func (d *doc) addStreamEntries(sd dict, w [3]int, data []byte) error {
	index, ok := sd["Index"].(array)
	if !ok {
		size, ok := sd.int("Size")
		if !ok {
			return fmt.Errorf("xref stream: no /Size")
		}
		index = array{int64(0), size}
	}
	rowLen := w[0] + w[1] + w[2]
	for i := 0; i+1 < len(index); i += 2 {
		first, ok1 := intValue(index[i])
		count, ok2 := intValue(index[i+1])
		if !ok1 || !ok2 || first < 0 || count < 0 || first > 1<<40 {
			return fmt.Errorf("xref stream: bad /Index")
		}
		for n := int64(0); n < count; n++ {
			if len(data) < rowLen {
				return fmt.Errorf("xref stream: data ends at object %d", first+n)
			}
			d.addRow(first+n, w, data[:rowLen])
			data = data[rowLen:]
		}
	}
	return nil
}

func (d *doc) addRow(num int64, w [3]int, row []byte) {
	kind := int64(1) // the default when the type field is absent
	if w[0] > 0 {
		kind = field(row[:w[0]])
	}
	a, b := field(row[w[0]:w[0]+w[1]]), field(row[w[0]+w[1]:])
	switch kind {
	case 1:
		d.xref.add(num, entry{off: a, idx: b})
	case 2:
		d.xref.add(num, entry{off: a, idx: b, inStream: true})
	}
}

// field reads a big-endian unsigned number, clamped to stay non-negative.
func field(b []byte) int64 {
	var v uint64
	for _, c := range b {
		v = v<<8 | uint64(c)
	}
	return int64(v & (1<<63 - 1))
}
