package mrz

import "testing"

func TestCheckDigit(t *testing.T) {
	// Published vectors: ICAO 9303 Part 3 §4.9 and the specimens' fields.
	for _, tc := range []struct {
		data string
		want int
	}{
		{"520727", 3},
		{"AB2134<<<", 5},
		{"L898902C3", 6},
		{"740812", 2},
		{"120415", 9},
		{"ZE184226B<<<<<", 1},
		{"L898902C3674081221204159ZE184226B<<<<<1", 0},
		{"D23145890734", 9},
		{"<<<<<<", 0},
		{"Z", 5},
	} {
		got, err := CheckDigit(tc.data)
		if err != nil || got != tc.want {
			t.Errorf("CheckDigit(%q) = %d, %v; want %d", tc.data, got, err, tc.want)
		}
	}
}

func TestCheckDigitRejects(t *testing.T) {
	for _, s := range []string{"", "0000 0", "abc", "BBb<<<1B1", "1234*6789", "Ö"} {
		if d, err := CheckDigit(s); err == nil {
			t.Errorf("CheckDigit(%q) = %d, want an error", s, d)
		}
	}
}

func TestHolds(t *testing.T) {
	for _, tc := range []struct {
		data string
		got  byte
		want bool
	}{
		{"<<<<<<<<", '<', true},
		{"<<<<<<<<", '0', true},
		{"<<<<<<<<", '1', false},
		{"123456789", '7', true},
		{"123456789", '<', false},
		{"123456789", 'A', false},
		{"123456789", '1', false},
	} {
		if got := holds(tc.data, tc.got); got != tc.want {
			t.Errorf("holds(%q, %q) = %v, want %v", tc.data, tc.got, got, tc.want)
		}
	}
}
