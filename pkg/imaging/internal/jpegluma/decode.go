package jpegluma

import (
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/kyclint/kyclint/pkg/imaging/internal/area"
)

// ErrUnsupported is wrapped by the error for a valid JPEG this package does
// not decode; a general decoder should be used for it.
var ErrUnsupported = errors.New("jpegluma: unsupported JPEG")

func unsupported(what string) error { return fmt.Errorf("%w: %s", ErrUnsupported, what) }

func formatError(what string) error { return fmt.Errorf("jpegluma: invalid JPEG: %s", what) }

// Options choose the output size and bound the work.
type Options struct {
	// Target returns the size of the luma and chroma planes to deliver,
	// at most the frame's own (f.Luma, f.Chroma); nil keeps them.
	Target func(f Frame) (luma, chroma Plane)
	// MaxPixels refuses frames with more pixels; 0 means no bound.
	MaxPixels int64
	// Alloc returns the zeroed buffers of the delivered planes; nil
	// means make.
	Alloc func(n int) []float32
}

// A Plane is the size of one plane.
type Plane struct{ W, H int }

// A Frame describes a JPEG's planes at full size.
type Frame struct {
	Width, Height int
	Luma          Plane
	Chroma        Plane // zero for a one-component image
}

// An Image holds the delivered planes, row by row, on the 0–255 scale (Cb
// and Cr centred on 128). At full size they are the decoder's 8-bit
// output; reduced, each sample is what package area makes of the
// full-size pixels (before they are rounded and clamped).
type Image struct {
	Frame
	Luma, Chroma Plane // delivered sizes
	Y, Cb, Cr    []float32
}

// Decode decodes the JPEG in r. An error wrapping ErrUnsupported means the
// file may be valid but needs a general decoder; other errors mean it is
// corrupt or truncated.
func Decode(r io.ReaderAt, size int64, opt Options) (*Image, error) {
	s := scratchPool.Get().(*scratch)
	defer scratchPool.Put(s)
	d := newDecoder(r, size, opt, s)
	if err := d.run(); err != nil {
		return nil, err
	}
	return d.image(), nil
}

func newDecoder(r io.ReaderAt, size int64, opt Options, s *scratch) *decoder {
	for i := range 4 {
		s.dc[i].valid, s.ac[i].valid = false, false // a file defines its own
	}
	return &decoder{reader: &reader{r: r, size: size, buf: s.buf}, opt: opt, scratch: s,
		dcTables: &s.dc, acTables: &s.ac}
}

// scratch holds a decode's working buffers between calls, so that a batch
// of photos reuses them instead of faulting in fresh memory for each (the
// Huffman tables alone take 165 KB). The delivered planes never point
// into it.
type scratch struct {
	buf    []byte
	taps   []taps
	dc, ac [4]huffman
}

var scratchPool = sync.Pool{New: func() any { return &scratch{buf: make([]byte, bufSize)} }}

// tapsFor returns room for n tap sets, every field of which the caller
// overwrites.
func (s *scratch) tapsFor(n int) []taps {
	if cap(s.taps) < n {
		s.taps = make([]taps, n)
	}
	return s.taps[:n]
}

type component struct {
	id, tq uint8
	h, v   int
	dc, ac *huffman
	pred   int32
	bw, bh int       // blocks per line and column, padded to whole MCUs
	plane  Plane     // full size
	out    Plane     // delivered size
	pix    []float32 // delivered samples
	tx, ty []taps    // per block column and row

	// Progressive frames: what the scans leave of each block (see
	// progressive.go).
	nzs    []uint64 // its nonzero AC coefficients, a bit each in zigzag order
	neg    []uint64 // streamed: its negative AC coefficients, likewise
	dcs    []int16  // its DC coefficient
	kept   []int16  // kept: its nk coefficients the taps read, in slot order
	slot   [64]int8 // natural order → slot in kept, or -1
	nk     int
	qnz    uint64 // AC coefficients whose quantizer is not zero, likewise
	stream bool   // AC coefficients are added to pix scan by scan
	inScan bool   // named by a scan (see finish)

	// A chroma plane reduced to at most half its size is first reduced to
	// box means, as package area's Reducer does: blocks add into ring, one
	// MCU row of boxes, which is then passed on to boxes, the area stage.
	ring       []float32
	ringRows   int // box rows per MCU row
	boxW, boxH int
	boxes      *area.Resampler
	round      bool // round flat blocks, as 8-bit luma is
}

type decoder struct {
	*reader
	opt     Options
	scratch *scratch

	width, height int
	progressive   bool
	comps         []component
	hmax, vmax    int
	mcusX, mcusY  int
	quant         [4][64]int32 // zigzag order
	haveQuant     [4]bool
	dcTables      *[4]huffman // in scratch
	acTables      *[4]huffman
	ri            int
	jfif, adobe   bool
	adobeXform    uint8
	scans         int
	eobRun        int32
	lim           [64]int32 // progressive AC scans: see setLimits
	prepared      bool      // progressive: planes and coefficient stores allocated
	streamBudget  int       // bytes of kept coefficients above which a plane is streamed
	overflow      bool
	entropyOnly   bool // benchmarks: decode blocks without transforming them
	blk           [64]int32
	nz            uint64 // blk's nonzero coefficients, as bits in natural order, and perhaps some zero ones
	tmp           [256]byte
}

