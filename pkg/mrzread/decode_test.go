package mrzread

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/realset"
	"github.com/kyclint/kyclint/pkg/mrz"
	"github.com/kyclint/kyclint/pkg/mrzread/internal/ocrb"
)

// truth is a zone as printed, and whether its own check digits hold.
type truth struct {
	name  string
	lines []string
	valid bool
}

// truths gathers every zone of the peer cases that parses, and the
// references of the real set, once each.
func truths(t *testing.T) []truth {
	t.Helper()
	raw, err := os.ReadFile("../mrz/testdata/peers/cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Source struct{ Test string }
		Lines  []string
	}
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var out []truth
	add := func(name string, lines []string) {
		text := strings.Join(lines, "\n")
		z, err := mrz.Parse(text)
		if err != nil || seen[text] {
			return
		}
		seen[text] = true
		out = append(out, truth{name, z.Lines, z.Valid()})
	}
	for _, c := range cases {
		// The autocorrect cases are misread zones (5M1TH), not printed ones.
		if !strings.Contains(c.Source.Test, "autocorrect") {
			add("peer "+c.Source.Test, c.Lines)
		}
	}
	for _, o := range realset.Originals() {
		if o.MRZ != nil {
			add(o.Path, o.MRZ)
		}
	}
	if len(out) < 50 {
		t.Fatalf("only %d truths", len(out))
	}
	return out
}

// confusable pairs glyphs OCR-B readers mistake for one another.
var confusable = map[byte]string{
	'0': "OD", 'O': "0Q", '1': "I", 'I': "1", '2': "Z", 'Z': "2", '5': "S",
	'S': "58", '8': "BS", 'B': "8", '6': "G", 'G': "6", 'D': "0", 'Q': "O",
}

// clean scores each character of lines as the OCR-B classifier scores a
// sharp glyph: the printed character 0.9–0.99, its look-alikes 95–97.5 %
// of that (the classifier keeps a partner within 95 %), a runner-up 0.1–0.3
// lower, and the rest at most 0.6.
func clean(lines []string, rng *rand.Rand) [][]ocrb.Scores {
	out := make([][]ocrb.Scores, len(lines))
	for i, l := range lines {
		out[i] = make([]ocrb.Scores, len(l))
		for j := 0; j < len(l); j++ {
			s := &out[i][j]
			for k := range s {
				s[k] = 0.6 * rng.Float32()
			}
			top := 0.9 + 0.09*rng.Float32()
			s[rng.IntN(len(s))] = top - 0.1 - 0.2*rng.Float32()
			for _, c := range []byte(confusable[l[j]]) {
				s[ocrb.Index(c)] = top * (0.95 + 0.025*rng.Float32())
			}
			s[ocrb.Index(l[j])] = top
		}
	}
	return out
}

// confuse makes the glyph at (i, j) read as c: the cell's scores shrink so
// that the printed character scores base, and c scores base+lead.
func confuse(sc [][]ocrb.Scores, lines []string, i, j int, c byte, base, lead float32) {
	s := &sc[i][j]
	f := base / s[ocrb.Index(lines[i][j])]
	for k := range s {
		s[k] *= f
	}
	s[ocrb.Index(c)] = base + lead
}

