package statement

import "testing"

// BenchmarkFind reads the three-page UK bank statement.
func BenchmarkFind(b *testing.B) {
	pages := readPages(b, "uk_bank.txt")
	want := Want{Name: "John Andrew Smith", Address: "Flat 3, 12 High Street, London SW1A 1AA"}
	b.ReportAllocs()
	for b.Loop() {
		Find(pages, want)
	}
}

// BenchmarkFindNoWant reads it without a declared name or address.
func BenchmarkFindNoWant(b *testing.B) {
	pages := readPages(b, "uk_bank.txt")
	b.ReportAllocs()
	for b.Loop() {
		Find(pages, Want{})
	}
}
