package synth

import (
	"bytes"
	"fmt"
)

// Placeholders patched once the offsets they stand for are known; the
// zero-padded numbers keep every offset stable.
const (
	pdfLengthMark = "/L 0000000000"
	pdfPrevMark   = "/Prev 0000000000"
)

// linearized writes the linearization dictionary and a first-page section
// before the body, and the main section after it. startxref at the end
// names the first-page section, whose /Prev names the main one: one save,
// two sections.
func (w *pdfWriter) linearized() {
	lin := w.alloc()
	w.object(lin, fmt.Sprintf("<< /Linearized 1 %s /H [0 0] /O %d /E 0 /N %d /T 0 >>", pdfLengthMark, pdfFirstPage, w.opt.Pages))
	firstPage := w.section(false, w.trailerKeys()+" "+pdfPrevMark, -1)
	fmt.Fprintf(&w.buf, "startxref\n0\n%%%%EOF\n")
	w.body()
	main := w.section(true, "", -1)
	w.finish(firstPage)
	w.patch(pdfPrevMark, fmt.Sprintf("/Prev %010d", main))
	w.patch(pdfLengthMark, fmt.Sprintf("/L %010d", w.buf.Len()))
}

// update appends an incremental update that rewrites the info dictionary.
func (w *pdfWriter) update() {
	w.object(pdfInfo, w.infoDict())
	w.finish(w.section(false, w.trailerKeys(), w.lastXref))
}

func (w *pdfWriter) patch(mark, value string) {
	b := w.buf.Bytes()
	if i := bytes.Index(b, []byte(mark)); i >= 0 {
		copy(b[i:], value)
	}
}
