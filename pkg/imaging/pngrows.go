package imaging

import (
	"bufio"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"hash"
	"hash/crc32"
	"io"
)

// errPNGDeclined means the streaming PNG path does not take the file; the
// standard decoder then judges it, errors included.
var errPNGDeclined = errors.New("png: not for the streaming path")

// pngPlanes computes the working planes of an 8-bit, non-interlaced RGB or
// RGBA PNG (what screenshots are) row by row as the rows are inflated,
// without the full-size frame image/png would allocate (4 bytes a pixel:
// 15 MB for a 2560×1440 screenshot). Each row is converted exactly as
// planes converts the *image.RGBA or *image.NRGBA image/png returns for
// such a file, so the planes are the same to the bit. Any other PNG, and
// anything image/png would refuse (a bad CRC, a bad filter, too little or
// too much pixel data, chunks out of order, a missing IEND), returns an
// error and is left to the standard decoder, which reports it as before.
func pngPlanes(r io.ReaderAt, size int64, long int) (y plane, cb, cr *plane, err error) {
	err = guard(func() error {
		var e error
		y, cb, cr, e = decodePNGPlanes(r, size, long)
		return e
	})
	if err != nil {
		return plane{}, nil, nil, err
	}
	return y, cb, cr, nil
}

// pngChunks reads a PNG's chunks, checking each one's CRC.
type pngChunks struct {
	r      *bufio.Reader
	crc    hash.Hash32
	typ    string
	remain uint32 // data bytes left in the current chunk
	hdr    [8]byte
}

// next reads the header of the next chunk, after checking the CRC of the
// current one (whose data must have been read).
func (c *pngChunks) next() error {
	if _, err := io.ReadFull(c.r, c.hdr[:]); err != nil {
		return err
	}
	n := binary.BigEndian.Uint32(c.hdr[:4])
	if n > 0x7fffffff {
		return errPNGDeclined
	}
	c.typ, c.remain = string(c.hdr[4:8]), n
	c.crc.Reset()
	c.crc.Write(c.hdr[4:8])
	return nil
}

// finish checks the current chunk's CRC once its data was read.
func (c *pngChunks) finish() error {
	var b [4]byte
	if _, err := io.ReadFull(c.r, b[:]); err != nil {
		return err
	}
	if binary.BigEndian.Uint32(b[:]) != c.crc.Sum32() {
		return errPNGDeclined
	}
	return nil
}

// skip reads and checks the rest of the current chunk.
func (c *pngChunks) skip() error {
	var buf [4096]byte
	for c.remain > 0 {
		n, err := io.ReadFull(c.r, buf[:min(len(buf), int(c.remain))])
		if err != nil {
			return err
		}
		c.crc.Write(buf[:n])
		c.remain -= uint32(n)
	}
	return c.finish()
}

// Read reads the zlib stream across consecutive IDAT chunks, as image/png
// does: a stream that runs past them is short of pixel data.
func (c *pngChunks) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	for c.remain == 0 {
		if err := c.finish(); err != nil {
			return 0, err
		}
		if err := c.next(); err != nil {
			return 0, err
		}
		if c.typ != "IDAT" {
			return 0, errPNGDeclined
		}
	}
	n, err := c.r.Read(p[:min(len(p), int(c.remain))])
	c.crc.Write(p[:n])
	c.remain -= uint32(n)
	return n, err
}

