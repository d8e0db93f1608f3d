package names

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Jan Piotr Nowak", "JAN PIOTR NOWAK"},
		{"  jan\tpiotr\n nowak ", "JAN PIOTR NOWAK"},
		{"O'Neil", "ONEIL"},
		{"D’Arcy", "DARCY"},
		{"Smith-Jones", "SMITH JONES"},
		{"NOWAK<<JAN<PIOTR<<<<", "NOWAK JAN PIOTR"},
		{"Nowak, Jan", "NOWAK JAN"},
		{"A. M. Eriksson", "A M ERIKSSON"},
		{"Müller", "MÜLLER"},
		{"Mu\u0308ller", "MÜLLER"}, // decomposed input composes
		{"Groß", "GROSS"},
		{"Ｊａｎ", "JAN"},
		{"ﬁona", "FIONA"},
		{"Paral·lel", "PARALLEL"},
		{"张伟", "张伟"},
		{"Пётр", "ПЁТР"},
		{"", ""},
		{"'-.,<", ""},
		{"Jo\u200bhn", "JOHN"},
	}
	for _, c := range cases {
		if got := Normalize(c.in); got != c.want {
			t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestNormalizeBoundsWork(t *testing.T) {
	long := strings.Repeat("Abcdefghij ", 10000) + strings.Repeat("x", 100000)
	got := Normalize(long)
	if n := len(strings.Fields(got)); n > maxTokens {
		t.Errorf("Normalize kept %d tokens, want at most %d", n, maxTokens)
	}
	for _, f := range strings.Fields(Normalize(strings.Repeat("é", 5000))) {
		if utf8.RuneCountInString(f) > maxTokenRunes {
			t.Errorf("token of %d runes kept, want at most %d", utf8.RuneCountInString(f), maxTokenRunes)
		}
	}
	if v := Compare(long, long, DefaultOptions()); v.Result != Match {
		t.Errorf("Compare of a long name with itself = %v, want match", v.Result)
	}
}

func TestCompareIsSymmetric(t *testing.T) {
	for _, c := range nameCases {
		if c.opt.Truncated || c.opt.DropTitles {
			continue // these options describe the document side only
		}
		ab := Compare(c.declared, c.document, c.opt)
		ba := Compare(c.document, c.declared, c.opt)
		if ab.Result != ba.Result {
			t.Errorf("Compare(%q, %q) = %v but swapped = %v", c.declared, c.document, ab.Result, ba.Result)
		}
	}
}

func TestTierString(t *testing.T) {
	if got := TierMiddleNameMissing.String(); got != "middle name missing" {
		t.Errorf("TierMiddleNameMissing.String() = %q", got)
	}
	if got := Tier(99).String(); got != "none" {
		t.Errorf("Tier(99).String() = %q, want none", got)
	}
	if got := Result(0).String(); got != "differ" {
		t.Errorf("zero Result = %q, want differ", got)
	}
}
