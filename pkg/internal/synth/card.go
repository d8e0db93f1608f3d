package synth

import (
	"fmt"
	"image"
	"image/color"
)

// A Kind names the document a Card shows.
type Kind string

// The kinds of document Card can draw.
const (
	KindID       Kind = "id"       // an ID-1 card with portrait, fields and a 3-line MRZ
	KindPassport Kind = "passport" // a passport data page with a 2-line MRZ
	KindBill     Kind = "bill"     // an A4 utility bill: letterhead, address, table
	KindSelfie   Kind = "selfie"   // a face holding a small ID card
)

// Kinds lists every Kind, for tests that cover them all.
var Kinds = []Kind{KindID, KindPassport, KindBill, KindSelfie}

// CardOptions says which document photo Card draws.
type CardOptions struct {
	// Width and Height are the photo size in pixels; zero means 1600×1200.
	Width, Height int
	// Seed picks the layout, colours and text; the same seed gives the same image.
	Seed int64
	// Kind is the document shown; empty means KindID.
	Kind Kind
	// Desk is the colour of the surface the document lies on; the zero
	// value picks one of a few light tones.
	Desk color.RGBA
	// MRZ, for an ID card or a passport, is the machine readable zone
	// printed on it in OCR-B (TD1 and TD3 make them: three lines of 30
	// characters, or two of 44), which pkg/mrzread reads. Without it the
	// zone is random text in block letters that nothing can read.
	MRZ []string
}

// Card draws a sharp, evenly lit photo of a document lying on a desk. Glyph
// sizes follow the image size, so a card measures about as sharp at 800×600
// as at 4032×3024. Card panics on a negative size or an unknown Kind, both
// mistakes in the calling test.
func Card(opt CardOptions) *image.RGBA {
	w, h := opt.Width, opt.Height
	if w == 0 && h == 0 {
		w, h = 1600, 1200
	}
	if w <= 0 || h <= 0 {
		panic(fmt.Sprintf("synth: card size %dx%d", w, h))
	}
	kind := opt.Kind
	if kind == "" {
		kind = KindID
	}
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	r := newPRNG(opt.Seed, kindStream(kind))
	switch kind {
	case KindID:
		paintDeskWith(img, opt.Desk, r)
		st := td1.printing(opt.MRZ)
		paintIDDoc(img, placeDoc(img.Rect, st.aspect, 0.8, r), st, r)
	case KindPassport:
		paintDeskWith(img, opt.Desk, r)
		st := td3.printing(opt.MRZ)
		paintIDDoc(img, placeDoc(img.Rect, st.aspect, 0.84, r), st, r)
	case KindBill:
		paintDeskWith(img, opt.Desk, r)
		paintBill(img, placeDoc(img.Rect, 1/1.414, 0.94, r), r)
	case KindSelfie:
		paintSelfie(img, r)
	default:
		panic(fmt.Sprintf("synth: unknown card kind %q", kind))
	}
	return img
}

// paintDeskWith paints a desk of the given colour, or when it is zero in
// one of a few light tones.
func paintDeskWith(img *image.RGBA, desk color.RGBA, r *prng) {
	tones := [...][3]uint8{{214, 205, 190}, {200, 200, 196}, {222, 214, 200}, {196, 190, 182}}
	t := tones[r.intn(len(tones))]
	if desk != (color.RGBA{}) {
		t = [3]uint8{desk.R, desk.G, desk.B}
	}
	paintDesk(img, rgb(t[0], t[1], t[2]), r)
}

// placeDoc returns the largest rectangle of the given aspect (width/height)
// that covers at most fill of the frame in each direction, nudged off centre
// the way a hand-held photo is.
func placeDoc(frame image.Rectangle, aspect, fill float64, r *prng) image.Rectangle {
	fw, fh := float64(frame.Dx())*fill, float64(frame.Dy())*fill
	w, h := fw, fw/aspect
	if h > fh {
		w, h = fh*aspect, fh
	}
	slackX, slackY := frame.Dx()-int(w), frame.Dy()-int(h)
	x := frame.Min.X + slackX/2 + int(float64(slackX)*0.3*(r.unit()-0.5))
	y := frame.Min.Y + slackY/2 + int(float64(slackY)*0.3*(r.unit()-0.5))
	return image.Rect(x, y, x+int(w), y+int(h))
}

// sub returns the part of r between the fractions (fx0, fy0) and (fx1, fy1).
func sub(r image.Rectangle, fx0, fy0, fx1, fy1 float64) image.Rectangle {
	w, h := float64(r.Dx()), float64(r.Dy())
	return image.Rect(r.Min.X+int(fx0*w), r.Min.Y+int(fy0*h), r.Min.X+int(fx1*w), r.Min.Y+int(fy1*h))
}

// kindStream separates the random streams of the kinds, so an ID card and a
// passport made from one seed do not share their text.
func kindStream(k Kind) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(k); i++ {
		h = (h ^ uint64(k[i])) * 1099511628211
	}
	return h
}
