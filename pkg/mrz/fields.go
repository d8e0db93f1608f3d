package mrz

import "strings"

// Fields holds a zone's fields. Fillers at the ends of a field are removed;
// names have each run of fillers turned into one space. Dates stay as
// printed (YYMMDD, < for an unknown part): ResolveBirthDate and
// ResolveExpiryDate give them a century.
type Fields struct {
	DocumentCode   string // P, PO, I, ID, V…
	IssuingState   string
	Surname        string
	GivenNames     string
	DocumentNumber string // a long number's continuation included
	Nationality    string // empty on the French card, which does not print it
	BirthDate      string
	Sex            string // M, F, X, or empty when unspecified
	ExpiryDate     string // empty on the French card
	OptionalData   string // personal number on TD3, administrative code on the French card
	OptionalData2  string // TD1 only
}

func (l *layout) fields(lines []string) Fields {
	get := func(s span) string {
		if !s.ok() {
			return ""
		}
		return strings.Trim(s.text(lines), "<")
	}
	f := Fields{
		DocumentCode:   get(l.code),
		IssuingState:   get(l.state),
		DocumentNumber: get(l.number),
		Nationality:    get(l.nationality),
		Sex:            get(l.sex),
		OptionalData:   get(l.optional),
		OptionalData2:  get(l.optional2),
	}
	if l.birth.ok() {
		f.BirthDate = l.birth.text(lines)
	}
	if l.expiry.ok() {
		f.ExpiryDate = l.expiry.text(lines)
	}
	if n, ok := l.splitLongNumber(lines); ok {
		f.DocumentNumber = strings.Trim(n.principal, "<") + n.rest
		f.OptionalData = strings.Trim(n.after, "<")
	}
	if l.name.ok() {
		f.Surname, f.GivenNames = splitName(l.name.text(lines))
	} else {
		f.Surname, f.GivenNames = spaced(l.surname.text(lines)), spaced(l.given.text(lines))
	}
	return f
}

// splitName separates the primary identifier (surname) from the secondary
// (given names) at the first double filler.
func splitName(s string) (surname, given string) {
	surname, given, _ = strings.Cut(s, "<<")
	return spaced(surname), spaced(given)
}

// spaced turns each run of fillers into one space and drops them at the ends.
func spaced(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '<' }), " ")
}
