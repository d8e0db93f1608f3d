package mrz

// A Format is one of the zone layouts kyclint reads.
type Format string

// The formats, named as ICAO 9303 names them.
const (
	TD1      Format = "TD1"       // identity cards, 3 lines of 30
	TD2      Format = "TD2"       // identity cards, 2 lines of 36
	TD3      Format = "TD3"       // passports, 2 lines of 44
	MRVA     Format = "MRV-A"     // full-page visas, 2 lines of 44, document code V…
	MRVB     Format = "MRV-B"     // small visas, 2 lines of 36, document code V…
	FrenchID Format = "FRENCH_ID" // French identity card 1988–2021, 2 lines of 36 beginning IDFRA
)

// Check digit names, as they appear in Check.Name and the JSON report.
const (
	digitNumber    = "document_number"
	digitBirth     = "birth_date"
	digitExpiry    = "expiry_date"
	digitOptional  = "optional_data"
	digitComposite = "composite"
)

// A span is a run of characters [from, to) on one zone line, all 0-based.
type span struct{ line, from, to int }

func (s span) ok() bool { return s.to > s.from }

func (s span) text(lines []string) string { return lines[s.line][s.from:s.to] }

// A digit is one check digit: where it is printed and the spans it covers.
type digit struct {
	name string
	at   span
	data []span
}

// A layout places each field of one format. A zero span means the format
// has no such field; name holds surname and given names together, except on
// the French card, which prints them in separate fields.
type layout struct {
	format       Format
	lines, width int

	code, state, name, surname, given span
	number, nationality, birth, sex   span
	expiry, optional, optional2       span

	digits []digit
	// overflow is where a document number longer than nine characters
	// continues, announced by < in the number's check digit position.
	overflow span
}

func at(line, col int) span { return span{line, col, col + 1} }

var td1 = &layout{
	format: TD1, lines: 3, width: 30,
	code: span{0, 0, 2}, state: span{0, 2, 5}, number: span{0, 5, 14}, optional: span{0, 15, 30},
	birth: span{1, 0, 6}, sex: span{1, 7, 8}, expiry: span{1, 8, 14}, nationality: span{1, 15, 18},
	optional2: span{1, 18, 29}, name: span{2, 0, 30},
	digits: []digit{
		{digitNumber, at(0, 14), []span{{0, 5, 14}}},
		{digitBirth, at(1, 6), []span{{1, 0, 6}}},
		{digitExpiry, at(1, 14), []span{{1, 8, 14}}},
		{digitComposite, at(1, 29), []span{{0, 5, 30}, {1, 0, 7}, {1, 8, 15}, {1, 18, 29}}},
	},
	overflow: span{0, 15, 30},
}

// twoLine builds the TD2, TD3 and visa layouts, which share their first 28
// characters of line 2 and differ in width and in the digits at the end.
func twoLine(f Format, width int, digits ...digit) *layout {
	l := &layout{
		format: f, lines: 2, width: width,
		code: span{0, 0, 2}, state: span{0, 2, 5}, name: span{0, 5, width},
		number: span{1, 0, 9}, nationality: span{1, 10, 13}, birth: span{1, 13, 19},
		sex: span{1, 20, 21}, expiry: span{1, 21, 27}, optional: span{1, 28, width},
	}
	l.digits = []digit{
		{digitNumber, at(1, 9), []span{{1, 0, 9}}},
		{digitBirth, at(1, 19), []span{{1, 13, 19}}},
		{digitExpiry, at(1, 27), []span{{1, 21, 27}}},
	}
	for _, d := range digits {
		l.digits = append(l.digits, d)
		if d.at.from < l.optional.to {
			l.optional.to = d.at.from
		}
	}
	return l
}

var (
	td2 = withOverflow(twoLine(TD2, 36,
		digit{digitComposite, at(1, 35), []span{{1, 0, 10}, {1, 13, 20}, {1, 21, 35}}}))
	td3 = twoLine(TD3, 44,
		digit{digitOptional, at(1, 42), []span{{1, 28, 42}}},
		digit{digitComposite, at(1, 43), []span{{1, 0, 10}, {1, 13, 20}, {1, 21, 43}}})
	mrva = twoLine(MRVA, 44)
	mrvb = twoLine(MRVB, 36)
)

func withOverflow(l *layout) *layout {
	l.overflow = l.optional
	return l
}

var frenchID = &layout{
	format: FrenchID, lines: 2, width: 36,
	code: span{0, 0, 2}, state: span{0, 2, 5}, surname: span{0, 5, 30}, optional: span{0, 30, 36},
	number: span{1, 0, 12}, given: span{1, 13, 27}, birth: span{1, 27, 33}, sex: span{1, 34, 35},
	digits: []digit{
		{digitNumber, at(1, 12), []span{{1, 0, 12}}},
		{digitBirth, at(1, 33), []span{{1, 27, 33}}},
		{digitComposite, at(1, 35), []span{{0, 0, 36}, {1, 0, 35}}},
	},
}

var layouts = map[Format]*layout{TD1: td1, TD2: td2, TD3: td3, MRVA: mrva, MRVB: mrvb, FrenchID: frenchID}
