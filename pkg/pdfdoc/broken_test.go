package pdfdoc

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/synth"
)

// replaceLast replaces the last occurrence of old in b.
func replaceLast(b []byte, old, new string) []byte {
	i := bytes.LastIndex(b, []byte(old))
	if i < 0 {
		panic("replaceLast: " + old + " not found")
	}
	return append(append(append([]byte{}, b[:i]...), new...), b[i+len(old):]...)
}

// lastStartxref returns the value of the file's last startxref.
func lastStartxref(b []byte) string {
	m := regexp.MustCompile(`startxref\s+(\d+)`).FindAllSubmatch(b, -1)
	return string(m[len(m)-1][1])
}

// prevLoop makes the newest section's /Prev name itself, keeping the length.
func prevLoop() []byte {
	b := synth.PDF(synth.PDFOptions{Producer: "p", Incremental: 1})
	m := regexp.MustCompile(`/Prev \d+ >>`).Find(b)
	self := lastStartxref(b)
	repl := "/Prev " + self + strings.Repeat(" ", len(m)-len("/Prev ")-len(self)-2) + ">>"
	return bytes.Replace(b, m, []byte(repl), 1)
}

// bomb is an xref stream whose data inflates past maxDecodedBytes.
func bomb() []byte {
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write(make([]byte, maxDecodedBytes+1024))
	zw.Close()
	var b bytes.Buffer
	b.WriteString("%PDF-1.5\n")
	fmt.Fprintf(&b, "1 0 obj\n<< /Type /XRef /Size 2 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length %d >>\nstream\n", z.Len())
	b.Write(z.Bytes())
	b.WriteString("\nendstream\nendobj\nstartxref\n9\n%%EOF\n")
	return b.Bytes()
}

func TestInspectBroken(t *testing.T) {
	plain := synth.PDF(synth.PDFOptions{Producer: "p", Pages: 2})
	stream := synth.PDF(synth.PDFOptions{Producer: "p", XRefStream: true})
	tests := []struct {
		name string
		in   []byte
		kind ProblemKind
		text string // in the first problem of that kind
	}{
		{"empty", nil, NoHeader, ""},
		{"not a pdf", []byte("oops\n"), NoStartXref, ""},
		{"no header", bytes.Replace(plain, []byte("%PDF-"), []byte("%XYZ-"), 1), NoHeader, ""},
		{"no eof", bytes.TrimSuffix(plain, []byte("%%EOF\n")), NoEOF, ""},
		{"truncated", plain[:len(plain)/2], NoStartXref, ""},
		{"startxref without offset", replaceLast(plain, "startxref\n"+lastStartxref(plain), "startxref\nnone"), BadXref, "no offset"},
		{"startxref past the end", replaceLast(plain, "startxref\n"+lastStartxref(plain), "startxref\n99999999"), BadXref, "outside the file"},
		{"garbage xref", bytes.Replace(plain, []byte("xref\n0 "), []byte("xref\nz0 "), 1), BadXref, "xref syntax invalid"},
		{"bad entry", bytes.Replace(plain, []byte("00000 n"), []byte("00000 q"), 1), BadXref, "invalid xref entry"},
		{"wrong offset", bytes.Replace(plain, []byte("0000000015 00000 n"), []byte("0000000016 00000 n"), 1), BadXref, "object 1 is not at offset 16"},
		{"no root", replaceLast(plain, "/Root", "/Rxxx"), BadXref, "no /Root"},
		{"prev loop", prevLoop(), BadXref, "/Prev loop"},
		{"huge length", replaceLast(stream, "/Length", "/Length 999999999 /X"), BadXref, "runs past the end"},
		{"bomb", bomb(), BadXref, "more than 16 MiB"},
		{"deep nesting", replaceLast(plain, "/Root", "/A "+strings.Repeat("[", 100)+" /Root"), BadXref, "nesting deeper"},
		{"missing endobj", bytes.Replace(plain, []byte(">>\nendobj\n3 0 obj"), []byte(">>\n      \n3 0 obj"), 1), BadObject, "expected endobj"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			info := inspect(t, tt.in)
			if !info.Corrupt() {
				t.Fatalf("not corrupt: %+v", info)
			}
			for _, p := range info.Problems {
				if p.Kind == tt.kind && strings.Contains(p.String(), tt.text) {
					return
				}
			}
			t.Errorf("problems %v, want %s containing %q", info.Problems, tt.kind, tt.text)
		})
	}
}

// zeroFile is a huge file of zero bytes that counts what is read from it.
type zeroFile struct{ read int64 }

func (z *zeroFile) ReadAt(p []byte, off int64) (int, error) {
	clear(p)
	z.read += int64(len(p))
	return len(p), nil
}

func TestInspectReadsLittleOfAHugeFile(t *testing.T) {
	z := &zeroFile{}
	info, err := Inspect(z, 10<<30)
	if err != nil {
		t.Fatal(err)
	}
	if !info.Corrupt() {
		t.Error("10 GiB of zeros is not corrupt")
	}
	if z.read > 256<<10 {
		t.Errorf("read %d bytes of a 10 GiB file to reject it", z.read)
	}
}
