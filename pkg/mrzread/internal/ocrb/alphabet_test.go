package ocrb

import "testing"

func TestIndexMatchesAlphabet(t *testing.T) {
	for i := 0; i < len(Alphabet); i++ {
		if got := Index(Alphabet[i]); got != i {
			t.Errorf("Index(%q) = %d, want %d", Alphabet[i], got, i)
		}
	}
	for _, c := range []byte("a-/ ") {
		if Index(c) != -1 {
			t.Errorf("Index(%q) accepted a character outside the MRZ alphabet", c)
		}
	}
	var s Scores
	s[Index('K')] = 0.9
	s[Index('X')] = 0.5
	if c, v := s.Best(); c != 'K' || v != 0.9 {
		t.Errorf("Best() = %q %v, want K 0.9", c, v)
	}
}
