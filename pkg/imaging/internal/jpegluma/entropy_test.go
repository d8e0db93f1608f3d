package jpegluma

import (
	"bytes"
	"container/heap"
	"math/rand"
	"testing"
)

// TestBaselineBlockMatchesReference decodes generated scans, intact and
// corrupted, with baselineBlock and with refBlock, a plain symbol-at-a-time
// decoder, and requires the same coefficients, errors and reader state
// after every block: the position matters, since a restart reads its
// marker there.
func TestBaselineBlockMatchesReference(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	n := 400
	if testing.Short() {
		n = 50
	}
	for i := range n {
		s := genScan(r)
		data := s.data
		if i%4 != 0 {
			data = corrupt(r, data)
		}
		compareScan(t, i, s, data)
	}
}

// A testScan is entropy-coded data for blocks of one component.
type testScan struct {
	dc, ac *huffman
	q      [64]int32
	ri     int // blocks per restart interval, 0 for none
	data   []byte
}

func compareScan(t *testing.T, id int, s testScan, data []byte) {
	newDec := func() (*decoder, *component) {
		d := &decoder{reader: newReader(bytes.NewReader(data), int64(len(data)))}
		return d, &component{dc: s.dc, ac: s.ac}
	}
	got, gc := newDec()
	want, wc := newDec()
	for b := 0; ; b++ {
		if s.ri > 0 && b > 0 && b%s.ri == 0 {
			gerr, werr := testRestart(got, gc), testRestart(want, wc)
			if errString(gerr) != errString(werr) {
				t.Fatalf("scan %d block %d: restart: %v, reference %v", id, b, gerr, werr)
			}
			if werr != nil {
				return
			}
		}
		gerr := got.baselineBlock(gc, &s.q)
		werr := want.refBlock(wc, &s.q)
		if errString(gerr) != errString(werr) {
			t.Fatalf("scan %d block %d: %v, reference %v", id, b, gerr, werr)
		}
		if werr != nil {
			return
		}
		if got.blk != want.blk || gc.pred != wc.pred {
			t.Fatalf("scan %d block %d: coefficients %v (pred %d), reference %v (pred %d)", id, b, got.blk, gc.pred, want.blk, wc.pred)
		}
		for p, v := range got.blk {
			if v != 0 && got.nz&(1<<p) == 0 {
				t.Fatalf("scan %d block %d: coefficient %d is %d, not marked in nz %#x", id, b, p, v, got.nz)
			}
		}
		g, w := got.reader, want.reader
		if g.pos != w.pos || g.off != w.off || g.acc != w.acc || g.n != w.n || g.fake != w.fake || g.marker != w.marker {
			t.Fatalf("scan %d block %d: reader at %d+%d acc %x n %d fake %d marker %v, reference at %d+%d acc %x n %d fake %d marker %v",
				id, b, g.off, g.pos, g.acc, g.n, g.fake, g.marker, w.off, w.pos, w.acc, w.n, w.fake, w.marker)
		}
		got.blk, want.blk = [64]int32{}, [64]int32{}
		if b > 1000 {
			t.Fatalf("scan %d: no error past the data", id)
		}
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// testRestart does what the scan does at the end of a restart interval.
func testRestart(d *decoder, c *component) error {
	d.resetBits()
	var m [2]byte
	if err := d.readFull(m[:]); err != nil {
		return err
	}
	if m[0] != 0xff || m[1] < 0xd0 || m[1] > 0xd7 {
		return unsupported("missing RST marker")
	}
	c.pred = 0
	return nil
}

// refBlock is baselineBlock as F.2.2 states it: a refill to 57 bits
// whenever fewer than 32 remain before a symbol, codes read by their
// canonical bounds and extra bits one symbol at a time.
func (d *decoder) refBlock(c *component, q *[64]int32) error {
	if d.n < 32 {
		refRefill(d.reader)
	}
	t, err := refDecode(d.reader, c.dc)
	if err != nil {
		return err
	}
	if t > 16 {
		return unsupported("excessive DC component")
	}
	if t > 0 {
		c.pred += extend(d.bits(uint(t)), uint(t))
	}
	d.blk[0] = c.pred * q[0]
	if c.pred < -2048 || c.pred > 2047 || uint32(d.blk[0]+maxCoef) > 2*maxCoef {
		return errRange
	}
	for k := 1; k < 64; k++ {
		if d.n < 32 {
			refRefill(d.reader)
		}
		rs, err := refDecode(d.reader, c.ac)
		if err != nil {
			return err
		}
		r, sz := int(rs>>4), uint(rs&15)
		if sz == 0 {
			if r == 0 {
				break
			}
			if r != 15 {
				return formatError("EOB run in a baseline scan")
			}
			k += 15
			continue
		}
		k += r
		if k > 63 {
			break
		}
		v := extend(d.bits(sz), sz) * q[k]
		if sz > 11 || uint32(v+maxCoef) > 2*maxCoef {
			return errRange
		}
		d.blk[unzig[k]] = v
	}
	if d.overrun() {
		return formatError("short Huffman data")
	}
	return nil
}

// refRefill is refill a byte at a time.
func refRefill(d *reader) {
	for d.n <= 56 {
		if d.marker {
			d.fake += 64 - d.n
			d.n = 64
			return
		}
		d.slowByte()
	}
}

func refDecode(d *reader, h *huffman) (uint8, error) {
	for l := 1; l <= 16; l++ {
		code := int32(d.acc >> (64 - uint(l)))
		if code <= h.maxcode[l] {
			d.acc <<= uint(l)
			d.n -= uint(l)
			return h.vals[h.valptr[l]+code-h.mincode[l]], nil
		}
	}
	return 0, formatError("bad Huffman code")
}

// genScan makes random tables and codes random blocks with them.
func genScan(r *rand.Rand) testScan {
	var s testScan
	var dcSyms, acSyms []uint8
	for t := range 12 {
		dcSyms = append(dcSyms, uint8(t))
	}
	acSyms = append(acSyms, 0x00, 0xf0)
	for run := range 16 {
		for size := 1; size <= 10; size++ {
			acSyms = append(acSyms, uint8(run<<4|size))
		}
	}
	if r.Intn(3) == 0 { // symbols that only corrupt streams should use
		dcSyms = append(dcSyms, 17)
		acSyms = append(acSyms, 0x1b, 0x3f, 0x20)
	}
	dcCodes, dc := genTable(r, dcSyms, false)
	acCodes, ac := genTable(r, acSyms, true)
	s.dc, s.ac = dc, ac
	big := 1 + 60*r.Intn(2) // coefficients out of range, often
	for k := range s.q {
		s.q[k] = int32(1 + r.Intn(big))
	}
	if r.Intn(4) == 0 {
		s.ri = 1 + r.Intn(8)
	}

	var w bitWriter
	put := func(codes map[uint8]hcode, sym uint8, size int, v int32) {
		c := codes[sym]
		w.put(uint64(c.code), c.len)
		if size > 0 {
			if v < 0 {
				v += 1<<size - 1
			}
			w.put(uint64(v), size)
		}
	}
	sizeOf := func(v int32) int {
		size := 0
		for a := max(v, -v); a > 0; a >>= 1 {
			size++
		}
		return size
	}
	pred := int32(0)
	blocks := 1 + r.Intn(300)
	dense := r.Intn(4)
	for b := range blocks {
		if s.ri > 0 && b > 0 && b%s.ri == 0 {
			w.flush()
			w.buf = append(w.buf, 0xff, byte(0xd0+(b/s.ri-1)%8))
			pred = 0
		}
		dcv := int32(r.Intn(2047)) - 1023
		if r.Intn(2) == 0 {
			dcv = max(-1023, min(1023, pred+int32(r.Intn(9))-4))
		}
		diff := dcv - pred
		pred = dcv
		sz := sizeOf(diff)
		put(dcCodes, uint8(sz), sz, diff)
		last := 0
		for k := 1; k < 64; k++ {
			if r.Intn(64) >= 4+dense*15 {
				continue
			}
			size := 1
			for size < 10 && r.Intn(2) == 0 {
				size++
			}
			v := int32(1<<(size-1) + r.Intn(1<<(size-1)))
			if r.Intn(2) == 0 {
				v = -v
			}
			run := k - last - 1
			for ; run > 15; run -= 16 {
				put(acCodes, 0xf0, 0, 0)
			}
			sz := sizeOf(v)
			put(acCodes, uint8(run<<4|sz), sz, v)
			last = k
		}
		if last < 63 {
			put(acCodes, 0x00, 0, 0)
		}
	}
	w.flush()
	s.data = append(w.buf, 0xff, 0xd9)
	return s
}

type hcode struct {
	code uint32
	len  int
}

// genTable gives syms random code lengths, as a Huffman code of random
// weights, and builds the table; now and then it leaves a code unused.
func genTable(r *rand.Rand, syms []uint8, ac bool) (map[uint8]hcode, *huffman) {
	for skew := 20; ; skew-- { // flatter weights when codes get too long
		// Like a photo's: small values and short runs are common.
		lens := huffmanLengths(r, len(syms), func(i int) int {
			run, size := int(syms[i]>>4), int(syms[i]&15)
			if !ac {
				run, size = 0, int(syms[i])/2
			}
			return max(1, skew-2*size-run)
		})
		var counts [16]uint8
		ok := true
		for _, l := range lens {
			if l > 16 {
				ok = false
				break
			}
			counts[l-1]++
		}
		if !ok {
			continue
		}
		// Symbols in order of length, as DHT lists them.
		order := make([]uint8, 0, len(syms))
		for l := 1; l <= 16; l++ {
			for i, s := range syms {
				if lens[i] == l {
					order = append(order, s)
				}
			}
		}
		if r.Intn(5) == 0 { // drop the last, longest code
			for l := 15; l >= 0; l-- {
				if counts[l] > 0 {
					counts[l]--
					break
				}
			}
			order = order[:len(order)-1]
		}
		h := new(huffman)
		if err := h.build(counts, order, ac); err != nil {
			panic(err)
		}
		codes := map[uint8]hcode{}
		code, k := uint32(0), 0
		for l := 1; l <= 16; l++ {
			for range counts[l-1] {
				codes[order[k]] = hcode{code, l}
				code++
				k++
			}
			code <<= 1
		}
		for _, s := range syms {
			if _, ok := codes[s]; !ok {
				// The dropped symbol: 16 ones, which no code now
				// starts, so that the decoder must reject them.
				codes[s] = hcode{0xffff, 16}
			}
		}
		return codes, h
	}
}

// huffmanLengths returns the code lengths of a Huffman code for n random
// weights, the ith up to 1<<weight(i).
func huffmanLengths(r *rand.Rand, n int, weight func(int) int) []int {
	h := &nodeHeap{}
	for i := range n {
		heap.Push(h, hnode{w: 1 + r.Intn(1<<weight(i)), leafs: []int{i}})
	}
	lens := make([]int, n)
	for h.Len() > 1 {
		a, b := heap.Pop(h).(hnode), heap.Pop(h).(hnode)
		for _, i := range append(a.leafs, b.leafs...) {
			lens[i]++
		}
		heap.Push(h, hnode{w: a.w + b.w, leafs: append(a.leafs, b.leafs...)})
	}
	return lens
}

type hnode struct {
	w     int
	leafs []int
}

type nodeHeap []hnode

func (h nodeHeap) Len() int           { return len(h) }
func (h nodeHeap) Less(i, j int) bool { return h[i].w < h[j].w }
func (h nodeHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *nodeHeap) Push(x any)        { *h = append(*h, x.(hnode)) }
func (h *nodeHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// A bitWriter codes bits most significant first, stuffing 0xFF bytes.
type bitWriter struct {
	buf  []byte
	acc  uint64
	nacc int
}

func (w *bitWriter) put(v uint64, n int) {
	w.acc = w.acc<<uint(n) | v&(1<<uint(n)-1)
	w.nacc += n
	for w.nacc >= 8 {
		b := byte(w.acc >> uint(w.nacc-8))
		w.buf = append(w.buf, b)
		if b == 0xff {
			w.buf = append(w.buf, 0)
		}
		w.nacc -= 8
	}
}

// flush pads the last byte with ones.
func (w *bitWriter) flush() {
	if w.nacc > 0 {
		w.put(1<<uint(8-w.nacc)-1, 8-w.nacc)
	}
}

// corrupt flips bits, drops or repeats bytes, adds stuffing or markers, or
// truncates.
func corrupt(r *rand.Rand, b []byte) []byte {
	b = append([]byte(nil), b...)
	for range 1 + r.Intn(3) {
		if len(b) < 2 {
			break
		}
		i := r.Intn(len(b))
		switch r.Intn(6) {
		case 0, 1:
			b[i] ^= 1 << r.Intn(8)
		case 2:
			b = b[:i]
		case 3:
			b = append(b[:i], append([]byte{0xff, byte(0xd0 + r.Intn(8))}, b[i:]...)...)
		case 4:
			b = append(b[:i], b[min(len(b), i+1+r.Intn(8)):]...)
		case 5:
			b = append(b[:i], append([]byte{0xff, 0x00}, b[i:]...)...)
		}
	}
	return b
}
