package synth

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"maps"
	"slices"
)

// A pdfWriter appends objects and cross-reference sections to a buffer.
type pdfWriter struct {
	opt      PDFOptions
	buf      bytes.Buffer
	next     int            // the next free object number
	offsets  map[int]int    // object number → file offset of its latest copy
	packed   map[int][2]int // object number → object stream and index
	pending  []int          // objects written since the last section
	lastXref int            // what the last startxref named
}

func (w *pdfWriter) alloc() int {
	w.next++
	return w.next - 1
}

func (w *pdfWriter) object(num int, body string) {
	w.offsets[num] = w.buf.Len()
	delete(w.packed, num) // a rewritten object leaves its object stream
	w.pending = append(w.pending, num)
	fmt.Fprintf(&w.buf, "%d 0 obj\n%s\nendobj\n", num, body)
}

// objectStream packs objs into one compressed object stream.
func (w *pdfWriter) objectStream(objs map[int]string) {
	stm := w.alloc()
	var head, data bytes.Buffer
	for i, n := range slices.Sorted(maps.Keys(objs)) {
		fmt.Fprintf(&head, "%d %d ", n, data.Len())
		data.WriteString(objs[n] + "\n")
		w.packed[n] = [2]int{stm, i}
		w.pending = append(w.pending, n)
	}
	z := pdfDeflate(append(head.Bytes(), data.Bytes()...))
	w.object(stm, fmt.Sprintf("<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream",
		len(objs), head.Len(), len(z), z))
}

func (w *pdfWriter) trailerKeys() string {
	s := fmt.Sprintf("/Root %d 0 R", pdfCatalog)
	if w.opt.Producer != "" || w.opt.Creator != "" || !w.opt.CreationDate.IsZero() || !w.opt.ModDate.IsZero() {
		s += fmt.Sprintf(" /Info %d 0 R", pdfInfo)
	}
	if w.opt.Encrypted {
		s += fmt.Sprintf(" /Encrypt %d 0 R", pdfEncrypt)
	}
	return s + " /ID [<6b79636c696e742d73796e74682d3031><6b79636c696e742d73796e74682d3031>]"
}

// section writes a cross-reference section for the pending objects (and
// object 0 when first) and returns its offset. prev < 0 means no /Prev.
func (w *pdfWriter) section(first bool, trailer string, prev int) int {
	if prev >= 0 {
		trailer += fmt.Sprintf(" /Prev %d", prev)
	}
	if w.opt.XRefStream {
		return w.xrefStream(first, trailer)
	}
	nums := w.takePending(first)
	off := w.buf.Len()
	w.buf.WriteString("xref\n")
	for _, run := range pdfRuns(nums) {
		fmt.Fprintf(&w.buf, "%d %d\n", run[0], len(run))
		for _, n := range run {
			if n == 0 {
				w.buf.WriteString("0000000000 65535 f \n")
			} else {
				fmt.Fprintf(&w.buf, "%010d 00000 n \n", w.offsets[n])
			}
		}
	}
	fmt.Fprintf(&w.buf, "trailer\n<< /Size %d %s >>\n", w.next, trailer)
	return off
}

// xrefStream writes a section as a FlateDecode stream with the PNG Up
// predictor, as PDF 1.5 writers do.
func (w *pdfWriter) xrefStream(first bool, trailer string) int {
	num := w.alloc()
	off := w.buf.Len()
	w.offsets[num] = off
	w.pending = append(w.pending, num)
	nums := w.takePending(first)
	var rows bytes.Buffer
	prev := make([]byte, 7)
	for _, n := range nums {
		row := w.streamRow(n)
		rows.WriteByte(2) // PNG Up
		for i := range row {
			rows.WriteByte(row[i] - prev[i])
		}
		prev = row
	}
	var index bytes.Buffer
	for _, run := range pdfRuns(nums) {
		fmt.Fprintf(&index, "%d %d ", run[0], len(run))
	}
	z := pdfDeflate(rows.Bytes())
	fmt.Fprintf(&w.buf, "%d 0 obj\n<< /Type /XRef /Size %d /Index [%s] /W [1 4 2] /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 7 >> /Length %d %s >>\nstream\n%s\nendstream\nendobj\n",
		num, w.next, index.String(), len(z), trailer, z)
	return off
}

func (w *pdfWriter) streamRow(n int) []byte {
	kind, a, b := 1, w.offsets[n], 0
	if n == 0 {
		kind, a, b = 0, 0, 65535
	} else if p, ok := w.packed[n]; ok {
		kind, a, b = 2, p[0], p[1]
	}
	return []byte{byte(kind), byte(a >> 24), byte(a >> 16), byte(a >> 8), byte(a), byte(b >> 8), byte(b)}
}

// takePending returns the pending objects, sorted and unique, and clears
// them; packed objects are kept out of classic tables.
func (w *pdfWriter) takePending(first bool) []int {
	nums := slices.Clone(w.pending)
	if first {
		nums = append(nums, 0)
	}
	slices.Sort(nums)
	w.pending = w.pending[:0]
	return slices.Compact(nums)
}

// finish ends a revision with startxref and %%EOF.
func (w *pdfWriter) finish(xref int) {
	w.lastXref = xref
	fmt.Fprintf(&w.buf, "startxref\n%d\n%%%%EOF\n", xref)
}

// pdfRuns splits sorted numbers into runs of consecutive ones.
func pdfRuns(nums []int) [][]int {
	var runs [][]int
	for i, n := range nums {
		if i == 0 || n != nums[i-1]+1 {
			runs = append(runs, nil)
		}
		runs[len(runs)-1] = append(runs[len(runs)-1], n)
	}
	return runs
}

func pdfDeflate(b []byte) []byte {
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write(b)
	zw.Close()
	return z.Bytes()
}
