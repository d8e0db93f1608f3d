package report

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// cleanName makes text safe to print: file names may hold bytes that are not
// UTF-8, which are shown as \xNN rather than silently replaced.
func cleanName(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			fmt.Fprintf(&b, `\x%02x`, s[i])
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}
