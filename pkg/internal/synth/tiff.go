package synth

import (
	"encoding/binary"
	"sort"
)

// TIFF field types used by EXIF.
const (
	tiffByte      = 1
	tiffASCII     = 2
	tiffShort     = 3
	tiffLong      = 4
	tiffRational  = 5
	tiffUndefined = 7
)

// An ifdEntry is one tag of an image file directory with its value already
// encoded in the file's byte order.
type ifdEntry struct {
	tag, typ uint16
	count    uint32
	value    []byte
}

// An ifd is a TIFF image file directory under construction.
type ifd struct {
	order   binary.AppendByteOrder
	entries []ifdEntry
}

func (d *ifd) ascii(tag uint16, s string) {
	d.entries = append(d.entries, ifdEntry{tag, tiffASCII, uint32(len(s) + 1), append([]byte(s), 0)})
}

func (d *ifd) short(tag uint16, v uint16) {
	d.entries = append(d.entries, ifdEntry{tag, tiffShort, 1, d.order.AppendUint16(nil, v)})
}

func (d *ifd) long(tag uint16, v uint32) {
	d.entries = append(d.entries, ifdEntry{tag, tiffLong, 1, d.order.AppendUint32(nil, v)})
}

// setLong replaces the value of an existing LONG tag.
func (d *ifd) setLong(tag uint16, v uint32) {
	for i := range d.entries {
		if d.entries[i].tag == tag {
			d.entries[i].value = d.order.AppendUint32(nil, v)
		}
	}
}

func (d *ifd) raw(tag, typ uint16, b []byte) {
	d.entries = append(d.entries, ifdEntry{tag, typ, uint32(len(b)), b})
}

func (d *ifd) rationals(tag uint16, vs ...[2]uint32) {
	var b []byte
	for _, v := range vs {
		b = d.order.AppendUint32(d.order.AppendUint32(b, v[0]), v[1])
	}
	d.entries = append(d.entries, ifdEntry{tag, tiffRational, uint32(len(vs)), b})
}

// size is the encoded length of the directory and its out-of-line values.
func (d *ifd) size() int {
	n := 2 + 12*len(d.entries) + 4
	for _, e := range d.entries {
		if len(e.value) > 4 {
			n += len(e.value) + len(e.value)&1
		}
	}
	return n
}

// encode writes the directory to be placed at offset off of the TIFF
// stream, with tags sorted as TIFF requires and no next-IFD link.
func (d *ifd) encode(off int) []byte {
	sort.Slice(d.entries, func(i, j int) bool { return d.entries[i].tag < d.entries[j].tag })
	dir := d.order.AppendUint16(nil, uint16(len(d.entries)))
	var data []byte
	dataOff := off + 2 + 12*len(d.entries) + 4
	for _, e := range d.entries {
		dir = d.order.AppendUint16(dir, e.tag)
		dir = d.order.AppendUint16(dir, e.typ)
		dir = d.order.AppendUint32(dir, e.count)
		if len(e.value) <= 4 {
			var v [4]byte
			copy(v[:], e.value)
			dir = append(dir, v[:]...)
			continue
		}
		dir = d.order.AppendUint32(dir, uint32(dataOff+len(data)))
		data = append(data, e.value...)
		if len(e.value)&1 == 1 {
			data = append(data, 0)
		}
	}
	dir = d.order.AppendUint32(dir, 0)
	return append(dir, data...)
}
