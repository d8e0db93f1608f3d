package address

import (
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	cases := []struct{ in, want string }{
		{"12 High St, London SW1A 1AA", "12 HIGH STREET LONDON SW1A1AA"},
		{"10 St Albans Rd", "10 SAINT ALBANS ROAD"},
		{"Hauptstraße 5, 10115 Berlin", "HAUPT STRASSE 5 10115 BERLIN"},
		{"Hauptstr. 5", "HAUPT STRASSE 5"},
		{"12 r. de Rivoli", "12 RUE DE RIVOLI"},
		{"Apt. 4B, 1 Main St", "FLAT 4B 1 MAIN STREET"},
		{"00-950 Warszawa", "00-950 WARSZAWA"},
		{"Kalverstraat 92, 1012 PH", "KALVERSTRAAT 92 1012PH"},
		{"1234 NE 5th Ave", "1234 NORTHEAST 5TH AVENUE"},
		{"Łódź, ul. Piotrkowska 1", "LODZ ULICA PIOTRKOWSKA 1"},
		{"", ""},
	}
	for _, c := range cases {
		if got := Normalize(c.in); got != c.want {
			t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestNormalizeBoundsWork(t *testing.T) {
	got := Normalize(strings.Repeat("12 High Street ", 5000))
	if n := len(strings.Fields(got)); n > maxWords {
		t.Errorf("Normalize kept %d words, want at most %d", n, maxWords)
	}
}
