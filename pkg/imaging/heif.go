package imaging

import (
	"encoding/binary"
	"io"
)

// maxMetaBox bounds the HEIF "meta" box read into memory; real ones are a
// few kilobytes.
const maxMetaBox = 1 << 20

// heifEXIF finds the "Exif" item of a HEIC/AVIF file through the meta box's
// item info (iinf) and item location (iloc) tables. Phones write GPS there,
// so image.exif-gps works on HEIC even though its pixels cannot be decoded.
func heifEXIF(r io.ReaderAt, size int64) []byte {
	meta := findBox(r, 0, size, "meta")
	if len(meta) < 4 {
		return nil
	}
	boxes := meta[4:] // meta is a full box: skip version and flags
	id, ok := exifItemID(subBox(boxes, "iinf"))
	if !ok {
		return nil
	}
	off, n, ok := itemExtent(subBox(boxes, "iloc"), id)
	if !ok || n < 4 {
		return nil
	}
	b := readAtMost(r, off, min(n, exifWindow))
	if len(b) < 4 {
		return nil
	}
	skip := int64(binary.BigEndian.Uint32(b)) // offset to the TIFF header
	if skip > int64(len(b))-4 {
		return nil
	}
	return trimExifHeader(b[4+skip:])
}

// findBox reads the top-level box typ, walking headers in place.
func findBox(r io.ReaderAt, off, end int64, typ string) []byte {
	for i := 0; i < maxChunks && off+8 <= end; i++ {
		var h [16]byte
		if _, err := r.ReadAt(h[:8], off); err != nil {
			return nil
		}
		n, hdr := int64(binary.BigEndian.Uint32(h[:4])), int64(8)
		switch n {
		case 0:
			n = end - off
		case 1:
			if _, err := r.ReadAt(h[8:], off+8); err != nil {
				return nil
			}
			n, hdr = int64(binary.BigEndian.Uint64(h[8:])), 16
		}
		if n < hdr {
			return nil
		}
		if string(h[4:8]) == typ {
			if n-hdr > maxMetaBox {
				return nil
			}
			b := make([]byte, n-hdr)
			k, _ := r.ReadAt(b, off+hdr)
			return b[:k]
		}
		off += n
	}
	return nil
}

// subBox returns the payload of the child box typ inside b.
func subBox(b []byte, typ string) []byte {
	for len(b) >= 8 {
		n := int(binary.BigEndian.Uint32(b))
		if n < 8 || n > len(b) {
			return nil
		}
		if string(b[4:8]) == typ {
			return b[8:n]
		}
		b = b[n:]
	}
	return nil
}

// exifItemID reads the iinf box and returns the id of the item of type "Exif".
func exifItemID(iinf []byte) (uint32, bool) {
	c := cursor{b: iinf}
	v := c.u(1)
	c.u(3)
	if v == 0 {
		c.u(2)
	} else {
		c.u(4)
	}
	for !c.bad && len(c.b) >= 8 {
		n := int(binary.BigEndian.Uint32(c.b))
		if n < 8 || n > len(c.b) {
			return 0, false
		}
		if string(c.b[4:8]) == "infe" {
			e := cursor{b: c.b[8:n]}
			ev := e.u(1)
			e.u(3)
			if ev >= 2 {
				id := e.u(2)
				if ev >= 3 {
					id = id<<16 | e.u(2)
				}
				e.u(2) // protection index
				if typ := e.take(4); !e.bad && string(typ) == "Exif" {
					return uint32(id), true
				}
			}
		}
		c.b = c.b[n:]
	}
	return 0, false
}

// itemExtent reads the iloc box and returns the file offset and length of
// the first extent of item id.
func itemExtent(iloc []byte, id uint32) (off, n int64, ok bool) {
	c := cursor{b: iloc}
	v := c.u(1)
	c.u(3)
	sizes := c.u(2)
	offSize, lenSize, baseSize := int(sizes>>12), int(sizes>>8&15), int(sizes>>4&15)
	idxSize := 0
	if v == 1 || v == 2 {
		idxSize = int(sizes & 15)
	}
	idBytes := 2
	if v == 2 {
		idBytes = 4
	}
	count := c.u(idBytes)
	for i := uint64(0); i < count && !c.bad; i++ {
		itemID := c.u(idBytes)
		if v == 1 || v == 2 {
			c.u(2) // construction method: 0 means file offsets
		}
		c.u(2) // data reference index
		base := c.u(baseSize)
		extents := c.u(2)
		for e := uint64(0); e < extents && !c.bad; e++ {
			c.u(idxSize)
			eo, el := c.u(offSize), c.u(lenSize)
			if e == 0 && uint32(itemID) == id && !c.bad {
				return int64(base + eo), int64(el), base+eo < 1<<62 && el < 1<<62
			}
		}
	}
	return 0, 0, false
}

// A cursor reads big-endian integers and marks itself bad when it runs out.
type cursor struct {
	b   []byte
	bad bool
}

func (c *cursor) take(n int) []byte {
	if n > len(c.b) {
		c.bad, c.b = true, nil
		return nil
	}
	p := c.b[:n]
	c.b = c.b[n:]
	return p
}

// u reads an n-byte unsigned integer (n is 0 to 8).
func (c *cursor) u(n int) uint64 {
	var v uint64
	for _, x := range c.take(n) {
		v = v<<8 | uint64(x)
	}
	return v
}
