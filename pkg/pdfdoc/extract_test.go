package pdfdoc

import (
	"bytes"
	"compress/lzw"
	"compress/zlib"
	"encoding/ascii85"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kyclint/kyclint/pkg/internal/corpus"
	"github.com/kyclint/kyclint/pkg/internal/synth"
)

var updateGolden = flag.Bool("update", false, "rewrite testdata/text/*.txt from ExtractText")

func extractFile(t testing.TB, path string) (*Text, error) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return ExtractText(bytes.NewReader(b), int64(len(b)), TextOptions{})
}

// TestExtractGolden compares each fixture's text with its reviewed .txt.
func TestExtractGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/text/*.pdf")
	if len(files) < 6 {
		t.Fatalf("found %d fixtures", len(files))
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			txt, err := extractFile(t, f)
			if err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(f, ".pdf") + ".txt"
			if *updateGolden {
				os.WriteFile(golden, []byte(txt.String()), 0o644)
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got := txt.String(); got != string(want) {
				t.Errorf("text differs from %s:\n%s", golden, got)
			}
		})
	}
}

// TestExtractWords checks the words that the finders rely on, with their
// positions.
func TestExtractWords(t *testing.T) {
	txt, err := extractFile(t, "testdata/text/reportlab-statement-en.pdf")
	if err != nil {
		t.Fatal(err)
	}
	if len(txt.Pages) != 3 || txt.PageCount != 3 {
		t.Fatalf("%d pages read of %d", len(txt.Pages), txt.PageCount)
	}
	p := txt.Pages[0]
	if p.Width < 595 || p.Width > 596 || p.Height < 841 || p.Height > 842 {
		t.Errorf("page size %v×%v, want A4", p.Width, p.Height)
	}
	l := p.Lines[1]
	if got := l.Words[0]; got.Text != "Mr" || got.X < 55 || got.X > 57 || got.Y < 81 || got.Y > 83 || got.Size != 10 {
		t.Errorf("first word of the address: %+v", got)
	}
	b, _ := os.ReadFile("testdata/text/reportlab-statement-en.pdf")
	capped, err := ExtractText(bytes.NewReader(b), int64(len(b)), TextOptions{MaxPages: 1})
	if err != nil || len(capped.Pages) != 1 {
		t.Fatalf("MaxPages 1: %v pages, %v", len(capped.Pages), err)
	}
}

func TestExtractSynth(t *testing.T) {
	for name, opt := range map[string]synth.PDFOptions{
		"table":       {Pages: 5},
		"xrefstream":  {Pages: 5, XRefStream: true},
		"incremental": {Pages: 2, Incremental: 2, XRefStream: true},
		"linearized":  {Pages: 2, Linearized: true},
	} {
		t.Run(name, func(t *testing.T) {
			b := synth.PDF(opt)
			txt, err := ExtractText(bytes.NewReader(b), int64(len(b)), TextOptions{})
			if err != nil {
				t.Fatal(err)
			}
			want := min(opt.Pages, 3)
			if len(txt.Pages) != want {
				t.Fatalf("%d pages, want %d", len(txt.Pages), want)
			}
			for i, p := range txt.Pages {
				if got, w := p.String(), "Page "+string(rune('1'+i))+"\n"; got != w {
					t.Errorf("page %d: %q, want %q", i+1, got, w)
				}
			}
		})
	}
	b := synth.PDF(synth.PDFOptions{Encrypted: true})
	if _, err := ExtractText(bytes.NewReader(b), int64(len(b)), TextOptions{}); err != ErrEncrypted {
		t.Errorf("encrypted: %v, want ErrEncrypted", err)
	}
}

// handPDF builds a one-page PDF around a content stream and extra objects
// (numbered from 5), with an xref table.
func handPDF(content string, fontDict string, extra ...string) []byte {
	var b bytes.Buffer
	var offs []int
	obj := func(s string) {
		offs = append(offs, b.Len())
		b.WriteString(s)
	}
	b.WriteString("%PDF-1.4\n")
	obj("1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n")
	obj("2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1/MediaBox[0 0 600 800]>>endobj\n")
	obj("3 0 obj<</Type/Page/Parent 2 0 R/Contents 4 0 R/Resources<</Font<</F1 " + fontDict + ">>>>>>endobj\n")
	obj("4 0 obj<</Length " + itoa(len(content)) + ">>stream\n" + content + "\nendstream endobj\n")
	for i, e := range extra {
		obj(itoa(5+i) + " 0 obj" + e + "endobj\n")
	}
	x := b.Len()
	b.WriteString("xref\n0 " + itoa(len(offs)+1) + "\n0000000000 65535 f \n")
	for _, o := range offs {
		s := itoa(o)
		b.WriteString(strings.Repeat("0", 10-len(s)) + s + " 00000 n \n")
	}
	b.WriteString("trailer<</Size " + itoa(len(offs)+1) + "/Root 1 0 R>>\nstartxref\n" + itoa(x) + "\n%%EOF\n")
	return b.Bytes()
}

func itoa(n int) string { return strconv.Itoa(n) }

func textOf(t *testing.T, b []byte) string {
	t.Helper()
	txt, err := ExtractText(bytes.NewReader(b), int64(len(b)), TextOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return txt.String()
}

// TestExtractShifted reads a file whose objects moved after its xref table
// was written (bytes inserted in the middle): a scan finds them.
func TestExtractShifted(t *testing.T) {
	b, err := os.ReadFile("testdata/text/reportlab-statement-en.pdf")
	if err != nil {
		t.Fatal(err)
	}
	want := textOf(t, b)
	at := bytes.Index(b, []byte("\n10 0 obj")) // the content streams, after the catalog and page tree
	insert := "\n% an inserted comment\n"
	shifted := append(append(append([]byte{}, b[:at]...), insert...), b[at:]...)
	// Move startxref too, so that the chain reads and only the objects
	// before it are out of place.
	sx := bytes.LastIndex(shifted, []byte("startxref"))
	fields := strings.Fields(string(shifted[sx:]))
	old, _ := strconv.Atoi(fields[1])
	shifted = append(shifted[:sx], "startxref\n"+strconv.Itoa(old+len(insert))+"\n%%EOF\n"...)
	if info, _ := Inspect(bytes.NewReader(shifted), int64(len(shifted))); info.Revisions != 1 {
		t.Fatalf("the shifted file's chain does not read: %+v", info.Problems)
	}
	if got := textOf(t, shifted); got != want {
		t.Errorf("shifted file:\n%s", got)
	}
}

func TestExtractOperators(t *testing.T) {
	helv := "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>"
	for name, c := range map[string]struct{ content, font, want string }{
		"Tj and Td":               {"BT /F1 12 Tf 72 700 Td (Hello) Tj 30 0 Td (World) Tj 60 0 Td (Column) Tj ET", helv, "Hello World     Column\n\f"},
		"TJ kerning and word gap": {"BT /F1 12 Tf 72 700 Td [(Ke) 20 (rn) -400 (ed)] TJ ET", helv, "Kern ed\n\f"},
		"quote and T*":            {"BT /F1 12 Tf 14 TL 72 700 Td (one) Tj (two) ' 1 0.5 (three) \" T* (four) Tj ET", helv, "one\ntwo\nthree\nfour\n\f"},
		"reading order":           {"BT /F1 12 Tf 72 600 Td (second) Tj ET BT /F1 12 Tf 72 700 Td (first) Tj ET", helv, "first\n\nsecond\n\f"},
		"cm and q":                {"q 2 0 0 2 0 0 cm BT /F1 6 Tf 36 350 Td (scaled) Tj ET Q BT /F1 12 Tf 72 600 Td (below) Tj ET", helv, "scaled\n\nbelow\n\f"},
		"WinAnsi high":            {"BT /F1 12 Tf 72 700 Td (M\xfcller \x80 \x93x\x94) Tj ET", helv, "Müller € “x”\n\f"},
		"Differences": {"BT /F1 12 Tf 72 700 Td (\x01\x02\x03) Tj ET",
			"<</Type/Font/Subtype/Type1/BaseFont/X/Encoding<</Differences[1/adieresis/uni00DF/eacute.sc]>>>>", "äßé\n\f"},
		"fake bold":            {"BT /F1 12 Tf 72 700 Td (Bold) Tj ET BT /F1 12 Tf 72.3 700 Td (Bold) Tj ET BT /F1 12 Tf 72.6 700.2 Td (Bold) Tj ET", helv, "Bold\n\f"},
		"inline image skipped": {"BT /F1 12 Tf 72 700 Td (a) Tj ET BI /W 1 /H 1 ID \x00(Tj) EI BT /F1 12 Tf 72 600 Td (b) Tj ET", helv, "a\n\nb\n\f"},
	} {
		t.Run(name, func(t *testing.T) {
			if got := textOf(t, handPDF(c.content, c.font)); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// TestExtractRotate reads a page turned for display, whose text runs up the
// page in user space.
func TestExtractRotate(t *testing.T) {
	for rot, tm := range map[string]string{"90": "0 1 -1 0 100 72", "-270": "0 1 -1 0 100 72", "180": "-1 0 0 -1 500 700", "270": "0 -1 1 0 500 700"} {
		b := handPDF("BT /F1 12 Tf "+tm+" Tm (Upright) Tj 0 -20 Td (text) Tj ET", "<</Subtype/Type1/BaseFont/Helvetica>>")
		b = bytes.Replace(b, []byte("/Type/Page/"), []byte("/Type/Page/Rotate "+rot+"/"), 1)
		txt, err := ExtractText(bytes.NewReader(b), int64(len(b)), TextOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if got := txt.String(); got != "Upright\ntext\n\f" {
			t.Errorf("Rotate %s: %q", rot, got)
		}
		if p := txt.Pages[0]; (rot == "180") != (p.Width == 600) {
			t.Errorf("Rotate %s: page %v×%v", rot, p.Width, p.Height)
		}
	}
}

// TestExtractWithoutToUnicode reads Chromium's Identity-H fonts with their
// ToUnicode CMaps hidden: the embedded TrueType programs' cmap tables give
// the same text.
func TestExtractWithoutToUnicode(t *testing.T) {
	b, err := os.ReadFile("testdata/text/chromium-de-fr-zh.pdf")
	if err != nil {
		t.Fatal(err)
	}
	want := textOf(t, b)
	hidden := bytes.ReplaceAll(b, []byte("/ToUnicode"), []byte("/ToUnicodX"))
	if bytes.Equal(hidden, b) {
		t.Fatal("no ToUnicode to hide")
	}
	if got := textOf(t, hidden); got != want {
		t.Errorf("without ToUnicode:\n%s\nwant:\n%s", got, want)
	}
}

func TestExtractType0(t *testing.T) {
	cmap := "/CIDInit/ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <0000><FFFF> endcodespacerange " +
		"2 beginbfchar <0003><4F60> <0004><597D> endbfchar 1 beginbfrange <0010><0012><0041> endbfrange " +
		"1 beginbfrange <0020><0021>[<0066006C> <D83DDE00>] endbfrange endcmap"
	font := "<</Type/Font/Subtype/Type0/BaseFont/X/Encoding/Identity-H/DescendantFonts[<</Subtype/CIDFontType2/DW 1000/W[3[1000 1000]16 18 500]>>]/ToUnicode 5 0 R>>"
	b := handPDF("BT /F1 12 Tf 72 700 Td <00030004> Tj 0 -20 Td <001000110012> Tj 0 -20 Td <00200021> Tj ET", font,
		"<</Length "+itoa(len(cmap))+">>stream\n"+cmap+"\nendstream ")
	if got, want := textOf(t, b), "你好\nABC\nfl😀\n\f"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	for enc, want := range map[string]string{
		"GBK-EUC-H\xd6\xd0\xce\xc4 A":   "中文 A",
		"90ms-RKSJ-H\x93\xfa\x96\x7b 1": "日本 1",
		"KSC-EUC-H\xc7\xd1\xb1\xb9":     "한국",
		"ETen-B5-H\xa4\xa4\xa4\xe5":     "中文",
	} {
		name, code, _ := strings.Cut(enc, "-H")
		font := "<</Type/Font/Subtype/Type0/BaseFont/X/Encoding/" + name + "-H/DescendantFonts[<</Subtype/CIDFontType0>>]>>"
		if got := textOf(t, handPDF("BT /F1 12 Tf 72 700 Td ("+code+") Tj ET", font)); got != want+"\n\f" {
			t.Errorf("%s: got %q, want %q", name, got, want)
		}
	}
	ucs := "<</Type/Font/Subtype/Type0/BaseFont/STSong-Light/Encoding/UniGB-UCS2-H/DescendantFonts[<</Subtype/CIDFontType0>>]>>"
	if got, want := textOf(t, handPDF("BT /F1 12 Tf 72 700 Td <4E2D6587> Tj ET", ucs)), "中文\n\f"; got != want {
		t.Errorf("UCS2: got %q, want %q", got, want)
	}
}

func TestExtractFilters(t *testing.T) {
	content := "BT /F1 12 Tf 72 700 Td (Filtered) Tj ET"
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write([]byte(content))
	zw.Close()
	a85 := make([]byte, ascii85.MaxEncodedLen(z.Len()))
	a85 = a85[:ascii85.Encode(a85, z.Bytes())]
	hex := []byte{}
	for _, c := range []byte(content) {
		hex = append(hex, "0123456789ABCDEF"[c>>4], "0123456789ABCDEF"[c&15], ' ')
	}
	for name, c := range map[string]struct {
		filter string
		data   []byte
	}{
		"ASCII85+Flate": {"[/A85 /FlateDecode]", append(a85, '~', '>')},
		"ASCIIHex":      {"/ASCIIHexDecode", append(hex, '>')},
		"RunLength":     {"/RunLengthDecode", append(append([]byte{byte(len(content) - 1)}, content...), 128)},
	} {
		t.Run(name, func(t *testing.T) {
			b := handPDF("", "<</Subtype/Type1/BaseFont/Helvetica>>")
			b = bytes.Replace(b, []byte("/Length 0>>stream\n"), []byte("/Length "+itoa(len(c.data))+"/Filter "+c.filter+">>stream\n"+string(c.data)), 1)
			// The xref offsets are now wrong; the object scan finds them.
			if got := textOf(t, b); got != "Filtered\n\f" {
				t.Errorf("got %q", got)
			}
		})
	}
	// PDF 32000-1 §7.4.4.2's example.
	spec, err := unlzw([]byte{0x80, 0x0B, 0x60, 0x50, 0x22, 0x0C, 0x0C, 0x85, 0x01}, nil, 1<<20)
	if err != nil || string(spec) != "-----A---B" {
		t.Errorf("LZW: %q, %v", spec, err)
	}
	// Go's compress/lzw writes PDF's code order without the early change.
	var lz bytes.Buffer
	long := strings.Repeat("kyclint reads statements; ", 400)
	lw := lzw.NewWriter(&lz, lzw.MSB, 8)
	lw.Write([]byte(long))
	lw.Close()
	if got, err := unlzw(lz.Bytes(), dict{"EarlyChange": int64(0)}, 1<<20); err != nil || string(got) != long {
		t.Errorf("LZW EarlyChange 0: %d bytes, %v", len(got), err)
	}
	rl, _ := unrunlength([]byte{254, 'x', 1, 'a', 'b', 128}, 1<<20)
	if string(rl) != "xxxab" {
		t.Errorf("RunLength: %q", rl)
	}
}

func TestExtractBombs(t *testing.T) {
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write(bytes.Repeat([]byte("BT /F1 1 Tf (x) Tj ET "), 2_000_000)) // 44 MB
	zw.Close()
	b := handPDF("", "<</Subtype/Type1/BaseFont/Helvetica>>")
	b = bytes.Replace(b, []byte("/Length 0>>stream\n"), []byte("/Length "+itoa(z.Len())+"/Filter/FlateDecode>>stream\n"+z.String()), 1)
	start := time.Now()
	txt, err := ExtractText(bytes.NewReader(b), int64(len(b)), TextOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(txt.String()) > 100 || time.Since(start) > 5*time.Second {
		t.Errorf("bomb: %d bytes of text in %v", len(txt.String()), time.Since(start))
	}
	loop := handPDF("BT /F1 1 Tf (x) Tj ET", "<</Subtype/Type1/BaseFont/Helvetica>>")
	loop = bytes.Replace(loop, []byte("/Kids[3 0 R]"), []byte("/Kids[2 0 R 2 0 R 3 0 R]"), 1)
	if _, err := ExtractText(bytes.NewReader(loop), int64(len(loop)), TextOptions{}); err != nil {
		t.Errorf("page tree loop: %v", err)
	}
	scan := []byte("%PDF-1.4\n" + strings.Repeat("1 0 obj 2 0 obj<</Kids[1 0 R]>> ", 200_000)) // 6.6 MB, no xref, no trailer
	start = time.Now()
	if _, err := ExtractText(bytes.NewReader(scan), int64(len(scan)), TextOptions{}); err == nil || time.Since(start) > 5*time.Second {
		t.Errorf("object scan: %v in %v", err, time.Since(start))
	}
	// A form that shows itself a thousand times: the nesting cap and the
	// operator cap stop it.
	form := strings.Repeat("/X Do ", 1000)
	forms := handPDF("/X Do", "<</Subtype/Type1/BaseFont/Helvetica>>",
		"<</Type/XObject/Subtype/Form/Resources<</XObject<</X 5 0 R>>>>/Length "+itoa(len(form))+">>stream\n"+form+"\nendstream ")
	forms = bytes.Replace(forms, []byte("/Resources<<"), []byte("/Resources<</XObject<</X 5 0 R>>"), 1)
	start = time.Now()
	if _, err := ExtractText(bytes.NewReader(forms), int64(len(forms)), TextOptions{}); err != nil || time.Since(start) > 3*time.Second {
		t.Errorf("form bomb: %v in %v", err, time.Since(start))
	}
	t.Logf("form bomb: %v", time.Since(start))
	many := handPDF(strings.Repeat("0 0 Td ", 600_000), "<</Subtype/Type1/BaseFont/Helvetica>>")
	txt, err = ExtractText(bytes.NewReader(many), int64(len(many)), TextOptions{})
	if err != nil || !txt.Truncated {
		t.Errorf("operator cap: truncated=%v, %v", txt != nil && txt.Truncated, err)
	}
}

// TestExtractCorpus reads every PDF of the shared corpus: no panic, no hang.
func TestExtractCorpus(t *testing.T) {
	dir := corpus.Dir(t, "")
	n := 0
	filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.EqualFold(filepath.Ext(path), ".pdf") {
			return nil
		}
		n++
		rel, _ := filepath.Rel(dir, path)
		t.Run(rel, func(t *testing.T) {
			start := time.Now()
			txt, err := extractFile(t, path)
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("took %v", d)
			}
			if err != nil {
				t.Logf("%v", err)
				return
			}
			t.Logf("%d pages of %d, %d bytes of text", len(txt.Pages), txt.PageCount, len(txt.String()))
		})
		return nil
	})
	if n == 0 {
		t.Skip("no PDF in the corpus")
	}
}

func BenchmarkText(b *testing.B) {
	pdf, err := os.ReadFile("testdata/text/reportlab-statement-en.pdf")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(pdf)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ExtractText(bytes.NewReader(pdf), int64(len(pdf)), TextOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

var (
	dumpList = flag.String("dump-list", "", "for compare-pdftotext.sh: a file listing PDFs, one a line")
	dumpDir  = flag.String("dump-dir", "", "for compare-pdftotext.sh: where to write N.txt, the text of the N-th PDF (from 1), or N.err")
)

// TestDumpText writes ExtractText's output for .github/scripts/compare-pdftotext.sh.
func TestDumpText(t *testing.T) {
	if *dumpList == "" || *dumpDir == "" {
		t.Skip("only for compare-pdftotext.sh")
	}
	list, err := os.ReadFile(*dumpList)
	if err != nil {
		t.Fatal(err)
	}
	for i, path := range strings.Split(strings.TrimSpace(string(list)), "\n") {
		out := filepath.Join(*dumpDir, strconv.Itoa(i+1))
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		txt, err := ExtractText(bytes.NewReader(b), int64(len(b)), TextOptions{})
		ms := strconv.FormatFloat(float64(time.Since(start).Microseconds())/1000, 'f', 2, 64)
		if err != nil {
			os.WriteFile(out+".err", []byte(err.Error()+"\n"), 0o644)
		} else {
			os.WriteFile(out+".txt", []byte(txt.String()), 0o644)
		}
		os.WriteFile(out+".ms", []byte(ms+"\n"), 0o644)
	}
}

func TestLogicalOrder(t *testing.T) {
	w := []Word{{Text: "Tel:"}, {Text: "ملاعلاب", X: 10}, {Text: "ابحرم", X: 50}, {Text: "2026"}}
	logicalOrder(w)
	if w[1].Text != "مرحبا" || w[1].X != 50 || w[2].Text != "بالعالم" || w[0].Text != "Tel:" || w[3].Text != "2026" {
		t.Errorf("got %+v", w)
	}
}
