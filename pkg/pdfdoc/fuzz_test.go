package pdfdoc

import (
	"bytes"
	"testing"
	"time"

	"github.com/kyclint/kyclint/pkg/internal/synth"
)

// fuzzSeeds are valid files of each structure, which mutation then breaks.
func fuzzSeeds() [][]byte {
	return [][]byte{
		synth.PDF(synth.PDFOptions{Producer: "p", CreationDate: created, ModDate: later}),
		synth.PDF(synth.PDFOptions{XRefStream: true, Producer: "p", Incremental: 1}),
		synth.PDF(synth.PDFOptions{Linearized: true, Encrypted: true}),
		synth.PDF(synth.PDFOptions{Linearized: true, XRefStream: true, Pages: 2}),
		[]byte("%PDF-1.4\n1 0 obj<</A(\\)x\\061)/B<4a4>/C[1 0 R -2.5 /N#20]>>endobj\nxref\n0 2\n0000000000 65535 f\n0000000009 00000 n\ntrailer<</Size 2/Root 1 0 R/Info 1 0 R>>\nstartxref\n82\n%%EOF"),
	}
}

func FuzzInspect(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		start := time.Now()
		info, err := Inspect(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			t.Fatalf("Inspect on memory returned an I/O error: %v", err)
		}
		if info.Pages < -1 || info.Revisions < 0 || info.Revisions > maxSections {
			t.Fatalf("out of range: %+v", info)
		}
		if info.Encrypted && info.Producer != "" {
			t.Fatalf("producer read from an encrypted file")
		}
		info.EditedBy()
		for _, p := range info.Problems {
			_ = p.String()
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("took %v on %d bytes", d, len(b))
		}
	})
}
