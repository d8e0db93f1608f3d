package mrz

// A Span is a run of characters [From, To) on one zone line, all 0-based.
// The zero Span means a format has no such field.
type Span struct{ Line, From, To int }

// Layout tells where a format puts each field and check digit, for readers
// that build a zone from recognised characters (pkg/mrzread) and need what
// the format fixes about each position.
type Layout struct {
	Format       Format
	Lines, Width int

	Code, State, Name, Surname, Given Span
	Number, Nationality, Birth, Sex   Span
	Expiry, Optional, Optional2       Span
	// Overflow is where a long document number continues (TD1, TD2).
	Overflow Span
	// Checks are the format's check digits, in the order Zone.Checks lists
	// them. A long document number's digit moves into Overflow.
	Checks []CheckSpan
}

// A CheckSpan is one check digit: its name as in Check.Name, the position
// it is printed at and the spans it covers.
type CheckSpan struct {
	Name string
	At   Span
	Data []Span
}

// Formats lists every format Parse knows, in a fixed order.
func Formats() []Format { return []Format{TD1, TD2, TD3, MRVA, MRVB, FrenchID} }

// LayoutOf returns the layout of format f; ok is false for a format Parse
// does not know.
func LayoutOf(f Format) (Layout, bool) {
	l, ok := layouts[f]
	if !ok {
		return Layout{}, false
	}
	ex := func(s span) Span { return Span{s.line, s.from, s.to} }
	out := Layout{
		Format: l.format, Lines: l.lines, Width: l.width,
		Code: ex(l.code), State: ex(l.state), Name: ex(l.name), Surname: ex(l.surname), Given: ex(l.given),
		Number: ex(l.number), Nationality: ex(l.nationality), Birth: ex(l.birth), Sex: ex(l.sex),
		Expiry: ex(l.expiry), Optional: ex(l.optional), Optional2: ex(l.optional2),
	}
	out.Overflow = ex(l.overflow)
	for _, d := range l.digits {
		c := CheckSpan{Name: d.name, At: ex(d.at)}
		for _, s := range d.data {
			c.Data = append(c.Data, ex(s))
		}
		out.Checks = append(out.Checks, c)
	}
	return out, true
}
