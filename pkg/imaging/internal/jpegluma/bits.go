package jpegluma

import (
	"encoding/binary"
	"io"
	"math/bits"
)

// A reader buffers the file and, inside a scan, serves its entropy-coded
// bits with byte stuffing removed.
type reader struct {
	r        io.ReaderAt
	off      int64 // file offset of buf[end]
	size     int64
	buf      []byte
	pos, end int

	acc    uint64 // bits, most significant first
	n      uint   // valid bits in acc, fake ones included
	fake   uint   // zero bits appended past a marker or the end of data
	marker bool   // the scan data has ended
}

const bufSize = 64 << 10

func newReader(r io.ReaderAt, size int64) *reader {
	return &reader{r: r, size: size, buf: make([]byte, bufSize)}
}

// fill moves unread bytes to the front and reads more; it reports whether
// any byte is available.
func (d *reader) fill() bool {
	n := copy(d.buf, d.buf[d.pos:d.end])
	d.pos, d.end = 0, n
	want := min(int64(len(d.buf)-n), d.size-d.off)
	if want > 0 {
		m, _ := d.r.ReadAt(d.buf[n:n+int(want)], d.off)
		d.off += int64(m)
		d.end += m
	}
	return d.end > d.pos
}

func (d *reader) readByte() (byte, error) {
	if d.pos >= d.end && !d.fill() {
		return 0, io.ErrUnexpectedEOF
	}
	b := d.buf[d.pos]
	d.pos++
	return b, nil
}

func (d *reader) readFull(p []byte) error {
	for len(p) > 0 {
		if d.pos >= d.end && !d.fill() {
			return io.ErrUnexpectedEOF
		}
		k := copy(p, d.buf[d.pos:d.end])
		d.pos += k
		p = p[k:]
	}
	return nil
}

func (d *reader) skip(n int) error {
	for n > 0 {
		if d.pos >= d.end && !d.fill() {
			return io.ErrUnexpectedEOF
		}
		k := min(n, d.end-d.pos)
		d.pos += k
		n -= k
	}
	return nil
}

// resetBits starts a scan or a restart interval.
func (d *reader) resetBits() {
	d.acc, d.n, d.fake, d.marker = 0, 0, 0, false
}

// overrun reports whether bits past the end of the scan data were used.
func (d *reader) overrun() bool { return d.n < d.fake }

// refill tops acc up to at least 57 bits. At a marker or the end of the
// file it appends zeros, counted in fake, and never consumes the marker.
func (d *reader) refill() {
	for d.n <= 56 {
		if d.marker {
			d.fake += 64 - d.n
			d.n = 64
			return
		}
		if d.pos+8 <= d.end {
			// Take the whole bytes that fit, up to the first 0xFF.
			w := binary.BigEndian.Uint64(d.buf[d.pos:])
			const low7 = 0x7f7f7f7f7f7f7f7f
			x := ^w
			ff := ^(x&low7 + low7 | x | low7) // 0x80 in each 0xFF byte
			if k := min((64-d.n)>>3, uint(bits.LeadingZeros64(ff))>>3); k > 0 {
				w = w >> (64 - 8*k) << (64 - 8*k)
				d.acc |= w >> d.n
				d.n += 8 * k
				d.pos += int(k)
				continue
			}
		}
		d.slowByte()
	}
}

// slowByte reads one byte, unstuffing 0xFF 0x00 and stopping at a marker.
func (d *reader) slowByte() {
	if d.pos+1 >= d.end && !d.fillTwo() {
		if d.pos >= d.end || d.buf[d.pos] == 0xff {
			d.marker = true
			return
		}
	}
	b := d.buf[d.pos]
	if b == 0xff {
		if d.pos+1 >= d.end || d.buf[d.pos+1] != 0 {
			d.marker = true
			return
		}
		d.pos++
	}
	d.pos++
	d.acc |= uint64(b) << (56 - d.n)
	d.n += 8
}

// fillTwo tries to make two bytes available.
func (d *reader) fillTwo() bool {
	d.fill()
	return d.pos+1 < d.end
}

// bits returns the next n (≤ 16) bits; the caller has refilled.
func (d *reader) bits(n uint) uint32 {
	v := uint32(d.acc >> (64 - n))
	d.acc <<= n
	d.n -= n
	return v
}

// extend turns n received bits into a signed coefficient (F.2.2.1).
func extend(v uint32, n uint) int32 {
	if v < 1<<(n-1) {
		return int32(v) - (1 << n) + 1
	}
	return int32(v)
}

// fillWord is refill's common case, small enough to inline, for copies of
// acc and n (< 32) kept in the caller's locals: it takes the whole bytes
// that fit, as refill would, when none of them is an 0xFF.
func (d *reader) fillWord(acc uint64, n uint) (uint64, uint, bool) {
	if d.pos+8 > d.end {
		return acc, n, false
	}
	m := (64 - n) &^ 7 // bits in the whole bytes that fit
	w := binary.BigEndian.Uint64(d.buf[d.pos:]) &^ (1<<(64-m) - 1)
	if x := ^w; (x-0x0101010101010101)&^x&0x8080808080808080 != 0 {
		return acc, n, false
	}
	d.pos += int(m >> 3)
	return acc | w>>n, n + m, true
}

// refillFrom is refill for copies of acc and n kept in the caller's
// locals.
func (d *reader) refillFrom(acc uint64, n uint) (uint64, uint) {
	d.acc, d.n = acc, n
	d.refill()
	return d.acc, d.n
}
