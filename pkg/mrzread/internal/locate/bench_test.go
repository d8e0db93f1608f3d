package locate

import (
	"path/filepath"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/corpus"
	"github.com/kyclint/kyclint/pkg/internal/realset"

	"github.com/kyclint/kyclint/pkg/internal/synth"
)

// BenchmarkFind times Find on 1000-px working planes: an ID card turned a
// quarter and tilted, a passport, and a selfie with no zone (the search
// runs to its end).
func BenchmarkFind(b *testing.B) {
	for _, c := range []struct {
		name string
		sc   synthCase
	}{
		{"id-r90-t7", synthCase{kind: synth.KindID, seed: 1, turns: 1, tilt: 7}},
		{"passport", synthCase{kind: synth.KindPassport, seed: 2}},
		{"selfie", synthCase{kind: synth.KindSelfie, seed: 1}},
	} {
		g := c.sc.image(b)
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Find(g)
			}
		})
	}
	// a real photo of an open passport, tilted and in perspective
	b.Run("real-lux", func(b *testing.B) {
		root := corpus.Dir(b, "")
		img, err := realset.DecodeFile(filepath.Join(root, "specimens/passporteye/testdata/100_pass-lux.jpg"))
		if err != nil {
			b.Fatal(err)
		}
		g := workingPlane(img, 1000)
		b.ReportAllocs()
		for b.Loop() {
			Find(g)
		}
	})
}
