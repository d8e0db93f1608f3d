package mrz

import "testing"

func TestKnownState(t *testing.T) {
	for code, want := range map[string]bool{
		"GBR": true, "DEU": true, "D<<": true, "D": true, "UTO": true, "XXA": true, "GBN": true, "UNK": true,
		"EUE": true, "XMP": true, "ZWE": true, "ABW": true,
		"GB8": false, "0EU": false, "XYZ": false, "UK": false, "GB": false, "": false, "D<": true, "<<<": false,
	} {
		if got := KnownState(code); got != want {
			t.Errorf("KnownState(%q) = %v, want %v", code, got, want)
		}
	}
	if n := len(KnownStates()); n != len(knownCodes) || len(iso3166) < 249 {
		t.Errorf("%d codes (%d ISO), want every ISO 3166-1 code and ICAO's own, each once", n, len(iso3166))
	}
}
