// Package ocrb recognises the 37 characters of the machine readable zone in
// OCR-B (ISO 1073-2).
package ocrb

// Alphabet is every character an MRZ may hold, in the order of Scores.
const Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<"

// Scores rates one character cell against each character of Alphabet: in
// [0, 1], higher is more alike.
type Scores [len(Alphabet)]float32

// Index returns c's position in Alphabet, or -1.
func Index(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	case c == '<':
		return 36
	}
	return -1
}

// Best returns the highest-rated character and its score.
func (s *Scores) Best() (byte, float32) {
	bi := 0
	for i := range s {
		if s[i] > s[bi] {
			bi = i
		}
	}
	return Alphabet[bi], s[bi]
}
