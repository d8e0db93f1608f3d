package pdfdoc

import (
	"bytes"
	"testing"
	"time"

	"github.com/kyclint/kyclint/pkg/internal/synth"
)

func inspect(t testing.TB, b []byte) *Info {
	t.Helper()
	info, err := Inspect(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatalf("Inspect: %v", err)
	}
	return info
}

var (
	created = time.Date(2026, 9, 21, 10, 0, 0, 0, time.FixedZone("", 2*3600))
	later   = created.Add(12 * 24 * time.Hour)
)

func TestInspectGenerated(t *testing.T) {
	tests := []struct {
		name string
		opt  synth.PDFOptions
		want Info
	}{
		{"plain", synth.PDFOptions{Producer: "Bank Statements 4.2", Creator: "Core", CreationDate: created, ModDate: created},
			Info{Version: "1.7", Revisions: 1, Pages: 1, Producer: "Bank Statements 4.2", Creator: "Core", CreationDate: created, ModDate: created}},
		{"xref stream", synth.PDFOptions{Producer: "p", XRefStream: true, Pages: 3},
			Info{Version: "1.7", Revisions: 1, Pages: 3, Producer: "p"}},
		{"incremental", synth.PDFOptions{Producer: "p", Incremental: 2},
			Info{Version: "1.7", Revisions: 3, Pages: 1, Producer: "p"}},
		{"incremental xref stream", synth.PDFOptions{Producer: "p", XRefStream: true, Incremental: 1},
			Info{Version: "1.7", Revisions: 2, Pages: 1, Producer: "p"}},
		{"linearized", synth.PDFOptions{Producer: "p", Linearized: true, Pages: 2},
			Info{Version: "1.7", Revisions: 1, Pages: 2, Producer: "p", Linearized: true}},
		{"linearized xref stream", synth.PDFOptions{Producer: "p", Linearized: true, XRefStream: true},
			Info{Version: "1.7", Revisions: 1, Pages: 1, Producer: "p", Linearized: true}},
		{"linearized then updated", synth.PDFOptions{Producer: "p", Linearized: true, Incremental: 1},
			Info{Version: "1.7", Revisions: 2, Pages: 1, Producer: "p", Linearized: true}},
		{"encrypted", synth.PDFOptions{Producer: "p", Encrypted: true},
			Info{Version: "1.7", Revisions: 1, Pages: 1, Encrypted: true, EncryptFilter: "Standard", EncryptRevision: 3}},
		// The catalog sits in an object stream, which is encrypted too.
		{"encrypted xref stream", synth.PDFOptions{Producer: "p", Encrypted: true, XRefStream: true},
			Info{Version: "1.7", Revisions: 1, Pages: -1, Encrypted: true, EncryptFilter: "Standard", EncryptRevision: 3}},
		{"unicode producer", synth.PDFOptions{Producer: "Żółw PDF", Version: "1.4"},
			Info{Version: "1.4", Revisions: 1, Pages: 1, Producer: "Żółw PDF"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := inspect(t, synth.PDF(tt.opt))
			if !sameInfo(got, &tt.want) {
				t.Errorf("got  %+v\nwant %+v", *got, tt.want)
			}
		})
	}
}

func sameInfo(a, b *Info) bool {
	return a.Version == b.Version && a.Encrypted == b.Encrypted && a.EncryptFilter == b.EncryptFilter &&
		a.EncryptRevision == b.EncryptRevision && a.Revisions == b.Revisions && a.Linearized == b.Linearized &&
		a.Producer == b.Producer && a.Creator == b.Creator && a.CreationDate.Equal(b.CreationDate) &&
		a.ModDate.Equal(b.ModDate) && a.Pages == b.Pages && len(a.Problems) == 0 && len(b.Problems) == 0
}

// errReader fails every read, as a vanished network file would.
type errReader struct{}

func (errReader) ReadAt([]byte, int64) (int, error) { return 0, errTest }

var errTest = bytes.ErrTooLarge

func TestInspectReturnsIOError(t *testing.T) {
	if _, err := Inspect(errReader{}, 1000); err == nil {
		t.Fatal("Inspect on a failing reader returned no error")
	}
}
