package address

import (
	"strings"
	"testing"
)

func TestMask(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"street and postcode", "12 High St, London SW1A 1AA", "** H*** S*, L***** **** ***"},
		{"house number with a letter", "12B Baker Street", "*** B**** S*****"},
		{"letter before the number", "Flat B12, 3 Mill Lane", "F*** ***, * M*** L***"},
		{"number range", "12-14 Baker Street", "**-** B**** S*****"},
		{"flat number", "Flat 3, O'Brien Court", "F*** *, O'***** C****"},
		{"typographic apostrophe", "O\u2019Brien Court", "O\u2019***** C****"},
		{"hyphenated street", "Karl-Marx-Straße 12", "K***-M***-S***** **"},
		{"ordinal", "1st Avenue", "*** A*****"},
		{"postcode with a hyphen", "Rua Augusta 12, 1100-053 Lisboa", "R** A****** **, ****-*** L*****"},
		{"combining mark", "Cafe\u0301 Row 7", "C**** R** *"},
		{"spacing becomes one space each", "12\tHigh\nSt", "** H*** S*"},
		{"no digits", "High Street", "H*** S*****"},
		{"empty", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Mask(c.in); got != c.want {
				t.Errorf("Mask(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestMaskHidesEveryDigit(t *testing.T) {
	for _, in := range []string{"12B Baker Street", "Apt 4C", "SW1A 1AA", "No. 7", "9¾ Platform"} {
		if got := Mask(in); strings.ContainsFunc(got, func(r rune) bool { return r >= '0' && r <= '9' }) {
			t.Errorf("Mask(%q) = %q shows a digit", in, got)
		}
	}
}

func TestMaskBoundsInput(t *testing.T) {
	long := strings.Repeat("12 High Street ", 1000)
	if got := Mask(long); len(got) > maxInputBytes {
		t.Errorf("Mask kept %d bytes, want at most %d", len(got), maxInputBytes)
	}
	if got := Mask("12 \xff High"); got != "**  H***" {
		t.Errorf("Mask dropped invalid UTF-8 as %q", got)
	}
}
