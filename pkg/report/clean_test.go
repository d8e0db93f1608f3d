package report

import "testing"

func TestCleanName(t *testing.T) {
	for in, want := range map[string]string{
		"passport.jpg":                     "passport.jpg",
		"Åsa Öberg.jpg":                    "Åsa Öberg.jpg",
		"x\x1b]0;pwned\x07.jpg":            `x\x1b]0;pwned\x07.jpg`,
		"a\nb  pass\r.jpg":                 `a\x0ab  pass\x0d.jpg`,
		"tab\there\x7f":                    `tab\x09here\x7f`,
		"csi\u009b31m":                     `csi\u009b31m`,
		"cod\u202egpj.exe":                 `cod\u202egpj.exe`,
		"iso\u2066late\u2069 \u200f\ufeff": `iso\u2066late\u2069 \u200f\ufeff`,
		"bad\xffbyte":                      `bad\xffbyte`,
		"nul\x00":                          `nul\x00`,
	} {
		if got := cleanName(in); got != want {
			t.Errorf("cleanName(%q) = %q, want %q", in, got, want)
		}
	}
}
