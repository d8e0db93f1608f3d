package pdfdoc

import (
	"bytes"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/synth"
)

func BenchmarkInspect(b *testing.B) {
	for _, bc := range []struct {
		name string
		opt  synth.PDFOptions
	}{
		{"table-200pages", synth.PDFOptions{Producer: "p", Pages: 200, Incremental: 2}},
		{"stream-200pages", synth.PDFOptions{Producer: "p", Pages: 200, XRefStream: true}},
	} {
		pdf := synth.PDF(bc.opt)
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(pdf)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Inspect(bytes.NewReader(pdf), int64(len(pdf))); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
