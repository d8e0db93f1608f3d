package address

import (
	"strings"
	"testing"
)

var addressCases = []struct {
	declared, proof string
	want            Result
	detail          string // a substring the detail must contain
}{
	// Same address, written differently.
	{"12 High Street, London SW1A 1AA", "12 High St, London SW1A1AA", Match, "match"},
	{"12 High Street, London SW1A 1AA", "12 HIGH STREET LONDON sw1a 1aa", Match, ""},
	{"12 High Street, London SW1A 1AA", "12 High St., London, SW1A 1AA, United Kingdom", Match, ""},
	{"Flat 3, 12 Baker Street, London NW1 6XE", "Apt. 3, 12 Baker St, London NW1 6XE", Match, ""},
	{"Flat 3, 12 Baker Street, London NW1 6XE", "Apartment 3, 12 Baker Street, London NW16XE", Match, ""},
	{"5 Park Rd, Leeds LS1 1AB", "5 Park Road, Leeds LS1 1AB", Match, ""},
	{"7 Elm Ave, Springfield IL 62704", "7 Elm Avenue, Springfield, IL 62704", Match, ""},
	{"9 Rose Ln, York YO1 7HH", "9 Rose Lane, York YO1 7HH", Match, ""},
	{"22 Oak Dr, Austin TX 78701", "22 Oak Drive, Austin, TX 78701", Match, ""},
	{"3 King's Ct, Bath BA1 1AA", "3 Kings Court, Bath BA1 1AA", Match, ""},
	{"1 Russell Sq, London WC1B 5BE", "1 Russell Square, London WC1B 5BE", Match, ""},
	{"4 Portland Pl, London W1B 1PR", "4 Portland Place, London W1B 1PR", Match, ""},
	{"100 Sunset Blvd, Los Angeles CA 90028", "100 Sunset Boulevard, Los Angeles CA 90028", Match, ""},
	{"1600 Pennsylvania Ave NW, Washington DC 20500", "1600 Pennsylvania Avenue Northwest, Washington, DC 20500", Match, ""},
	{"Hauptstraße 5, 10115 Berlin", "Hauptstr. 5, 10115 Berlin", Match, ""},
	{"Hauptstraße 5, 10115 Berlin", "Hauptstrasse 5, 10115 Berlin, Deutschland", Match, ""},
	{"Karl-Marx-Straße 12, 12043 Berlin", "Karl Marx Str. 12, 12043 Berlin", Match, ""},
	{"Marienplatz 8, 80331 München", "Marienpl. 8, 80331 Muenchen", Partial, "town"},
	{"Marienplatz 8, 80331 München", "Marienplatz 8, 80331 Munchen", Match, ""},
	{"12 rue de Rivoli, 75001 Paris", "12 r. de Rivoli, 75001 PARIS", Match, ""},
	{"8 avenue Foch, 75116 Paris", "8 av. Foch, 75116 Paris", Match, ""},
	{"Kalverstraat 92, 1012 PH Amsterdam", "Kalverstraat 92, 1012PH Amsterdam", Match, ""},
	{"ul. Marszałkowska 10, 00-950 Warszawa", "ulica Marszalkowska 10, 00-950 Warszawa", Match, ""},
	{"24 Sussex Dr, Ottawa ON K1M 1M4", "24 Sussex Drive, Ottawa, ON K1M1M4", Match, ""},
	{"10 St Albans Road, Watford WD17 1AA", "10 Saint Albans Rd, Watford WD17 1AA", Match, ""},
	{"No. 5 Main St, Dublin D02 X285", "5 Main Street, Dublin D02X285", Match, ""},
	{"Room 5, 12 MG Road, Bengaluru 560001", "Rm 5, 12 MG Rd, Bengaluru 560001", Match, ""},
	{"12 MG Road, Bengaluru 560001", "12 MG Road, Bengaluru 560002", Differ, "postcode differs"},

	// Partial: the same place with a part missing or written differently.
	{"Flat 3, 12 Baker Street, London NW1 6XE", "12 Baker Street, London NW1 6XE", Partial, "flat number missing"},
	{"12 High Street, London SW1A 1AA", "12 High Street, SW1A 1AA", Partial, "town incomplete"},
	{"12 High Street, London SW1A 1AA", "12 High Street, London", Partial, "postcode missing"},
	{"12 High Street, London SW1A 1AA", "12 Market Street, London SW1A 1AA", Partial, "street differs"},
	{"12 High Street, London SW1A 1AA", "12 High Street, Westminster SW1A 1AA", Partial, "town differs"},

	// Differ: another place.
	{"12 High Street, London SW1A 1AA", "12 High Street, London SW1A 2AA", Differ, "postcode differs"},
	{"12 High Street, London SW1A 1AA", "14 High Street, London SW1A 1AA", Differ, "house number differs"},
	{"Flat 3, 12 Baker Street, London NW1 6XE", "Flat 4, 12 Baker Street, London NW1 6XE", Differ, "flat number differs"},
	{"12 High Street, London", "12 Market Street, London", Differ, "street differs"},
	{"Hauptstraße 5, 10115 Berlin", "Hauptstraße 7, 10117 Berlin", Differ, "postcode differs; house number differs"},
	{"12 High Street, London SW1A 1AA", "1 Rue de Rivoli, 75001 Paris", Differ, "postcode differs"},
	{"12 High Street, London SW1A 1AA", "", Differ, "empty"},
	{"12 Main St, Springfield", "12 Main St, Shelbyville", Differ, "town differs"},
}

func TestCompare(t *testing.T) {
	if len(addressCases) < 30 {
		t.Fatalf("only %d address cases; the table should hold at least 30", len(addressCases))
	}
	for _, c := range addressCases {
		got := Compare(c.declared, c.proof)
		if got.Result != c.want || !strings.Contains(got.Detail, c.detail) {
			t.Errorf("Compare(%q, %q) = %v %q; want %v containing %q",
				c.declared, c.proof, got.Result, got.Detail, c.want, c.detail)
		}
		if back := Compare(c.proof, c.declared); back.Result != got.Result {
			t.Errorf("Compare is not symmetric for %q / %q: %v then %v", c.declared, c.proof, got.Result, back.Result)
		}
	}
}
