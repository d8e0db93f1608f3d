package pdfdoc

import (
	"errors"
	"io"
)

// Inspect reads the structure of the PDF file r of the given size. The
// error reports only a failure of r; a damaged or hostile file yields an
// Info whose Problems say what is wrong.
func Inspect(r io.ReaderAt, size int64) (*Info, error) {
	d := &doc{
		src:  &source{r: r, size: size},
		info: &Info{Pages: -1},
		xref: xrefSet{entries: map[int64]entry{}, trailer: dict{}},
	}
	d.run()
	if d.src.err != nil {
		return nil, d.src.err
	}
	return d.info, nil
}

func (d *doc) run() {
	head, _ := d.src.readAt(0, headWindow)
	version, ok := header(head)
	if !ok {
		d.info.addProblem(NoHeader, "")
	}
	d.info.Version = version
	d.linEnd, d.info.Linearized = linearized(head)
	tail, _ := d.src.readAt(max(0, d.src.size-tailWindow), tailWindow)
	if !hasEOF(tail) {
		d.info.addProblem(NoEOF, "")
	}
	if !d.findChain(tail) {
		return
	}
	d.countRevisions()
	d.checkTrailer()
	d.readEncrypt()
	d.verifyOffsets()
	d.readCatalog()
	d.readInfo()
}

// findChain locates startxref and walks the sections from there. It
// reports whether at least one section was read.
func (d *doc) findChain(tail []byte) bool {
	off, found, ok := startxref(tail)
	switch {
	case !found:
		d.info.addProblem(NoStartXref, "")
		return false
	case !ok:
		d.info.addProblem(BadXref, "startxref has no offset")
		return false
	case off >= d.src.size:
		d.info.addProblem(BadXref, "startxref offset %d is outside the file", off)
		return false
	}
	d.walkChain(off)
	return len(d.xref.sections) > 0
}

// countRevisions counts the saves. A linearized file's first-page section,
// right after the linearization dictionary, links to its main section with
// /Prev, but both were written in one save.
func (d *doc) countRevisions() {
	n := len(d.xref.sections)
	for _, off := range d.xref.sections {
		if d.info.Linearized && n >= 2 && off >= d.linEnd && off-d.linEnd <= 64 {
			n--
			break
		}
	}
	d.info.Revisions = n
}

// fail records err as a problem of kind k.
func (d *doc) fail(k ProblemKind, err error) {
	var ioe *ioError
	if errors.As(err, &ioe) {
		return // Inspect returns it instead
	}
	d.info.addProblem(k, "%v", err)
}