func decodePNGPlanes(r io.ReaderAt, size int64, long int) (plane, *plane, *plane, error) {
	c := &pngChunks{r: bufio.NewReaderSize(io.NewSectionReader(r, 0, size), 32<<10), crc: crc32.NewIEEE()}
	var sig [8]byte
	if _, err := io.ReadFull(c.r, sig[:]); err != nil || string(sig[:]) != "\x89PNG\r\n\x1a\n" {
		return plane{}, nil, nil, errPNGDeclined
	}
	// IHDR, then only ancillary chunks before the first IDAT.
	if err := c.next(); err != nil || c.typ != "IHDR" || c.remain != 13 {
		return plane{}, nil, nil, errPNGDeclined
	}
	var ihdr [13]byte
	if _, err := io.ReadFull(c.r, ihdr[:]); err != nil {
		return plane{}, nil, nil, err
	}
	c.crc.Write(ihdr[:])
	c.remain = 0
	if err := c.finish(); err != nil {
		return plane{}, nil, nil, err
	}
	w, h := int(binary.BigEndian.Uint32(ihdr[0:4])), int(binary.BigEndian.Uint32(ihdr[4:8]))
	depth, ct := ihdr[8], ihdr[9]
	if w <= 0 || h <= 0 || w > 1<<24 || h > 1<<24 || depth != 8 || (ct != 2 && ct != 6) ||
		ihdr[10] != 0 || ihdr[11] != 0 || ihdr[12] != 0 {
		return plane{}, nil, nil, errPNGDeclined
	}
	for {
		if err := c.next(); err != nil {
			return plane{}, nil, nil, err
		}
		if c.typ == "IDAT" {
			break
		}
		switch c.typ {
		case "IHDR", "PLTE", "tRNS", "IEND":
			// A palette or transparency changes how image/png returns the
			// pixels; the others are errors there.
			return plane{}, nil, nil, errPNGDeclined
		}
		if err := c.skip(); err != nil {
			return plane{}, nil, nil, err
		}
	}
	zr, err := zlib.NewReader(c)
	if err != nil {
		return plane{}, nil, nil, errPNGDeclined
	}
	bpp := 3
	if ct == 6 {
		bpp = 4
	}
	stride := bpp * w
	cur, prev := make([]byte, 1+stride), make([]byte, 1+stride)
	var rowErr error
	row := func(yy int, dst [][]float32) {
		if rowErr != nil {
			return
		}
		cur, prev = prev, cur
		if _, err := io.ReadFull(zr, cur); err != nil {
			rowErr = err
			return
		}
		if err := unfilter(cur[0], cur[1:], prev[1:], bpp); err != nil {
			rowErr = err
			return
		}
		ly, lcb, lcr := dst[0][:w], dst[1][:w], dst[2][:w]
		pix := cur[1:]
		if bpp == 3 {
			pix = pix[:3*w]
			for x := range ly {
				p := pix[3*x : 3*x+3 : 3*x+3]
				// As an *image.RGBA with opaque pixels: plus a white of 0.
				var white float32
				ly[x], lcb[x], lcr[x] = yccRow(float32(p[0])+white, float32(p[1])+white, float32(p[2])+white)
			}
			return
		}
		pix = pix[:4*w]
		for x := range ly {
			p := pix[4*x : 4*x+4 : 4*x+4]
			a := float32(p[3]) / 255
			white := 255 * (1 - a)
			ly[x], lcb[x], lcr[x] = yccRow(float32(p[0])*a+white, float32(p[1])*a+white, float32(p[2])*a+white)
		}
	}
	dw, dh := workingSize(w, h, long)
	cw, ch := workingSize(w, h, chromaLong(long))
	p := reduce(row, w, h, target{1, dw, dh, false}, target{2, cw, ch, true})
	if rowErr != nil {
		return plane{}, nil, nil, rowErr
	}
	// The stream must end here, checksum verified, with no data left in
	// the IDAT chunks (image/png: "too much pixel data").
	var one [1]byte
	if n, err := io.ReadFull(zr, one[:]); n != 0 || err != io.EOF {
		return plane{}, nil, nil, errPNGDeclined
	}
	if c.remain != 0 {
		return plane{}, nil, nil, errPNGDeclined
	}
	if err := c.finish(); err != nil {
		return plane{}, nil, nil, err
	}
	// The chunks after the pixels, to IEND.
	for {
		if err := c.next(); err != nil {
			return plane{}, nil, nil, err
		}
		switch c.typ {
		case "IEND":
			if c.remain != 0 {
				return plane{}, nil, nil, errPNGDeclined
			}
			if err := c.finish(); err != nil {
				return plane{}, nil, nil, err
			}
			return p[0], &p[1], &p[2], nil
		case "IHDR", "PLTE", "tRNS":
			return plane{}, nil, nil, errPNGDeclined
		}
		if err := c.skip(); err != nil {
			return plane{}, nil, nil, err
		}
	}
}

// unfilter reverses a PNG row filter in place; prev is the previous row,
// unfiltered (zero for the first).
func unfilter(ft byte, cur, prev []byte, bpp int) error {
	prev = prev[:len(cur)]
	switch ft {
	case 0:
	case 1:
		for i := bpp; i < len(cur); i++ {
			cur[i] += cur[i-bpp]
		}
	case 2:
		// Eight bytes at a time: each byte's sum without the carry into
		// the next (the top bits added apart).
		const hi = 0x8080808080808080
		i := 0
		for ; i+8 <= len(cur); i += 8 {
			x := binary.LittleEndian.Uint64(cur[i:])
			y := binary.LittleEndian.Uint64(prev[i:])
			binary.LittleEndian.PutUint64(cur[i:], ((x&^hi)+(y&^hi))^((x^y)&hi))
		}
		for ; i < len(cur); i++ {
			cur[i] += prev[i]
		}
	case 3:
		for i := range bpp {
			cur[i] += prev[i] / 2
		}
		for i := bpp; i < len(cur); i++ {
			cur[i] += uint8((uint(cur[i-bpp]) + uint(prev[i])) >> 1)
		}
	case 4:
		// Channel by channel, keeping the left and upper-left bytes in
		// registers; the predictor is the one of a, b, c nearest to
		// a + b − c, ties going to a, then b.
		for ch := range bpp {
			var a, c int
			for j := ch; j < len(cur); j += bpp {
				b := int(prev[j])
				pa, pb := b-c, a-c
				pc := absInt(pa + pb)
				pa, pb = absInt(pa), absInt(pb)
				if pa > pb || pa > pc {
					if pb <= pc {
						a = b
					} else {
						a = c
					}
				}
				a = (a + int(cur[j])) & 0xff
				cur[j] = uint8(a)
				c = b
			}
		}
	default:
		return errPNGDeclined
	}
	return nil
}

func absInt(x int) int {
	m := x >> 63
	return (x ^ m) - m
}
