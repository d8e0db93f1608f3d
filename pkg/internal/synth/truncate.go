package synth

// Truncate returns a copy of the first keep bytes of b, the file an
// interrupted upload leaves behind. A negative keep drops that many bytes
// from the end instead; keep is clamped to the length of b.
func Truncate(b []byte, keep int) []byte {
	if keep < 0 {
		keep += len(b)
	}
	keep = min(max(keep, 0), len(b))
	return append([]byte(nil), b[:keep]...)
}
