package pdfdoc

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/kyclint/kyclint/pkg/internal/synth"
)

// FuzzText runs ExtractText on mutated PDFs: it must not panic, must keep to
// its caps, and must finish quickly. Seeds: testdata/fuzz/FuzzText, the
// small fixtures and generated files with each structure.
func FuzzText(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add(s)
	}
	f.Add(synth.PDF(synth.PDFOptions{XRefStream: true, Pages: 4, Incremental: 1}))
	helv := "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding<</BaseEncoding/WinAnsiEncoding/Differences[1/adieresis]>>>>"
	f.Add(handPDF("BT /F1 12 Tf 14 TL 72 700 Td (a\x01b) Tj [(c) -300 (d)] TJ (e) ' 1 0 (f) \" ET", helv))
	cmap := "1 begincodespacerange <0000><FFFF> endcodespacerange 1 beginbfchar <0003><4F60> endbfchar 1 beginbfrange <0010><0012><0041> endbfrange"
	f.Add(handPDF("BT /F1 12 Tf 72 700 Td <00030010> Tj ET",
		"<</Subtype/Type0/Encoding/Identity-H/DescendantFonts[<</W[3[1000]16 18 500]>>]/ToUnicode 5 0 R>>",
		"<</Length "+itoa(len(cmap))+">>stream\n"+cmap+"\nendstream "))
	lzw := "\x80\x0B\x60\x50\x22\x0C\x0C\x85\x01"
	f.Add(handPDF("q 1 0 0 1 0 0 cm /X0 Do Q BI /W 1 ID x EI", "<</Subtype/Type1/Encoding/MacRomanEncoding>>",
		"<</Length 9/Filter[/LZW]>>stream\n"+lzw+"\nendstream "))
	for _, name := range []string{"text/reportlab-statement-en.pdf", "text/groff-gs-de.pdf", "text/enscript-gs-fr.pdf",
		"crypt/rc4-40.pdf", "crypt/aes-128-objstm.pdf", "crypt/aes-256.pdf"} {
		if b, err := os.ReadFile(filepath.Join("testdata", name)); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		start := time.Now()
		txt, err := ExtractText(bytes.NewReader(b), int64(len(b)), TextOptions{})
		if d := time.Since(start); d > 3*time.Second {
			t.Fatalf("took %v on %d bytes", d, len(b))
		}
		if err != nil {
			return
		}
		if len(txt.Pages) > 3 {
			t.Fatalf("%d pages read, cap 3", len(txt.Pages))
		}
		s := txt.String()
		if len(s) > maxGlyphRunes+1<<16 {
			t.Fatalf("%d bytes of text", len(s))
		}
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8")
		}
	})
}

// FuzzTrueTypeCmap feeds font programs to the cmap reader behind the
// fallback for Type0 fonts without ToUnicode: no panic, bounded output.
func FuzzTrueTypeCmap(f *testing.F) {
	// A font with a format 4 subtable mapping 'A'-'C' to glyphs 1-3, and a
	// segment that covers all of the BMP.
	cmap := []byte{0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12,
		0, 4, 0, 32, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0,
		0, 'C', 0xFF, 0xFF, 0, 0, 0, 'A', 0, 0, 0xFF, 0xC0, 0, 1, 0, 0, 0, 0}
	font := append([]byte{0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 'c', 'm', 'a', 'p', 0, 0, 0, 0, 0, 0, 0, 28, 0, 0, 0, byte(len(cmap))}, cmap...)
	if m := trueTypeGlyphText(font); m[1] != 'A' || m[3] != 'C' || len(m) != 65535 {
		f.Fatalf("seed font: %d entries, 1→%q 3→%q", len(m), m[1], m[3])
	}
	f.Add(font)
	f.Fuzz(func(t *testing.T, b []byte) {
		start := time.Now()
		m := trueTypeGlyphText(b)
		if len(m) > maxCMapEntries || time.Since(start) > time.Second {
			t.Fatalf("%d entries in %v", len(m), time.Since(start))
		}
	})
}
