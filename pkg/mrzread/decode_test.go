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

// clean gives each character of lines a high score and every other
// character a low one, with the confusable glyphs a little higher.
func clean(lines []string, rng *rand.Rand) [][]ocrb.Scores {
	out := make([][]ocrb.Scores, len(lines))
	for i, l := range lines {
		out[i] = make([]ocrb.Scores, len(l))
		for j := 0; j < len(l); j++ {
			s := &out[i][j]
			for k := range s {
				s[k] = 0.25 * rng.Float32()
			}
			for _, c := range []byte(confusable[l[j]]) {
				s[ocrb.Index(c)] = 0.35 + 0.1*rng.Float32()
			}
			s[ocrb.Index(l[j])] = 0.85 + 0.1*rng.Float32()
		}
	}
	return out
}

// confuse makes the glyph at (i, j) read as c: the printed character drops
// to base and c scores base+lead.
func confuse(sc [][]ocrb.Scores, lines []string, i, j int, c byte, base, lead float32) {
	s := &sc[i][j]
	s[ocrb.Index(lines[i][j])] = base
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

// A zone read cleanly is returned as printed, vouched for when its checks
// hold and its characters fit their fields, and never corrected.
func TestDecodeClean(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, tr := range truths(t) {
		r := decode(t, clean(tr.lines, rng))
		if !slices.Equal(r.Lines, tr.lines) {
			t.Errorf("%s: read %q, want %q", tr.name, r.Lines, tr.lines)
			continue
		}
		want := tr.valid && fits(t, tr.lines)
		if r.Valid != want || r.Clean != want || len(r.Corrections) > 0 {
			t.Errorf("%s: valid %v clean %v corrections %v doubts %v, want valid and clean %v",
				tr.name, r.Valid, r.Clean, r.Corrections, r.Doubts, want)
		}
	}
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
						confuse(sc, tr.lines, i, j, c, 0.8, 0.1)
						n++
						break
					}
				}
			}
		}
		r := decode(t, sc)
		if !slices.Equal(r.Lines, tr.lines) || !r.Valid || len(r.Corrections) > 0 {
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
	corrected, doubted := 0, 0
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
				sc := clean(tr.lines, rng)
				confuse(sc, tr.lines, i, j, alt[0], 0.55, 0.2)
				r := decode(t, sc)
				switch {
				case r.Valid && slices.Equal(r.Lines, tr.lines) && len(r.Corrections) == 1 &&
					r.Corrections[0] == Correction{Line: i + 1, Col: j + 1, From: alt[0], To: line[j], Why: r.Corrections[0].Why}:
					corrected++
				case !r.Valid && !r.Clean && blindOnly(r.Doubts):
					doubted++
				default:
					t.Errorf("%s: %c read as %c at %d:%d not corrected: %q %s %v", tr.name, line[j], alt[0], i+1, j+1, r.Lines, r.Note, r.Doubts)
				}
			}
		}
	}
	t.Logf("%d look-alikes corrected by check digits and reported; %d left in doubt (a close character of the same weight modulo 10)", corrected, doubted)
	if corrected == 0 {
		t.Error("nothing corrected")
	}
}

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
// not, as long as the printed character scores within Margin of the best
// glyph and at most MaxCorrections checked characters are misread (mild
// noise: look-alikes and random glyphs lead by at most 0.25, on up to 3
// characters). Heavy noise breaks that bound (a lead up to 0.6, up to 6
// characters): a glyph read wrongly with that lead in a field no check
// digit covers (a name), or swapped for a character of the same weight
// modulo 10 (8 and S), or three misreads that happen to agree with the
// check digits, or a misread that happens to repair a zone printed with a
// wrong check digit, cannot be caught by any decoder. Those are counted apart
// and must each break the bound.
func TestDecodeNeverWrongButValid(t *testing.T) {
	trs := truths(t)
	rounds := 40
	if testing.Short() {
		rounds = 5
	}
	for _, level := range []struct {
		name string
		lead float32 // the wrong glyph's lead over the printed one, at most
		max  int     // damaged characters per zone, at most
	}{{"mild", 0.25, 3}, {"heavy", 0.6, 6}} {
		rng := rand.New(rand.NewPCG(13, uint64(level.max)))
		var exact, corrected, gaveUp, wrongValid, outside, n int
		for range rounds {
			for _, tr := range trs {
				sc := clean(tr.lines, rng)
				// beyond: some glyph leads the printed character by more
				// than Margin, or misleads on more than MaxCorrections
				// checked positions.
				beyond, misled := false, 0
				l, _ := mrz.LayoutOf(mustParse(t, tr.lines).Format)
				g := slots(l)
				for range rng.IntN(level.max + 1) {
					i := rng.IntN(len(tr.lines))
					j := rng.IntN(len(tr.lines[i]))
					c := tr.lines[i][j]
					alt := confusable[c]
					var to byte
					if alt != "" && rng.IntN(4) > 0 {
						to = alt[rng.IntN(len(alt))]
					} else {
						to = ocrb.Alphabet[rng.IntN(len(ocrb.Alphabet))]
					}
					if to == c {
						continue
					}
					lead := -0.1 + (level.lead+0.1)*rng.Float32()
					confuse(sc, tr.lines, i, j, to, 0.4+0.3*rng.Float32(), lead)
					beyond = beyond || lead > Margin
					if lead > 0 && g[i][j].covered {
						misled++
					}
				}
				beyond = beyond || misled > MaxCorrections || !tr.valid
				r := decode(t, sc)
				n++
				right := slices.Equal(r.Lines, tr.lines)
				switch {
				case r.Valid && !right:
					wrongValid++
					if beyond {
						outside++
					} else {
						t.Errorf("%s, %s noise: wrong but valid within the bound: %q, corrections %v", tr.name, level.name, r.Lines, r.Corrections)
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
			level.name, n, exact, corrected, gaveUp, wrongValid, outside)
	}
}