func (d *decoder) run() error {
	var soi [2]byte
	if err := d.readFull(soi[:]); err != nil || soi != [2]byte{0xff, 0xd8} {
		return formatError("missing SOI marker")
	}
	for {
		m, err := d.nextMarker()
		if err != nil {
			return err
		}
		if m == 0xd9 { // EOI
			return d.finish()
		}
		if 0xd0 <= m && m <= 0xd7 {
			continue // a stray RST carries no segment
		}
		var lb [2]byte
		if err := d.readFull(lb[:]); err != nil {
			return err
		}
		n := int(lb[0])<<8 | int(lb[1]) - 2
		if n < 0 {
			return formatError("short segment length")
		}
		if err := d.segment(m, n); err != nil {
			return err
		}
	}
}

// nextMarker skips extraneous bytes, as libjpeg and image/jpeg do, and
// returns the next marker code.
func (d *decoder) nextMarker() (byte, error) {
	b, err := d.readByte()
	for err == nil {
		for b != 0xff && err == nil {
			b, err = d.readByte()
		}
		for b == 0xff && err == nil {
			b, err = d.readByte()
		}
		if err == nil && b != 0 {
			return b, nil
		}
	}
	return 0, err
}

func (d *decoder) segment(m byte, n int) error {
	switch {
	case m == 0xc0 || m == 0xc1 || m == 0xc2:
		if d.comps != nil {
			return formatError("multiple SOF markers")
		}
		d.progressive = m == 0xc2
		return d.readSOF(n)
	case m == 0xc4:
		return d.readDHT(n)
	case m == 0xdb:
		return d.readDQT(n)
	case m == 0xdd:
		return d.readDRI(n)
	case m == 0xda:
		return d.readSOS(n)
	case m == 0xe0 || m == 0xee:
		return d.readApp(m, n)
	case m >= 0xe0 || m == 0xfe:
		return d.skip(n)
	}
	return unsupported(fmt.Sprintf("marker %#x", m))
}

func (d *decoder) readApp(m byte, n int) error {
	k := min(n, 12)
	if err := d.readFull(d.tmp[:k]); err != nil {
		return err
	}
	if m == 0xe0 && k >= 5 && string(d.tmp[:5]) == "JFIF\x00" {
		d.jfif = true
	}
	if m == 0xee && k >= 12 && string(d.tmp[:5]) == "Adobe" {
		d.adobe, d.adobeXform = true, d.tmp[11]
	}
	return d.skip(n - k)
}

func (d *decoder) readDRI(n int) error {
	if n != 2 {
		return formatError("DRI has wrong length")
	}
	if err := d.readFull(d.tmp[:2]); err != nil {
		return err
	}
	d.ri = int(d.tmp[0])<<8 | int(d.tmp[1])
	return nil
}

func (d *decoder) readDQT(n int) error {
	for n > 0 {
		if err := d.readFull(d.tmp[:1]); err != nil {
			return err
		}
		pq, tq := d.tmp[0]>>4, d.tmp[0]&15
		if tq > 3 || pq > 1 {
			return formatError("bad DQT")
		}
		sz := 64 << pq
		if n < 1+sz {
			return formatError("DQT has wrong length")
		}
		if err := d.readFull(d.tmp[:sz]); err != nil {
			return err
		}
		old := d.quant[tq]
		for i := range 64 {
			if pq == 0 {
				d.quant[tq][i] = int32(d.tmp[i])
			} else {
				d.quant[tq][i] = int32(d.tmp[2*i])<<8 | int32(d.tmp[2*i+1])
			}
		}
		d.haveQuant[tq] = true
		if d.prepared {
			// Streamed coefficients were dequantized as they came.
			for i := range d.comps {
				if d.comps[i].stream && d.comps[i].tq == tq && d.quant[tq] != old {
					return unsupported("quantization table redefined between scans")
				}
			}
			d.quantChanged()
		}
		n -= 1 + sz
	}
	return nil
}

func (d *decoder) readDHT(n int) error {
	for n > 0 {
		if n < 17 {
			return formatError("DHT has wrong length")
		}
		if err := d.readFull(d.tmp[:17]); err != nil {
			return err
		}
		tc, th := d.tmp[0]>>4, d.tmp[0]&15
		if tc > 1 || th > 3 {
			return formatError("bad DHT")
		}
		var counts [16]uint8
		copy(counts[:], d.tmp[1:17])
		total := 0
		for _, c := range counts {
			total += int(c)
		}
		if total == 0 || total > 256 || n < 17+total {
			return formatError("DHT has wrong length")
		}
		if err := d.readFull(d.tmp[:total]); err != nil {
			return err
		}
		t := &d.dcTables[th]
		if tc == 1 {
			t = &d.acTables[th]
		}
		if err := t.build(counts, d.tmp[:total], tc == 1); err != nil {
			return err
		}
		n -= 17 + total
	}
	return nil
}
