package mrzread

import (
	"fmt"
	"image"
	"math"
	"math/rand/v2"
	"strings"

	"github.com/kyclint/kyclint/pkg/internal/synth"
)

// A photoCase is one generated document photo: a card or passport whose
// MRZ is printed in OCR-B, photographed with a phone's defects, each drawn
// from the case's seed within bounds that keep the text legible to a person.
type photoCase struct {
	seed    uint64
	kind    synth.Kind
	zone    []string
	w, h    int     // photo size
	persp   float64 // far edge shrunk by this share a side (signed: which edge)
	tilt    float64 // degrees
	light   float64 // darkest corner's gain, 1 for even light
	blur    float64 // Gaussian sigma, in MRZ cap heights
	noise   float64 // sigma, grey levels
	quality int     // JPEG quality
}

func (c photoCase) String() string {
	return fmt.Sprintf("seed %d %s %dx%d persp %+.2f tilt %+.1f° light %.2f blur %.3f noise %.1f q%d",
		c.seed, c.kind, c.w, c.h, c.persp, c.tilt, c.light, c.blur, c.noise, c.quality)
}

// newPhotoCase draws case seed: kind, zone data and defects.
func newPhotoCase(seed uint64) photoCase {
	r := rand.New(rand.NewPCG(seed, 0x9303))
	c := photoCase{seed: seed, kind: synth.KindPassport}
	if r.IntN(2) == 0 {
		c.kind = synth.KindID
	}
	c.zone = randomZone(r, c.kind)
	c.w = 1000 + r.IntN(9)*100
	c.h = c.w * 3 / 4
	c.persp = (r.Float64()*2 - 1) * 0.08
	c.tilt = (r.Float64()*2 - 1) * 8
	c.light = 0.55 + 0.45*r.Float64()
	c.blur = 0.06 * r.Float64()
	c.noise = 8 * r.Float64()
	c.quality = 50 + r.IntN(46)
	return c
}

// randomZone makes a valid zone of random data: names, a document number
// mixing letters and digits, nationality, dates and sex.
func randomZone(r *rand.Rand, kind synth.Kind) []string {
	word := func(min, max int) string {
		var b strings.Builder
		for range min + r.IntN(max-min+1) {
			b.WriteByte(byte('A' + r.IntN(26)))
		}
		return b.String()
	}
	alnum := func(n int) string {
		var b strings.Builder
		for range n {
			if r.IntN(4) == 0 {
				b.WriteByte(byte('A' + r.IntN(26)))
			} else {
				b.WriteByte(byte('0' + r.IntN(10)))
			}
		}
		return b.String()
	}
	date := func(y0, span int) string {
		return fmt.Sprintf("%02d%02d%02d", (y0+r.IntN(span))%100, 1+r.IntN(12), 1+r.IntN(28))
	}
	states := []string{"UTO", "GBR", "DEU", "FRA", "NLD", "SWE", "ITA", "ESP", "POL", "IRL", "CAN", "USA", "D<<"}
	d := synth.MRZData{State: states[r.IntN(len(states))], Surname: word(2, 12), Given: word(3, 8),
		Number: alnum(9), Birth: date(1940, 70), Expiry: date(2020, 15), Sex: string("MF<"[r.IntN(3)])}
	d.Nationality = states[r.IntN(len(states))]
	if r.IntN(2) == 0 {
		d.Given += " " + word(3, 7)
	}
	if kind == synth.KindPassport {
		d.Code = "P"
		if r.IntN(3) == 0 {
			d.Optional = alnum(1 + r.IntN(14))
		}
		return synth.TD3(d)
	}
	d.Code = string("IAC"[r.IntN(3)])
	return synth.TD1(d)
}

// photo draws the case: the document on a desk, seen in perspective and
// tilted, under uneven light, blurred, with sensor noise, saved as JPEG.
func (c photoCase) photo() (image.Image, error) {
	img := synth.Card(synth.CardOptions{Width: c.w, Height: c.h, Seed: int64(c.seed), Kind: c.kind, MRZ: c.zone})
	img = warp(img, c.persp, c.tilt)
	img = unevenLight(img, c.light, c.seed)
	// the MRZ cap height is about 1.5 % of the photo's width on a passport,
	// 2.2 % on a card
	capPx := 0.015 * float64(c.w)
	if c.kind == synth.KindID {
		capPx = 0.022 * float64(c.w)
	}
	if c.blur > 0 {
		img = synth.GaussianBlur(img, c.blur*capPx)
	}
	img = synth.AddNoise(img, c.noise, int64(c.seed))
	return synth.JPEGRoundTrip(img, c.quality)
}

// warp views img through a homography: the left or right edge (persp's
// sign) shrunk towards the middle by |persp| of the height a side, as a
// phone held at a slant sees a card, then turned by tilt degrees about the
// centre. Pixels are sampled bilinearly; the border shows the desk colour
// of the corner.
func warp(img *image.RGBA, persp, tilt float64) *image.RGBA {
	b := img.Rect
	w, h := float64(b.Dx()), float64(b.Dy())
	out := image.NewRGBA(b)
	sin, cos := math.Sincos(-tilt * math.Pi / 180)
	corner := img.Pix[0:4]
	for y := 0; y < b.Dy(); y++ {
		for x := 0; x < b.Dx(); x++ {
			// undo the tilt, then the perspective
			dx, dy := float64(x)-w/2, float64(y)-h/2
			u, v := cos*dx-sin*dy+w/2, sin*dx+cos*dy+h/2
			t := u / w
			if persp < 0 {
				t = 1 - t
			}
			s := 1 - math.Abs(persp)*2*t // the edge's height share at u
			v = h/2 + (v-h/2)/s
			p := out.Pix[out.PixOffset(x, y):]
			if u < 0 || v < 0 || u >= w-1 || v >= h-1 {
				copy(p[:4], corner)
				continue
			}
			sample(img, u, v, p)
		}
	}
	return out
}

// sample writes to p the bilinear sample of img at (u, v).
func sample(img *image.RGBA, u, v float64, p []uint8) {
	x0, y0 := int(u), int(v)
	fx, fy := u-float64(x0), v-float64(y0)
	a := img.Pix[img.PixOffset(x0, y0):]
	c := img.Pix[img.PixOffset(x0, y0+1):]
	for k := range 3 {
		top := float64(a[k])*(1-fx) + float64(a[k+4])*fx
		bot := float64(c[k])*(1-fx) + float64(c[k+4])*fx
		p[k] = uint8(top*(1-fy) + bot*fy + 0.5)
	}
	p[3] = 255
}

// unevenLight multiplies img by a light falling off from a corner chosen
// by seed to the opposite one, where its gain is low.
func unevenLight(img *image.RGBA, low float64, seed uint64) *image.RGBA {
	b := img.Rect
	out := image.NewRGBA(b)
	cx, cy := float64(seed%2), float64(seed/2%2)
	for y := 0; y < b.Dy(); y++ {
		for x := 0; x < b.Dx(); x++ {
			d := math.Hypot(float64(x)/float64(b.Dx())-cx, float64(y)/float64(b.Dy())-cy) / math.Sqrt2
			g := 1 - (1-low)*d
			i := img.PixOffset(x, y)
			for k := range 3 {
				out.Pix[i+k] = uint8(float64(img.Pix[i+k])*g + 0.5)
			}
			out.Pix[i+3] = 255
		}
	}
	return out
}
