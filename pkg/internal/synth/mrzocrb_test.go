package synth_test

import (
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/synth"
	"github.com/kyclint/kyclint/pkg/mrz"
	"github.com/kyclint/kyclint/pkg/mrzread"
)

// TestZonesMatchICAOSpecimens builds the zones of ICAO 9303's specimen
// passport (Part 4) and card (Part 5) from their data.
func TestZonesMatchICAOSpecimens(t *testing.T) {
	td3 := synth.TD3(synth.MRZData{Code: "P", State: "UTO", Nationality: "UTO", Surname: "ERIKSSON", Given: "ANNA MARIA",
		Number: "L898902C3", Birth: "740812", Expiry: "120415", Sex: "F", Optional: "ZE184226B"})
	td1 := synth.TD1(synth.MRZData{Code: "I", State: "UTO", Nationality: "UTO", Surname: "ERIKSSON", Given: "ANNA MARIA",
		Number: "D23145890", Birth: "740812", Expiry: "120415", Sex: "F"})
	for _, c := range []struct{ got, want string }{
		{join(td3), "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"},
		{join(td1), "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<"},
	} {
		if c.got != c.want {
			t.Errorf("got\n%s\nwant\n%s", c.got, c.want)
		}
	}
}

// TestCardMRZReadsBack prints a passport's and a card's zone in OCR-B and
// reads it back from the photo with pkg/mrzread: the zone synth writes must
// be one pkg/mrz accepts, and the one read.
func TestCardMRZReadsBack(t *testing.T) {
	d := synth.MRZData{Code: "P", State: "UTO", Nationality: "UTO", Surname: "ERIKSSON", Given: "ANNA MARIA",
		Number: "L898902C3", Birth: "740812", Expiry: "120415", Sex: "F", Optional: "ZE184226B"}
	for _, c := range []struct {
		kind synth.Kind
		zone []string
		seed int64
	}{
		{synth.KindPassport, synth.TD3(d), 1},
		{synth.KindID, synth.TD1(synth.MRZData{Code: "I", State: "UTO", Nationality: "UTO", Surname: "ERIKSSON",
			Given: "ANNA MARIA", Number: "D23145890", Birth: "740812", Expiry: "120415", Sex: "F"}), 2},
	} {
		z, err := mrz.Parse(join(c.zone))
		if err != nil || !z.Valid() {
			t.Fatalf("%s: synth wrote a zone pkg/mrz refuses: %v %+v\n%s", c.kind, err, z, join(c.zone))
		}
		for _, size := range [][2]int{{1500, 1000}, {800, 600}, {2400, 1800}} {
			img := synth.Card(synth.CardOptions{Width: size[0], Height: size[1], Seed: c.seed, Kind: c.kind, MRZ: c.zone})
			res, err := mrzread.Read(img)
			if err != nil {
				t.Errorf("%s %v: %v", c.kind, size, err)
				continue
			}
			if res.Text() != join(c.zone) || !res.Valid {
				t.Errorf("%s %v: read (valid %v)\n%s\nwant\n%s", c.kind, size, res.Valid, res.Text(), join(c.zone))
			}
		}
	}
}

func join(lines []string) string {
	s := ""
	for i, l := range lines {
		if i > 0 {
			s += "\n"
		}
		s += l
	}
	return s
}
