package mrz

import (
	"errors"
	"strings"
	"testing"
)

const (
	td3Line1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
	td3Line2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
)

func TestParseMalformed(t *testing.T) {
	for _, tc := range []struct {
		name      string
		text      string
		line, col int
		message   string
	}{
		{"empty", "  \n ", 1, 1, "no MRZ text"},
		{"one line", td3Line1, 2, 1, "TD3 zone has 2 lines, found 1"},
		{"three lines", td3Line1 + "\n" + td3Line2 + "\n" + td3Line2, 3, 1, "found 3"},
		{"short line 2", td3Line1 + "\n" + td3Line2[:43], 2, 44, "line 2 has 43 characters"},
		{"long line 2", td3Line1 + "\n" + td3Line2 + "<", 2, 45, "line 2 has 45 characters"},
		{"28 wide", "I<BEL0000000000<<<<<<<<<<<<<\n5001013F0806017BEL<<<<<<<<<<", 1, 29, "line 1 has 28 characters"},
		{"50 wide", strings.Repeat("<", 50) + "\n" + strings.Repeat("<", 50), 1, 45, "line 1 has 50 characters"},
		{"lowercase", "p<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" + td3Line2, 1, 1, "lowercase"},
		{"inner space", td3Line1 + "\nL898902C36 UTO7408122F1204159ZE184226B<<<<10", 2, 11, `character ' '`},
		{"question mark", td3Line1 + "\nL898902C36UTO7408122F1204159ZE18?226B<<<<<10", 2, 33, `character '?'`},
		{"non-ascii", td3Line1 + "\nL898902C36UTÖ7408122F1204159ZE184226B<<<<<10", 2, 13, `character 'Ö'`},
		{"blank between", td3Line1 + "\n\n" + td3Line2, 2, 1, "line 2 is empty"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			z, err := Parse(tc.text)
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("got zone %+v, error %v; want *Error", z, err)
			}
			if e.Line != tc.line || e.Column != tc.col || !strings.Contains(e.Message, tc.message) {
				t.Errorf("got %v, want line %d, column %d: …%s…", e, tc.line, tc.col, tc.message)
			}
		})
	}
}

func TestParseTrimsBlankSpace(t *testing.T) {
	want, err := Parse(td3Line1 + "\n" + td3Line2)
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		td3Line1 + "\n" + td3Line2 + "\n",
		td3Line1 + "\r\n" + td3Line2 + "\r\n",
		"\n  " + td3Line1 + "  \n\t" + td3Line2 + " \n\n",
	} {
		z, err := Parse(text)
		if err != nil {
			t.Errorf("%q: %v", text, err)
			continue
		}
		if strings.Join(z.Lines, "|") != strings.Join(want.Lines, "|") || z.Fields != want.Fields {
			t.Errorf("%q parsed differently: %+v", text, z)
		}
	}
}
