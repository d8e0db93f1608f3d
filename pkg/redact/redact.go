// Package redact masks personal data (names, dates of birth, addresses,
// document numbers, MRZ lines) so that reports can name what differs without
// carrying the values themselves.
package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kyclint/kyclint/pkg/address"
)

// A Kind says how a personal value is masked.
type Kind int

// Kinds of personal value.
const (
	Name    Kind = iota // "Anna Maria" → "A*** M****"
	Date                // "1988-03-14" → "1988-**-**"
	Number              // "L898902C3" → "L89****C3"
	Address             // "12B Baker St" → "*** B**** S*": numbers hidden wholly
	Secret              // hidden entirely, e.g. an MRZ line
	// File is a pack file's path: shown in both renderings of a Text and
	// masked only in its Anonymous one (--redact always), since file names
	// often carry the applicant's name ("ids/a***-l********.jpg").
	File
)

// A Value is a personal value that Textf renders plain or masked.
type Value struct {
	Kind  Kind
	Value string
}

// Personal values of each kind.
func NameOf(s string) Value    { return Value{Name, s} }
func DateOf(s string) Value    { return Value{Date, s} }
func NumberOf(s string) Value  { return Value{Number, s} }
func AddressOf(s string) Value { return Value{Address, s} }
func SecretOf(s string) Value  { return Value{Secret, s} }
func FileOf(s string) Value    { return Value{File, s} }

// Masked returns the value with its personal part hidden.
func (v Value) Masked() string {
	switch v.Kind {
	case Name:
		return maskWords(v.Value)
	case Address:
		return address.Mask(v.Value)
	case Date:
		return maskDate(v.Value)
	case Number:
		return maskNumber(v.Value)
	case File:
		return MaskFile(v.Value)
	default:
		return strings.Repeat("*", min(utf8.RuneCountInString(v.Value), 8))
	}
}

// maskWords keeps the first letter of each word and punctuation, so that the
// shape of a name survives ("L*** M*****") but not its content.
func maskWords(s string) string {
	var b strings.Builder
	first := true
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if first {
				b.WriteRune(r)
				first = false
			} else {
				b.WriteByte('*')
			}
		default:
			b.WriteRune(r)
			first = true
		}
	}
	return b.String()
}

// maskDate keeps the year of an ISO date: an age check stays explainable.
// Any other form is hidden wholly: in 23/04/1991 the kept ends would be
// the day and the year.
func maskDate(s string) string {
	if len(s) == 10 && s[4] == '-' && s[7] == '-' && isDigits(s[:4]) {
		return s[:4] + "-**-**"
	}
	return strings.Repeat("*", min(utf8.RuneCountInString(s), 10))
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// MaskFile masks each folder and the name of a slash-separated path, keeping
// the extension and the first letter of each word:
// "scans/anna-lindqvist.jpg" → "s****/a***-l********.jpg".
func MaskFile(p string) string {
	parts := strings.Split(p, "/")
	for i, part := range parts {
		if part == "" || part == "." || part == ".." {
			continue
		}
		ext := ""
		if i == len(parts)-1 {
			if dot := strings.LastIndexByte(part, '.'); dot > 0 && len(part)-dot <= 6 {
				part, ext = part[:dot], part[dot:]
			}
		}
		parts[i] = maskWords(part) + ext
	}
	return strings.Join(parts, "/")
}

// maskNumber keeps three leading and two trailing characters of values long
// enough that what remains cannot identify the holder.
func maskNumber(s string) string {
	r := []rune(s)
	if len(r) < 7 {
		return strings.Repeat("*", len(r))
	}
	return string(r[:3]) + strings.Repeat("*", len(r)-5) + string(r[len(r)-2:])
}
