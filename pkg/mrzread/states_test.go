package mrzread

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/synth"
	"github.com/kyclint/kyclint/pkg/mrzread/internal/ocrb"
)

// TestDecodeStateCodes: the list of codes ICAO allows vouches for a faint
// letter of a known code that no other code comes close to, restores a
// code whose letter was misread as a look-alike (without vouching for it),
// and leaves a doubt where two known codes are close (GBR, GBD).
func TestDecodeStateCodes(t *testing.T) {
	zone := func(nat string) []string {
		return synth.TD3(synth.MRZData{Code: "P", State: "UTO", Nationality: nat, Surname: "ERIKSSON", Given: "ANNA MARIA",
			Number: "L898902C3", Birth: "740812", Expiry: "120415", Sex: "F", Optional: "ZE184226B"})
	}
	for _, c := range []struct {
		name      string
		nat       string
		col       int
		read      byte
		base      float32
		lead      float32
		valid     bool
		wantExact bool
	}{
		{"faint letter of a known code", "UTO", 11, 'T', 0.6, 0, true, true},
		{"look-alike making no code", "UTO", 10, 'V', 0.85, 0.05, false, true},
		{"two known codes close", "GBR", 12, 'R', 0.7, 0, false, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			lines := zone(c.nat)
			sc := clean(lines, rand.New(rand.NewPCG(3, 4)))
			confuse(sc, lines, 1, c.col, c.read, c.base, c.lead)
			if c.nat == "GBR" {
				sc[1][12][ocrb.Index('D')] = 0.65
			}
			r := decode(t, sc)
			if exact := r.Text() == strings.Join(lines, "\n"); exact != c.wantExact || r.Valid != c.valid {
				t.Errorf("read\n%s\nexact %v valid %v, want %v %v; doubts %+v", r.Text(), exact, r.Valid, c.wantExact, c.valid, r.Doubts)
			}
		})
	}
}
