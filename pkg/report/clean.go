package report

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// cleanName makes text safe to print. File and folder names may hold bytes
// that are not UTF-8, shown as \xNN rather than silently replaced, and
// control characters, shown escaped so that none reaches a terminal or a
// log: a newline or carriage return would forge a line of the report, an
// ESC sequence would drive the terminal (set its title, hide text), and a
// bidirectional override would show the name reversed. C0 and DEL become
// \xNN, C1 controls and the bidirectional marks \uNNNN.
func cleanName(s string) string { return CleanName(s) }

// CleanName is cleanName for the command's own messages, which name packs
// and files too (a rule that crashed on a pack, say).
func CleanName(s string) string {
	if !needsCleaning(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case isControl(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

func needsCleaning(s string) bool {
	if !utf8.ValidString(s) {
		return true
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f || isControl(r) {
			return true
		}
	}
	return false
}

// isControl reports the C1 controls and the marks that reorder or hide
// text: bidirectional embeddings, overrides and isolates, the directional
// marks, and the zero-width and byte-order characters.
func isControl(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0x200e, r == 0x200f, r == 0x061c, r == 0x200b, r == 0x2028, r == 0x2029, r == 0xfeff:
		return true
	}
	return false
}
