package mrz

import "strings"

//go:generate go run ./internal/gencountries -o iso3166.go

// icaoCodes are the three-letter codes ICAO 9303 Part 3 (8th edition,
// 2021, section 5) uses beside ISO 3166-1 alpha-3, for the issuing state
// and the nationality, written as printed (fillers to three characters),
// cross-checked against the list of cheminfo/mrz (MIT), src/generated/
// states.ts. Only the codes are taken.
var icaoCodes = [...]string{
	"D<<",                             // Germany
	"GBD", "GBN", "GBO", "GBP", "GBS", // British nationals of other classes
	"UNO", "UNA", "UNK", // United Nations; UNK: UNMIK's Kosovo documents
	"EUE",                                           // European Union laissez-passer
	"XBA", "XIM", "XCC", "XCE", "XCO", "XDC", "XEC", // organisations issuing travel documents
	"XES", "XMP", "XOM", "XPO",
	"XXA", "XXB", "XXC", "XXX", // stateless, refugees, unspecified nationality
	"UTO",        // Utopia, the fictitious state of ICAO's specimens
	"ANT", "NTZ", // Netherlands Antilles and the Neutral Zone, in documents issued before their codes were withdrawn
	"RKS", // Kosovo, as its own passports print it (not in ICAO's list)
}

var knownCodes = func() map[string]bool {
	m := make(map[string]bool, len(iso3166)+len(icaoCodes))
	for _, c := range iso3166 {
		m[c] = true
	}
	for _, c := range icaoCodes {
		m[c] = true
	}
	return m
}()

// KnownState reports whether code, as printed in a zone's issuing-state or
// nationality field (three characters, fillers included: "GBR", "D<<"), is
// a code ICAO 9303 allows there: ISO 3166-1 alpha-3, or one of ICAO's own.
// A code written without its fillers ("D") is read as padded.
func KnownState(code string) bool {
	if len(code) < 3 {
		code += strings.Repeat("<", 3-len(code))
	}
	return knownCodes[code]
}

// KnownStates returns every code KnownState accepts, as printed.
func KnownStates() []string {
	out := make([]string, 0, len(knownCodes))
	out = append(out, iso3166[:]...)
	return append(out, icaoCodes[:]...)
}
