package pdfdoc

import (
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// A legacyCMap is a predefined CJK CMap over a national double-byte
// encoding (GBK, Shift-JIS, EUC-JP, EUC-KR, Big5), which older writers use
// with fonts that are not embedded. The bytes are that encoding's, so its
// decoder gives the text; lead tells the first byte of a two-byte code.
type legacyCMap struct {
	enc  encoding.Encoding
	lead func(b byte) bool
}

var (
	leadHigh = func(b byte) bool { return b >= 0x81 && b <= 0xFE }
	leadSJIS = func(b byte) bool { return (b >= 0x81 && b <= 0x9F) || (b >= 0xE0 && b <= 0xFC) }
	leadEUC  = func(b byte) bool { return b == 0x8E || (b >= 0xA1 && b <= 0xFE) }
)

// legacyCMapFor returns the decoder of a predefined CMap name, or nil.
func legacyCMapFor(n string) *legacyCMap {
	n = strings.TrimSuffix(strings.TrimSuffix(n, "-H"), "-V")
	switch n {
	case "GB-EUC", "GBpc-EUC", "GBK-EUC", "GBKp-EUC":
		return &legacyCMap{simplifiedchinese.GBK, leadHigh}
	case "GBK2K":
		return &legacyCMap{simplifiedchinese.GB18030, leadHigh}
	case "83pv-RKSJ", "90ms-RKSJ", "90msp-RKSJ", "90pv-RKSJ", "Add-RKSJ", "Ext-RKSJ", "RKSJ":
		return &legacyCMap{japanese.ShiftJIS, leadSJIS}
	case "EUC":
		return &legacyCMap{japanese.EUCJP, leadEUC}
	case "KSC-EUC", "KSCms-UHC", "KSCms-UHC-HW", "KSCpc-EUC":
		return &legacyCMap{korean.EUCKR, leadHigh}
	case "B5pc", "ETen-B5", "ETenms-B5", "HKscs-B5", "HKdla-B5", "HKdlb-B5", "HKgccs-B5", "HKm314-B5", "HKm471-B5":
		return &legacyCMap{traditionalchinese.Big5, leadHigh}
	}
	return nil
}

// glyphs splits s into one- and two-byte codes and decodes each; widths are
// the font's default for two-byte codes and half of it for one-byte ones
// (the CIDs, and so the /W widths, are not known without the CMap's tables).
func (m *legacyCMap) glyphs(f *font, s []byte, out []glyph) []glyph {
	dec := m.enc.NewDecoder()
	for i := 0; i < len(s); {
		n := 1
		if m.lead(s[i]) && i+1 < len(s) {
			n = 2
		}
		g := glyph{space: n == 1 && s[i] == ' ', width: f.dw * f.scale}
		if n == 1 {
			g.width /= 2
		}
		if b, err := dec.Bytes(s[i : i+n]); err == nil && len(b) > 0 && !strings.ContainsRune(string(b), '\ufffd') {
			g.text = string(b)
		}
		out = append(out, g)
		i += n
	}
	return out
}
