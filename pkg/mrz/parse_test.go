package mrz

import (
	"strings"
	"testing"
)

func TestParseSpecimens(t *testing.T) {
	for _, s := range specimens {
		t.Run(s.name, func(t *testing.T) {
			z, err := Parse(s.text)
			if err != nil {
				t.Fatal(err)
			}
			if z.Format != s.format {
				t.Errorf("format %s, want %s", z.Format, s.format)
			}
			if z.Fields != s.fields {
				t.Errorf("fields\n got %+v\nwant %+v", z.Fields, s.fields)
			}
			var names []string
			for _, c := range z.Checks {
				names = append(names, c.Name)
				if !c.OK {
					t.Errorf("%s check digit fails: %s", c.Name, c.Message())
				}
			}
			if strings.Join(names, ",") != strings.Join(s.digits, ",") {
				t.Errorf("check digits %v, want %v", names, s.digits)
			}
			if !z.Valid() || len(z.Problems) != 0 {
				t.Errorf("valid=%v problems=%v, want a valid zone", z.Valid(), z.Problems)
			}
		})
	}
}

// TestBrokenDigits changes each printed check digit of each specimen in
// turn: that digit must fail, be named, and make the zone invalid.
func TestBrokenDigits(t *testing.T) {
	for _, s := range specimens {
		good, err := Parse(s.text)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range good.Checks {
			lines := append([]string(nil), good.Lines...)
			wrong := byte('0' + (c.Want+1)%10)
			row := []byte(lines[c.Line-1])
			row[c.Column-1] = wrong
			lines[c.Line-1] = string(row)
			z, err := Parse(strings.Join(lines, "\n"))
			if err != nil {
				t.Fatalf("%s/%s: %v", s.name, c.Name, err)
			}
			if z.Valid() {
				t.Errorf("%s: broken %s digit still valid", s.name, c.Name)
			}
			var failed *Check
			for i := range z.Checks {
				if z.Checks[i].Name == c.Name {
					failed = &z.Checks[i]
				}
			}
			if failed == nil || failed.OK || failed.Got != string(wrong) || failed.Want != c.Want {
				t.Errorf("%s: broken %s digit gave %+v", s.name, c.Name, failed)
				continue
			}
			want := label(c.Name) + " check digit is " + string(wrong)
			if !strings.HasPrefix(failed.Message(), want) {
				t.Errorf("%s: message %q, want prefix %q", s.name, failed.Message(), want)
			}
		}
	}
}

func TestParseNamedFailures(t *testing.T) {
	for _, tc := range []struct {
		text      string
		failing   string
		line, col int
		got       string
		want      int
	}{
		// The DESIGN §6 example: the composite digit printed as 9.
		{"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<19", digitComposite, 2, 44, "9", 0},
		{"I<UTOD231458905<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<", digitNumber, 1, 15, "5", 7},
		{"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<20", digitOptional, 2, 43, "2", 1},
		// An empty personal number with a digit other than 0 or <.
		{"P<CANMARTIN<<SARAH<<<<<<<<<<<<<<<<<<<<<<<<<<\nZE000509<9CAN8501019F2301147<<<<<<<<<<<<<<18", digitOptional, 2, 43, "1", 0},
		// A long number whose continuation is missing: the digit is a filler.
		{"I<UTOSTEVENSON<<PETER<JOHN<<<<<<<<<<\nD23145890<UTO3407127M9507122<<<<<<<8", digitNumber, 2, 10, "<", 7},
		// A letter where a digit belongs (OCR reading 5 as S).
		{"I<UTOD231458907<<<<<<<<<<<<<<<\n740812SF1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<", digitBirth, 2, 7, "S", 2},
	} {
		z, err := Parse(tc.text)
		if err != nil {
			t.Fatal(err)
		}
		var found bool
		for _, c := range z.Checks {
			if c.Name == tc.failing {
				found = true
				if c.OK || c.Line != tc.line || c.Column != tc.col || c.Got != tc.got || c.Want != tc.want {
					t.Errorf("%s: got %+v", tc.failing, c)
				}
			}
		}
		if !found || z.Valid() {
			t.Errorf("%q: %s check not failing", tc.text, tc.failing)
		}
	}
}

func TestEmptyOptionalDigitFiller(t *testing.T) {
	for _, text := range []string{
		"P<POLKOWALSKA<KWIATKOWSKA<<JOANNA<<<<<<<<<<<\nAA00000000POL6002084F1412314<<<<<<<<<<<<<<<4",
		"P<CANMARTIN<<SARAH<<<<<<<<<<<<<<<<<<<<<<<<<<\nZE000509<9CAN8501019F2301147<<<<<<<<<<<<<<08",
	} {
		z, err := Parse(text)
		if err != nil {
			t.Fatal(err)
		}
		if !z.Valid() {
			t.Errorf("%q: %+v", text, z.Report().Errors)
		}
	}
}

// Belgian cards compute a long number's digit with or without the < that
// announces it; both must pass, and a wrong digit must still fail.
func TestBelgianLongNumbers(t *testing.T) {
	for _, tc := range []struct {
		line1, line2 string
		number       string
		valid        bool
	}{
		{"IDBEL600001795<0152<<<<<<<<<<<", "1301014F2311207BEL130101987398", "600001795015", true},
		{"IDBEL000590240<6013<<<<<<<<<<<", "8512017F1311048BEL851201002007", "000590240601", true},
		{"IDBEL000590240<6016<<<<<<<<<<<", "8512017F1311048BEL851201002007", "000590240601", false},
	} {
		z, err := Parse(tc.line1 + "\n" + tc.line2 + "\nSPECIMEN<<SPECIMEN<<<<<<<<<<<<")
		if err != nil {
			t.Fatal(err)
		}
		if z.Fields.DocumentNumber != tc.number {
			t.Errorf("%s: number %q, want %q", tc.line1, z.Fields.DocumentNumber, tc.number)
		}
		if ok := z.Checks[0].OK; ok != tc.valid {
			t.Errorf("%s: document number digit ok=%v, want %v", tc.line1, ok, tc.valid)
		}
	}
}

func TestParseProblems(t *testing.T) {
	for _, tc := range []struct {
		line2     string
		line, col int
		message   string
	}{
		{"7413128F1204159UTO<<<<<<<<<<<6", 2, 1, "month 13"},
		{"7402308F1204159UTO<<<<<<<<<<<6", 2, 1, "day 30"},
		{"7408122B1204159UTO<<<<<<<<<<<6", 2, 8, "sex is B"},
		{"74<8122F1204159UTO<<<<<<<<<<<6", 2, 1, "neither two digits nor <<"},
	} {
		z, err := Parse("I<UTOD231458907<<<<<<<<<<<<<<<\n" + tc.line2 + "\nERIKSSON<<ANNA<MARIA<<<<<<<<<<")
		if err != nil {
			t.Fatal(err)
		}
		if len(z.Problems) != 1 || z.Valid() {
			t.Fatalf("%s: problems %v", tc.line2, z.Problems)
		}
		p := z.Problems[0]
		if p.Line != tc.line || p.Column != tc.col || !strings.Contains(p.Message, tc.message) {
			t.Errorf("%s: got %+v, want %d:%d %q", tc.line2, p, tc.line, tc.col, tc.message)
		}
	}
	// An unknown birth date is allowed by ICAO: no problem, digits still checked.
	z, err := Parse("I<UTOD231458907<<<<<<<<<<<<<<<\n<<<<<<0F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<")
	if err != nil {
		t.Fatal(err)
	}
	if len(z.Problems) != 0 {
		t.Errorf("unknown birth date reported: %v", z.Problems)
	}
}