func decode(t *testing.T, sc [][]ocrb.Scores) *Result {
	t.Helper()
	r, err := Decode(sc)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// fits reports whether every character of a zone is one its field
// expects; the Romanian card prints digits where the nationality goes.
func fits(t *testing.T, lines []string) bool {
	l, _ := mrz.LayoutOf(mustParse(t, lines).Format)
	g := slots(l)
	for i, line := range lines {
		for j := 0; j < len(line); j++ {
			if !g[i][j].allows(ocrb.Index(line[j])) {
				return false
			}
		}
	}
	return true
}

// A zone read cleanly is returned as printed and never corrected. It is
// vouched for when its checks hold and its characters fit their fields,
// unless a look-alike of the same weight modulo 10 (8 and S, 6 and G)
// passes the checks too: then it is doubted. A zone that does not fit its
// fields (digits in the Romanian nationality) may read otherwise, but is
// then not vouched for.
func TestDecodeClean(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	vouched, blind := 0, 0
	for _, tr := range truths(t) {
		r := decode(t, clean(tr.lines, rng))
		right := slices.Equal(r.Lines, tr.lines)
		switch {
		case len(r.Corrections) > 0:
			t.Errorf("%s: corrected %v", tr.name, r.Corrections)
		case r.Valid && !right:
			t.Errorf("%s: read %q and vouched for, want %q", tr.name, r.Lines, tr.lines)
		case !tr.valid || !fits(t, tr.lines):
			if r.Valid {
				t.Errorf("%s: vouched for, but its own checks fail or it does not fit its fields", tr.name)
			}
		case !right:
			t.Errorf("%s: read %q, want %q", tr.name, r.Lines, tr.lines)
		case r.Valid && r.Clean:
			vouched++
		case blindOnly(r.Doubts):
			blind++
		default:
			t.Errorf("%s: valid %v clean %v doubts %v", tr.name, r.Valid, r.Clean, r.Doubts)
		}
	}
	t.Logf("%d zones read cleanly, %d doubted for a look-alike the check digits cannot tell apart", vouched, blind)
}

// Every confusable glyph in a field that fixes letters or digits reads as
// its look-alike, a little ahead: the field resolves it with no correction.
func TestDecodeResolvesByField(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	resolved := 0
	for _, tr := range truths(t) {
		if !tr.valid || !fits(t, tr.lines) {
			continue
		}
		l, _ := mrz.LayoutOf(mustParse(t, tr.lines).Format)
		g := slots(l)
		sc := clean(tr.lines, rng)
		n := 0
		for i, line := range tr.lines {
			for j := 0; j < len(line); j++ {
				for _, c := range []byte(confusable[line[j]]) {
					if s := g[i][j]; s.mask != maskAny && !s.allows(ocrb.Index(c)) {
						confuse(sc, tr.lines, i, j, c, 0.85, 0.05)
						n++
						break
					}
				}
			}
		}
		r := decode(t, sc)
		if !slices.Equal(r.Lines, tr.lines) || (!r.Valid && !blindOnly(r.Doubts)) || len(r.Corrections) > 0 {
			t.Errorf("%s: %d look-alikes: read %q valid %v corrections %v doubts %v", tr.name, n, r.Lines, r.Valid, r.Corrections, r.Doubts)
		}
		resolved += n
	}
	t.Logf("%d look-alike glyphs resolved by their field", resolved)
}

func mustParse(t *testing.T, lines []string) *mrz.Zone {
	t.Helper()
	z, err := mrz.Parse(strings.Join(lines, "\n"))
	if err != nil {
		t.Fatal(err)
	}
	return z
}

// In a field that allows letters and digits (document number, optional
// data), a look-alike that wins is put right by the check digits and
// reported, unless the check digits cannot tell the two apart (6 and G
// weigh the same modulo 10), when the zone is doubted instead.
func TestDecodeCorrectsOne(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	corrected, doubted, gaveUp := 0, 0, 0
	for _, tr := range truths(t) {
		if !tr.valid || !fits(t, tr.lines) {
			continue
		}
		l, _ := mrz.LayoutOf(mustParse(t, tr.lines).Format)
		g := slots(l)
		for i, line := range tr.lines {
			for j := 0; j < len(line); j++ {
				alt := confusable[line[j]]
				if alt == "" || g[i][j].mask != maskAny || !g[i][j].covered {
					continue
				}
				if isDigit(alt[0]) && !isDigit(line[j]) {
					// A letter whose digit twin leads is outside the
					// bound: the digit prior reads the digit when the
					// checks cannot tell (see DigitPrior).
					continue
				}
				sc := clean(tr.lines, rng)
				confuse(sc, tr.lines, i, j, alt[0], 0.85, 0.05)
				r := decode(t, sc)
				switch {
				case r.Valid && slices.Equal(r.Lines, tr.lines) && len(r.Corrections) == 1 &&
					r.Corrections[0] == Correction{Line: i + 1, Col: j + 1, From: alt[0], To: line[j], Why: r.Corrections[0].Why}:
					corrected++
				case !r.Valid && !r.Clean && blindOnly(r.Doubts):
					doubted++
				case !r.ChecksPass && strings.Contains(r.Note, "more than one change"):
					gaveUp++
					if gaveUp < 6 {
						t.Logf("%s: %c read as %c at %d:%d: %s", tr.name, line[j], alt[0], i+1, j+1, r.Note)
					}
				default:
					t.Errorf("%s: %c read as %c at %d:%d not corrected: %q %s %v", tr.name, line[j], alt[0], i+1, j+1, r.Lines, r.Note, r.Doubts)
				}
			}
		}
	}
	t.Logf("%d look-alikes corrected by check digits and reported; %d left in doubt (a close character of the same weight modulo 10), %d given up (another close change passes too)",
		corrected, doubted, gaveUp)
	if corrected == 0 {
		t.Error("nothing corrected")
	}
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// blindOnly reports doubts that all name a close character the check
// digits cannot tell from the one read: 8 and S, 6 and G, 0 and <…
func blindOnly(ds []Doubt) bool {
	for _, d := range ds {
		if !strings.Contains(d.Why, "also hold with") {
			return false
		}
	}
	return len(ds) > 0
}

// Too many damaged characters in the checked fields: Decode gives up and
// says so rather than guess.
func TestDecodeGivesUp(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	tr := truth{"ICAO TD3", []string{"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"}, true}
	sc := clean(tr.lines, rng)
	for j, to := range map[int]byte{1: 'B', 3: 'B', 5: 'O', 6: 'Z', 30: 'I'} {
		confuse(sc, tr.lines, 1, j, to, 0.5, 0.2)
	}
	r := decode(t, sc)
	if r.Valid || r.Clean || r.ChecksPass || r.Note == "" {
		t.Fatalf("guessed: %q valid %v corrections %v note %q", r.Lines, r.Valid, r.Corrections, r.Note)
	}
	t.Logf("gave up: %s", r.Note)
}

func TestDecodeAlignment(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	tr := []string{"I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"}
	base := clean(tr, rng)
	junk := ocrb.Scores{}
	junk[ocrb.Index('K')] = 0.4
	for name, sc := range map[string][][]ocrb.Scores{
		"extra cell before": {append([]ocrb.Scores{junk}, base[0]...), base[1], base[2]},
		"extra cell after":  {base[0], append(slices.Clone(base[1]), junk), base[2]},
	} {
		r := decode(t, sc)
		if !slices.Equal(r.Lines, tr) || !r.Valid {
			t.Errorf("%s: read %q valid %v", name, r.Lines, r.Valid)
		}
	}
	// A cell lost is a character guessed: never vouched for.
	for name, sc := range map[string][][]ocrb.Scores{
		"last filler lost":     {base[0], base[1], base[2][:29]},
		"composite digit lost": {base[0], base[1][:29], base[2]},
		"first character lost": {base[0][1:], base[1], base[2]},
	} {
		r := decode(t, sc)
		if r.Valid || r.Clean {
			t.Errorf("%s: read %q and vouched for", name, r.Lines)
		}
		t.Logf("%s: read %q, %d doubts, note %q", name, r.Lines, len(r.Doubts), r.Note)
	}
	if _, err := Decode([][]ocrb.Scores{base[0][:20], base[1][:20]}); err == nil {
		t.Error("two lines of 20 decoded")
	}
}

// A passport is not read as a visa, though the visa's checks are a subset.
func TestDecodeFormat(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for _, tr := range [][]string{
		{"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"},
		{"VIUSATRAVELER<<HAPPYPERSON<<<<<<<<<<<<<<<<<<", "555123ABC6GBR6502056F0412236IFLND00AMS803085"},
	} {
		r := decode(t, clean(tr, rng))
		if want := mustParse(t, tr).Format; r.Format != want || !r.Valid {
			t.Errorf("%q: format %s valid %v, want %s", tr[0], r.Format, r.Valid, want)
		}
	}
}

// The property the reader exists for: over many noisy readings of every
// truth, a zone Decode vouches for (Valid) is never wrong, corrected or
// not, within the bound the decoder assumes:
//
//   - on a position a check digit covers, the printed character scores
//     within Margin of the best glyph (and at least Floor), a misleading
//     glyph leads it by less than Rival, and at most MaxCorrections such
//     positions mislead;
//   - a letter printed in a number field is not tied with or beaten by its
//     digit twin (DigitPrior reads the digit then);
//   - on a position no check digit covers, a misleading glyph scores below
//     Trust or within Tie of the printed character;
//   - the zone as printed passes its own checks.
//
// "Bounded" noise stays inside by construction and must give no wrong zone
// vouched for. "Wild" noise does not (leads up to 0.6, up to 6 characters,
// letters beaten by digits, trusted misreads in names, zones printed with a
// wrong digit): what no decoder can catch there is counted, and each wrong
// zone vouched for must break the bound.
func TestDecodeNeverWrongButValid(t *testing.T) {
	trs := truths(t)
	rounds := 20
	if testing.Short() {
		rounds = 3
	}
	for _, wild := range []bool{false, true} {
		name := map[bool]string{false: "bounded", true: "wild"}[wild]
		rng := rand.New(rand.NewPCG(13, map[bool]uint64{false: 1, true: 2}[wild]))
		var exact, corrected, gaveUp, wrongValid, outside, n int
		for range rounds {
			for _, tr := range trs {
				if !wild && !tr.valid {
					continue
				}
				l, _ := mrz.LayoutOf(mustParse(t, tr.lines).Format)
				g := slots(l)
				sc := clean(tr.lines, rng)
				beyond := !tr.valid
				misled := 0
				damaged := 3
				if wild {
					damaged = 6
				}
				for range rng.IntN(damaged + 1) {
					i := rng.IntN(len(tr.lines))
					j := rng.IntN(len(tr.lines[i]))
					c := tr.lines[i][j]
					var to byte
					if alt := confusable[c]; alt != "" && rng.IntN(4) > 0 {
						to = alt[rng.IntN(len(alt))]
					} else {
						to = ocrb.Alphabet[rng.IntN(len(ocrb.Alphabet))]
					}
					if to == c {
						continue
					}
					base := 0.6 + 0.35*rng.Float32()
					lead := -0.1 + 0.7*rng.Float32()
					s := g[i][j]
					letterBeaten := s.covered && s.mask == maskAny && !isDigit(c) && isDigit(to) && lead >= -Tie
					breaks := letterBeaten ||
						(s.covered && (lead >= Rival || (lead > 0 && misled >= MaxCorrections))) ||
						(!s.covered && lead > Tie && base+lead >= Trust)
					if breaks && !wild {
						continue
					}
					confuse(sc, tr.lines, i, j, to, base, lead)
					if s.covered && lead > 0 {
						misled++
					}
					beyond = beyond || breaks
				}
				// After the noise: a letter printed in a number field
				// tied with or beaten by a digit is outside the bound.
				for i, line := range tr.lines {
					for j := 0; j < len(line); j++ {
						if s := g[i][j]; s.covered && s.mask == maskAny && !isDigit(line[j]) && line[j] != '<' {
							for d := range 10 {
								if sc[i][j][d] >= sc[i][j][ocrb.Index(line[j])]-Tie {
									beyond = true
								}
							}
						}
					}
				}
				if beyond && !wild {
					continue
				}
				r := decode(t, sc)
				n++
				right := slices.Equal(r.Lines, tr.lines)
				switch {
				case r.Valid && !right:
					wrongValid++
					if beyond {
						outside++
					} else {
						t.Errorf("%s, %s noise: wrong but valid within the bound: %q, corrections %v", tr.name, name, r.Lines, r.Corrections)
					}
				case r.Valid && len(r.Corrections) == 0:
					exact++
				case r.Valid:
					corrected++
				default:
					gaveUp++
				}
				if r.Clean && !right && !beyond {
					t.Errorf("%s: clean but %q", tr.name, r.Lines)
				}
			}
		}
		t.Logf("%s noise, %d zones: %d read exactly, %d exactly after reported corrections, %d not vouched for, %d wrong but valid (%d of them beyond the bound)",
			name, n, exact, corrected, gaveUp, wrongValid, outside)
	}
}

// Past the end of the name (the '<<' after the given names) only filler may
// stand: a blurred filler that reads as a letter, with '<' close behind, is
// read as the filler, and stays in doubt, so the zone is not vouched for. A
// letter before the end, and one scoring well past it, stay as read.
func TestDecodeNameEndsInFiller(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for _, tr := range truths(t) {
		if !tr.valid || !fits(t, tr.lines) {
			continue
		}
		l, _ := mrz.LayoutOf(mustParse(t, tr.lines).Format)
		if l.Name.To <= l.Name.From {
			continue
		}
		name := tr.lines[l.Name.Line][l.Name.From:l.Name.To]
		sep := strings.Index(name, "<<")
		end := strings.Index(name[sep+2:], "<<")
		if sep < 0 || end < 0 {
			continue
		}
		end += sep + 2
		last := len(name) - 1
		if last < end+2 {
			continue // the name fills the field
		}
		sc := clean(tr.lines, rng)
		confuse(sc, tr.lines, l.Name.Line, l.Name.From+last, 'C', 0.62, 0.06)
		r := decode(t, sc)
		if !slices.Equal(r.Lines, tr.lines) || r.Valid {
			t.Errorf("%s: blurred last filler: read %q valid %v, want %q, not vouched for", tr.name, r.Lines, r.Valid, tr.lines)
		}
		// a clear letter there is kept
		sc = clean(tr.lines, rng)
		confuse(sc, tr.lines, l.Name.Line, l.Name.From+last, 'C', 0.5, 0.4)
		if r := decode(t, sc); r.Lines[l.Name.Line][l.Name.From+last] != 'C' {
			t.Errorf("%s: a clear C past the name read as %q", tr.name, r.Lines[l.Name.Line])
		}
	}
}

// A nationality printed in digits (the Romanian card's 132) reads as
// printed: once one digit of the code has no letter twin to stand for it,
// the others are read as the digits their glyphs show, not as the letter
// twins (I, Z) the field would otherwise take. The zone is not vouched for.
func TestDecodeCodeInDigits(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	n := 0
	for _, tr := range truths(t) {
		if !tr.valid || !fits(t, tr.lines) {
			continue
		}
		l, _ := mrz.LayoutOf(mustParse(t, tr.lines).Format)
		s := l.Nationality
		if s.To-s.From != 3 {
			continue
		}
		lines := slices.Clone(tr.lines)
		lines[s.Line] = lines[s.Line][:s.From] + "132" + lines[s.Line][s.To:]
		if z, err := mrz.Parse(strings.Join(lines, "\n")); err != nil || !z.Valid() {
			continue // a check digit covers the nationality
		}
		n++
		r := decode(t, clean(lines, rng))
		if !slices.Equal(r.Lines, lines) || r.Valid {
			t.Errorf("%s: read %q valid %v, want %q, not vouched for", tr.name, r.Lines, r.Valid, lines)
		}
	}
	if n == 0 {
		t.Fatal("no zone to test")
	}
	t.Logf("%d zones with a nationality in digits", n)
}

// A card's second document code character is the issuer's choice, and
// some print a digit (C1): a glyph that is clearly the digit, its letter
// twin no higher than the classifier's partner floor, reads as the digit;
// a letter stays a letter though its digit twin scores at the floor.
func TestDecodeDigitInCardCode(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 16))
	n := 0
	for _, tr := range truths(t) {
		if !tr.valid || !fits(t, tr.lines) {
			continue
		}
		l, _ := mrz.LayoutOf(mustParse(t, tr.lines).Format)
		if l.Format != mrz.TD1 && l.Format != mrz.TD2 {
			continue
		}
		at := l.Code.From + 1
		for _, tc := range []struct{ printed, twin byte }{{'1', 'I'}, {'2', 'Z'}, {'Z', '2'}, {'I', '1'}} {
			lines := slices.Clone(tr.lines)
			lines[l.Code.Line] = lines[l.Code.Line][:at] + string(tc.printed) + lines[l.Code.Line][at+1:]
			z, err := mrz.Parse(strings.Join(lines, "\n"))
			if err != nil || !z.Valid() {
				continue
			}
			sc := clean(lines, rng)
			s := &sc[l.Code.Line][at]
			s[ocrb.Index(tc.twin)] = ocrb.PartnerFloor * s[ocrb.Index(tc.printed)]
			n++
			if r := decode(t, sc); !slices.Equal(r.Lines, lines) {
				t.Errorf("%s with code %q: read %q", tr.name, lines[l.Code.Line][:2], r.Lines)
			}
		}
	}
	if n == 0 {
		t.Fatal("no card to test")
	}
	t.Logf("%d card codes", n)
}
