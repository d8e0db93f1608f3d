package synth

import (
	"bytes"
	"regexp"
	"strconv"
	"testing"
	"time"
)

// pdfObjectsAt checks that every in-use entry of every classic xref table in
// b points at the object it names.
func pdfObjectsAt(t *testing.T, b []byte) {
	t.Helper()
	sub := regexp.MustCompile(`(?m)^(\d+) (\d+)\n((?:\d{10} \d{5} [nf] \n)+)`)
	for _, m := range sub.FindAllSubmatch(b, -1) {
		first, _ := strconv.Atoi(string(m[1]))
		for i, line := range bytes.Split(bytes.TrimSpace(m[3]), []byte("\n")) {
			if line[17] != 'n' {
				continue
			}
			off, _ := strconv.Atoi(string(line[:10]))
			want := strconv.Itoa(first+i) + " 0 obj"
			if !bytes.HasPrefix(b[off:], []byte(want)) {
				t.Errorf("entry for object %d points at %q", first+i, b[off:min(off+12, len(b))])
			}
		}
	}
}

func TestPDFStructure(t *testing.T) {
	day := time.Date(2026, 10, 3, 14, 15, 16, 0, time.FixedZone("", 3600))
	tests := []struct {
		name  string
		opt   PDFOptions
		wants []string
	}{
		{"default", PDFOptions{}, []string{"%PDF-1.7\n", "/Count 1 ", "startxref\n", "%%EOF\n"}},
		{"info", PDFOptions{Producer: "A (b)", Creator: "Ł", CreationDate: day, ModDate: day.UTC()},
			[]string{`/Producer (A \(b\))`, "/Creator <FEFF0141>", "/CreationDate (D:20261003141516+01'00')", "/ModDate (D:20261003131516Z)", "/Info 3 0 R"}},
		{"pages", PDFOptions{Pages: 3}, []string{"/Count 3 ", "(Page 3)"}},
		{"encrypted", PDFOptions{Encrypted: true}, []string{"/Encrypt 4 0 R", "/Filter /Standard"}},
		{"xref stream", PDFOptions{XRefStream: true}, []string{"/Type /XRef", "/Type /ObjStm", "/Predictor 12"}},
		{"incremental", PDFOptions{Incremental: 2}, []string{"/Prev "}},
		{"linearized", PDFOptions{Linearized: true}, []string{"/Linearized 1 /L ", "startxref\n0\n%%EOF"}},
		{"version", PDFOptions{Version: "1.4"}, []string{"%PDF-1.4\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := PDF(tt.opt)
			for _, w := range tt.wants {
				if !bytes.Contains(b, []byte(w)) {
					t.Errorf("output lacks %q", w)
				}
			}
			pdfObjectsAt(t, b)
			if !bytes.Equal(b, PDF(tt.opt)) {
				t.Error("two calls with the same options differ")
			}
		})
	}
}

func TestPDFRevisionsAndLength(t *testing.T) {
	b := PDF(PDFOptions{Incremental: 2})
	if n := bytes.Count(b, []byte("%%EOF")); n != 3 {
		t.Errorf("%d %%%%EOF markers for 2 updates, want 3", n)
	}
	b = PDF(PDFOptions{Linearized: true, Pages: 2})
	m := regexp.MustCompile(`/L (\d+)`).FindSubmatch(b)
	if l, _ := strconv.Atoi(string(m[1])); l != len(b) {
		t.Errorf("/L %d, file is %d bytes", l, len(b))
	}
	m = regexp.MustCompile(`startxref\n(\d+)\n%%EOF\n$`).FindSubmatch(b)
	if off, _ := strconv.Atoi(string(m[1])); !bytes.HasPrefix(b[off:], []byte("xref\n")) || off > len(b)/2 {
		t.Errorf("final startxref %d does not name the first-page xref table", off)
	}
}
