package fix

import "strings"

// replaceFileValue rewrites the value of the `file` key on one manifest
// line, in YAML block or flow style or JSON, keeping its quoting and
// everything around it. It returns false unless the value on the line reads
// exactly old, so a line it does not understand is never changed.
func replaceFileValue(line, old, new string) (string, bool) {
	for i := 0; i < len(line); {
		j := strings.Index(line[i:], "file")
		if j < 0 {
			return "", false
		}
		start := i + j
		i = start + 1
		if !keyStart(line, start) {
			continue
		}
		rest := start + len("file")
		if rest < len(line) && (line[rest] == '"' || line[rest] == '\'') {
			rest++
		}
		rest = skipSpace(line, rest)
		if rest >= len(line) || line[rest] != ':' {
			continue
		}
		v := skipSpace(line, rest+1)
		from, to, ok := scalarAt(line, v)
		if !ok || line[from:to] != old {
			return "", false
		}
		return line[:from] + new + line[to:], true
	}
	return "", false
}

// keyStart reports whether "file" at i begins a key: at the start of the
// line or after a space, "-", "{", "," or an opening quote.
func keyStart(line string, i int) bool {
	if i > 0 && (line[i-1] == '"' || line[i-1] == '\'') {
		i--
	}
	return i == 0 || strings.ContainsRune(" \t-{,", rune(line[i-1]))
}

func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// scalarAt returns the bounds of the text of the scalar starting at i:
// inside its quotes when quoted, else up to a comment, a flow separator or
// the end of the line. Quoted values with escapes are refused.
func scalarAt(s string, i int) (int, int, bool) {
	if i >= len(s) {
		return 0, 0, false
	}
	if q := s[i]; q == '"' || q == '\'' {
		end := strings.IndexByte(s[i+1:], q)
		if end < 0 {
			return 0, 0, false
		}
		inner := s[i+1 : i+1+end]
		if strings.ContainsRune(inner, '\\') || (i+2+end < len(s) && s[i+2+end] == q) {
			return 0, 0, false
		}
		return i + 1, i + 1 + end, true
	}
	end := len(s)
	if k := strings.Index(s[i:], " #"); k >= 0 {
		end = i + k
	}
	if k := strings.IndexAny(s[i:end], ",}"); k >= 0 {
		end = i + k
	}
	end = len(strings.TrimRight(s[:end], " \t\r"))
	return i, end, end > i
}
