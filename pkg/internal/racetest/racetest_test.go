package racetest

import "testing"

func TestSample(t *testing.T) {
	var ran []int
	for i := range 7 {
		if Sample(i, 3) {
			ran = append(ran, i)
		}
	}
	want := []int{0, 1, 2, 3, 4, 5, 6}
	if Enabled {
		want = []int{0, 3, 6}
	}
	if len(ran) != len(want) {
		t.Fatalf("ran %v, want %v", ran, want)
	}
	for i := range ran {
		if ran[i] != want[i] {
			t.Fatalf("ran %v, want %v", ran, want)
		}
	}
}
