package synth

import (
	"bytes"
	"fmt"
	"time"
	"unicode/utf16"
)

// PDFOptions describes a generated PDF. The zero value is a one-page PDF 1.7
// with a classic cross-reference table and no document information.
type PDFOptions struct {
	Version               string // header version; "1.7" when empty
	Producer, Creator     string // written to the information dictionary when set
	CreationDate, ModDate time.Time
	Pages                 int  // page count; 1 when zero or less
	Encrypted             bool // add a /Standard /Encrypt dictionary (the content is not really encrypted)
	XRefStream            bool // write compressed cross-reference streams and put the catalog and info in an object stream
	Incremental           int  // append this many incremental updates, each rewriting the info dictionary
	Linearized            bool // lead with a linearization dictionary and a first-page cross-reference section
	// Lines is the text of each page, one string a line, set in Helvetica
	// (Latin-1 characters, WinAnsi encoding; others print as "?"). It
	// sets the page count when longer than Pages. Pages without lines say
	// "Page N".
	Lines [][]string
}

// Object numbers of the fixed objects; pages and contents follow.
const (
	pdfCatalog = 1 + iota
	pdfPages
	pdfInfo
	pdfEncrypt
	pdfFont
	pdfFirstPage
)

// PDF returns the bytes of a PDF made to opt. The same options give the
// same bytes.
func PDF(opt PDFOptions) []byte {
	if opt.Version == "" {
		opt.Version = "1.7"
	}
	opt.Pages = max(opt.Pages, len(opt.Lines), 1)
	w := &pdfWriter{opt: opt, offsets: map[int]int{}, packed: map[int][2]int{}}
	w.next = pdfFirstPage + 2*opt.Pages
	fmt.Fprintf(&w.buf, "%%PDF-%s\n%%\xe2\xe3\xcf\xd3\n", opt.Version)
	if opt.Linearized {
		w.linearized()
	} else {
		w.body()
		w.finish(w.section(true, w.trailerKeys(), -1))
	}
	for range opt.Incremental {
		w.update()
	}
	return w.buf.Bytes()
}

// body writes every object of the document once.
func (w *pdfWriter) body() {
	if !w.opt.XRefStream {
		w.object(pdfCatalog, pdfCatalogDict)
		w.object(pdfInfo, w.infoDict())
	}
	kids := &bytes.Buffer{}
	for i := range w.opt.Pages {
		fmt.Fprintf(kids, "%d 0 R ", pdfFirstPage+2*i)
	}
	w.object(pdfPages, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", kids, w.opt.Pages))
	if w.opt.Encrypted {
		w.object(pdfEncrypt, "<< /Filter /Standard /V 2 /R 3 /Length 128 /P -1028 /O <"+pdfHex32+"> /U <"+pdfHex32+"> >>")
	}
	font := "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
	if len(w.opt.Lines) > 0 {
		font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
	}
	w.object(pdfFont, font)
	for i := range w.opt.Pages {
		page := pdfFirstPage + 2*i
		w.object(page, fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>", pdfPages, page+1, pdfFont))
		content := fmt.Sprintf("BT /F1 24 Tf 72 720 Td (Page %d) Tj ET", i+1)
		if i < len(w.opt.Lines) {
			content = pdfLines(w.opt.Lines[i])
		}
		w.object(page+1, fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content))
	}
	if w.opt.XRefStream {
		w.objectStream(map[int]string{pdfCatalog: pdfCatalogDict, pdfInfo: w.infoDict()})
	}
}

const pdfCatalogDict = "<< /Type /Catalog /Pages 2 0 R >>"

// pdfHex32 stands in for the 32-byte /O and /U password hashes.
const pdfHex32 = "8f3c2a91d04e7b6655aa01ff3e9c7d20b4a1c6e2f0d3958877665544332211ff"

func (w *pdfWriter) infoDict() string {
	var b bytes.Buffer
	b.WriteString("<<")
	for _, kv := range []struct{ key, val string }{{"Producer", w.opt.Producer}, {"Creator", w.opt.Creator},
		{"CreationDate", pdfDate(w.opt.CreationDate)}, {"ModDate", pdfDate(w.opt.ModDate)}} {
		if kv.val != "" {
			fmt.Fprintf(&b, " /%s %s", kv.key, pdfString(kv.val))
		}
	}
	b.WriteString(" >>")
	return b.String()
}

// pdfDate formats t as D:YYYYMMDDHHmmSSOHH'mm', or "" for the zero time.
func pdfDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	s := t.Format("D:20060102150405-07'00'")
	if _, off := t.Zone(); off == 0 {
		s = t.Format("D:20060102150405") + "Z"
	}
	return s
}

// pdfString writes s as a literal string, or as UTF-16BE hex with a byte
// order mark when it is not ASCII.
func pdfString(s string) string {
	for _, r := range s {
		if r > 0x7e {
			var b bytes.Buffer
			b.WriteString("<FEFF")
			for _, u := range utf16.Encode([]rune(s)) {
				fmt.Fprintf(&b, "%04X", u)
			}
			return b.String() + ">"
		}
	}
	var b bytes.Buffer
	b.WriteByte('(')
	for i := 0; i < len(s); i++ {
		if s[i] == '(' || s[i] == ')' || s[i] == '\\' {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String() + ")"
}

// pdfLines is a content stream that sets lines of text down a page, 11
// points high and 15 apart, from the top-left margin.
func pdfLines(lines []string) string {
	var b bytes.Buffer
	b.WriteString("BT /F1 11 Tf 15 TL 56 780 Td")
	for _, l := range lines {
		b.WriteString(" (")
		for _, r := range l {
			switch {
			case r == '(' || r == ')' || r == '\\':
				b.WriteByte('\\')
				b.WriteRune(r)
			case r >= 0x20 && r < 0x7f:
				b.WriteRune(r)
			case r >= 0xa0 && r <= 0xff:
				fmt.Fprintf(&b, "\\%03o", r)
			default:
				b.WriteByte('?')
			}
		}
		b.WriteString(") Tj T*")
	}
	b.WriteString(" ET")
	return b.String()
}
