package locate

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/synth"
)

// A synthCase is one generated card, turned and degraded.
type synthCase struct {
	kind  synth.Kind
	seed  int64
	turns int     // clockwise quarter turns applied to the card
	tilt  float64 // then a clockwise tilt, degrees
	blur  float64 // Gaussian sigma, source pixels
	jpegQ int     // JPEG round trip quality, 0 for none
	persp float64 // perspective: the far edge shrinks by this share a side
	small float64 // the card drawn at this share of the frame, 0 for full
}

func (c synthCase) name() string {
	return fmt.Sprintf("%s-s%d-r%d-t%+.0f-b%.1f-q%d-p%.2f-s%.2f", c.kind, c.seed, c.turns*90, c.tilt, c.blur, c.jpegQ, c.persp, c.small)
}

// image renders the case at the working plane's size (1000 px long side).
func (c synthCase) image(t testing.TB) *image.Gray {
	card := synth.Card(synth.CardOptions{Width: 1000, Height: 750, Seed: c.seed, Kind: c.kind})
	if c.blur > 0 {
		card = synth.GaussianBlur(card, c.blur)
	}
	g := toGray(card)
	if c.small > 0 {
		g = shrink(g, c.small, 0.3, 0.6, 190)
	}
	if c.persp != 0 {
		g = perspective(g, c.persp, 190)
	}
	g, _ = turnGray(g, c.turns)
	if c.tilt != 0 {
		g = workingPlane(rotateGray(g, c.tilt, 200), 1000)
	}
	if c.jpegQ > 0 {
		var buf bytes.Buffer
		if err := jpeg.Encode(&buf, g, &jpeg.Options{Quality: c.jpegQ}); err != nil {
			t.Fatal(err)
		}
		img, err := jpeg.Decode(&buf)
		if err != nil {
			t.Fatal(err)
		}
		g = toGray(img)
	}
	return g
}

func synthCases() []synthCase {
	var cs []synthCase
	for _, kind := range []synth.Kind{synth.KindID, synth.KindPassport} {
		for seed := int64(1); seed <= 3; seed++ {
			for turns := range 4 {
				for _, tilt := range []float64{0, -15, 15, 7} {
					c := synthCase{kind: kind, seed: seed, turns: turns, tilt: tilt}
					if seed == 2 {
						c.jpegQ = 60
					}
					if seed == 3 {
						c.blur = 1.2
					}
					cs = append(cs, c)
				}
				// a phone held at a slant, and a card far from the lens
				for _, p := range []float64{0.06, -0.06} {
					cs = append(cs, synthCase{kind: kind, seed: seed, turns: turns, persp: p, tilt: 5})
				}
				cs = append(cs, synthCase{kind: kind, seed: seed, turns: turns, small: 0.55, jpegQ: 75})
			}
		}
	}
	return cs
}

// TestSynthRotations: every generated card is found at each quarter turn
// and tilt, read the right way (or flagged Upside), with the right counts.
func TestSynthRotations(t *testing.T) {
	var total, found, counted, turned, upside int
	for _, c := range synthCases() {
		total++
		g := c.image(t)
		z, err := Find(g)
		writeDebug(t, c.name(), g, z)
		if err != nil {
			t.Errorf("%s: %v", c.name(), err)
			continue
		}
		found++
		lines, width := 3, 30
		if c.kind == synth.KindPassport {
			lines, width = 2, 44
		}
		ok := len(z.Lines) == lines
		var got []int
		for _, l := range z.Lines {
			got = append(got, len(l.Cells))
			ok = ok && len(l.Cells) == width
		}
		if ok {
			counted++
		} else {
			t.Errorf("%s: %d lines with %v cells, want %d of %d", c.name(), len(z.Lines), got, lines, width)
		}
		want := (4 - c.turns) % 4 * 90
		switch {
		case z.Rotation == want:
			turned++
			if z.Upside {
				upside++
			}
		case z.Upside && (z.Rotation+180)%360 == want:
			upside++
		default:
			t.Errorf("%s: rotation %d (upside %v), want %d", c.name(), z.Rotation, z.Upside, want)
		}
		if d := z.TiltDeg - c.tilt; d > 1.5 || d < -1.5 {
			// TiltDeg is the lines' angle, clockwise as the card was tilted
			t.Errorf("%s: tilt %.1f, want %.1f", c.name(), z.TiltDeg, c.tilt)
		}
	}
	t.Logf("synthetic: %d cards, %d found, %d with the right counts, %d the right way up, %d flagged upside", total, found, counted, turned, upside)
}
