// Package nationalid checks national identity numbers: the format and
// check digit of each country's number, and the birth date and sex some of
// them carry, each from the country's published standard. It never guesses
// a number's country: the caller names it.
package nationalid

import (
	"strings"
	"time"
)

// MaxLen bounds the input: no scheme's number comes near it, and longer
// input is refused before any work.
const MaxLen = 64

// A Kind is the document a number is printed on.
type Kind int

// Kinds of document that carry a national number.
const (
	IDCard Kind = iota + 1
	ResidencePermit
)

// A Sex is the sex a number encodes: 'M', 'F', or 0 when it encodes none.
type Sex byte

// A Birth is the birth date a number encodes. Day is 0 when the number
// encodes only the year and month (France). CenturyKnown is false when the
// number gives a two-digit year only (Malaysia, Italy, France): the year is
// then the latest that is not after the day of the check, and a caller
// comparing it with a declared date compares the last two digits.
type Birth struct {
	Year, Month, Day int
	CenturyKnown     bool
}

// A Result is the verdict on one number.
type Result struct {
	Scheme string // the number's name, as a reviewer says it
	Err    *Error // nil when the number passes
	Birth  *Birth // nil when the scheme encodes none
	Sex    Sex
	// Advisory is true when the scheme's check digit is not guaranteed for
	// every number issued (South Korea since October 2020): a failure is a
	// warning, not proof of a typo.
	Advisory bool
}

// Valid reports whether the number passed.
func (r Result) Valid() bool { return r.Err == nil }

// A Scheme is one country's number on one kind of document.
type Scheme struct {
	Name     string
	Country  string // ISO 3166-1 alpha-2
	Kinds    []Kind
	Advisory bool
	// Gated schemes are checked only when the number has their shape: the
	// card carries another number too (a document number), and a
	// manifest's `number:` may be either.
	Gated bool
	shape func(n string) bool
	check func(n string, today time.Time) Result
}

// Shaped reports whether the normalised number n has the scheme's length
// and character classes, whatever its check digit.
func (s *Scheme) Shaped(n string) bool {
	if s.shape != nil {
		return s.shape(n)
	}
	return plausible[s](n)
}

// Check validates number under the scheme of country (alpha-2 or alpha-3)
// for a document of kind, judging birth dates against today. ok is false
// when no scheme applies: an unknown country, a kind the country's number
// is not printed on, or a gated scheme's number of another shape.
func Check(country string, kind Kind, number string, today time.Time) (r Result, ok bool) {
	return check(country, kind, number, today, false)
}

// CheckShaped is Check for a country that is only presumed (the holder's
// nationality, say): every scheme is gated, so a number of another shape,
// most likely issued elsewhere, is left alone.
func CheckShaped(country string, kind Kind, number string, today time.Time) (r Result, ok bool) {
	return check(country, kind, number, today, true)
}

func check(country string, kind Kind, number string, today time.Time, gated bool) (r Result, ok bool) {
	s := For(country, kind)
	if s == nil {
		return Result{}, false
	}
	n, clean := Normalize(number)
	if (s.Gated || gated) && (!clean || !s.Shaped(n)) {
		return Result{}, false
	}
	if !clean {
		return Result{Scheme: s.Name, Advisory: s.Advisory, Err: formatErr("it holds a character that is not a letter or digit")}, true
	}
	r = s.check(n, today)
	r.Scheme, r.Advisory = s.Name, s.Advisory
	return r, true
}

// For returns the scheme of country's numbers on a document of kind, or
// nil.
func For(country string, kind Kind) *Scheme {
	c := strings.ToUpper(country)
	if a2, ok := alpha3[c]; ok {
		c = a2
	}
	for _, s := range schemes {
		if s.Country != c {
			continue
		}
		for _, k := range s.Kinds {
			if k == kind {
				return s
			}
		}
	}
	return nil
}

// Schemes lists every scheme, for documentation and tests.
func Schemes() []*Scheme { return schemes }

var schemes = []*Scheme{
	cnRIC, cnPermit, hkID, twID, twUI, moBIR, sgNRIC, myNRIC, krRRN, inAadhaar,
	esDNI, esNIE, itCF, frNIR, nlBSN, brCPF,
}

var alpha3 = map[string]string{
	"CHN": "CN", "HKG": "HK", "TWN": "TW", "MAC": "MO", "SGP": "SG", "MYS": "MY", "KOR": "KR",
	"IND": "IN", "ESP": "ES", "ITA": "IT", "FRA": "FR", "NLD": "NL", "BRA": "BR",
}

// Normalize upper-cases a number and drops the separators people type
// (spaces, hyphens, dots, slashes, brackets), folding full-width letters and
// digits to ASCII. clean is false when another character remains, or the
// input is longer than MaxLen.
func Normalize(s string) (n string, clean bool) {
	if len(s) > MaxLen*3 {
		return "", false
	}
	var b strings.Builder
	for _, r := range s {
		if r >= 0xFF01 && r <= 0xFF5E { // full-width ASCII
			r -= 0xFEE0
		}
		switch {
		case r >= 'a' && r <= 'z':
			b.WriteRune(r - 'a' + 'A')
		case r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case strings.ContainsRune(" \t-./()[]\u3000", r):
		default:
			return "", false
		}
	}
	if b.Len() > MaxLen {
		return "", false
	}
	return b.String(), true
}
