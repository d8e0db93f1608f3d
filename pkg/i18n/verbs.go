package i18n

import (
	"strconv"
	"strings"
)

// A Verb is one formatting directive of a printf format: the argument it
// formats (from 0) and its letter.
type Verb struct {
	Arg  int
	Kind rune
	// start and end delimit the directive in the format, in bytes.
	start, end int
}

// Verbs lists the directives of a printf format in order, resolving
// explicit argument indexes (%[2]s) the way fmt does. %% is not a verb.
func Verbs(format string) []Verb {
	var out []Verb
	next := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		start := i
		i++
		// flags
		for i < len(format) && strings.IndexByte("+-# 0", format[i]) >= 0 {
			i++
		}
		arg := -1
		index := func() {
			if i < len(format) && format[i] == '[' {
				if j := strings.IndexByte(format[i:], ']'); j > 0 {
					if n, err := strconv.Atoi(format[i+1 : i+j]); err == nil && n > 0 {
						arg = n - 1
						next = n - 1
					}
					i += j + 1
				}
			}
		}
		index()
		for i < len(format) && (format[i] >= '0' && format[i] <= '9' || format[i] == '*') {
			i++
		}
		if i < len(format) && format[i] == '.' {
			i++
			index()
			for i < len(format) && (format[i] >= '0' && format[i] <= '9' || format[i] == '*') {
				i++
			}
		}
		index()
		if i >= len(format) {
			break
		}
		if c := format[i]; c == '%' || !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			continue // %% or a lone % ("5 %, the print"), not a directive
		}
		if arg < 0 {
			arg = next
		}
		next = arg + 1
		out = append(out, Verb{Arg: arg, Kind: rune(format[i]), start: start, end: i + 1})
	}
	return out
}

// SameVerbs reports whether two formats use the same arguments with the same
// verb letters, whatever their order: a translation may move arguments but
// must format each as the original does.
func SameVerbs(a, b string) bool {
	count := func(f string) map[Verb]int {
		m := map[Verb]int{}
		for _, v := range Verbs(f) {
			m[Verb{Arg: v.Arg, Kind: v.Kind}]++
		}
		return m
	}
	ca, cb := count(a), count(b)
	if len(ca) != len(cb) {
		return false
	}
	for k, n := range ca {
		if cb[k] != n {
			return false
		}
	}
	return true
}

// substitute replaces each directive of format with the text of its
// argument, for arguments recovered as text (see Translator.String).
func substitute(format string, vals []string) string {
	var b strings.Builder
	last := 0
	for _, v := range Verbs(format) {
		b.WriteString(strings.ReplaceAll(format[last:v.start], "%%", "%"))
		if v.Arg < len(vals) {
			b.WriteString(vals[v.Arg])
		}
		last = v.end
	}
	b.WriteString(strings.ReplaceAll(format[last:], "%%", "%"))
	return b.String()
}
