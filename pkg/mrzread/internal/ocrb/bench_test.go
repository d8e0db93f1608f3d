package ocrb

import "testing"

func BenchmarkClassifyLine(b *testing.B) {
	text := testLines(1)[0]
	g, cells := degraded(b, text, 24, 0.3, conditions[4], 1)
	b.ResetTimer()
	for b.Loop() {
		ClassifyLine(g, cells)
	}
}
