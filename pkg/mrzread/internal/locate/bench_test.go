package locate

import (
	"testing"

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
}
