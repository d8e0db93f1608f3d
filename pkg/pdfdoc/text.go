package pdfdoc

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// pdfDocHigh maps the PDFDocEncoding bytes 0x80–0xA0 that differ from
// Latin-1 (PDF 32000-1 Annex D); 0x9F is undefined.
var pdfDocHigh = []rune("•†‡…—–ƒ⁄‹›−‰„“”‘’‚™ﬁﬂŁŒŠŸŽıłœšž\ufffd€")

// decodeText decodes a PDF text string: UTF-16BE or UTF-8 with a byte order
// mark, else PDFDocEncoding. The result is trimmed and cut to maxTextRunes.
func decodeText(b []byte) string {
	var r []rune
	switch {
	case len(b) >= 2 && b[0] == 0xFE && b[1] == 0xFF:
		u := make([]uint16, 0, len(b)/2)
		for i := 2; i+1 < len(b); i += 2 {
			u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
		}
		r = utf16.Decode(u)
	case len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF && utf8.Valid(b[3:]):
		r = []rune(string(b[3:]))
	default:
		r = make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c)
			if c >= 0x80 && c <= 0xA0 {
				r[i] = pdfDocHigh[c-0x80]
			}
		}
	}
	if len(r) > maxTextRunes {
		r = r[:maxTextRunes]
	}
	return strings.TrimFunc(string(r), func(c rune) bool { return c <= ' ' || c == '\ufeff' })
}
