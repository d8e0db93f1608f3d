package synth

import (
	"image"
	"image/color"
)

// docStyle holds what differs between an ID card and a passport page.
type docStyle struct {
	aspect   float64 // width / height
	radius   float64 // corner radius as a fraction of the height
	mrzLines int
	mrzWidth int      // characters per MRZ line
	mrz      []string // printed in OCR-B when set, else random block letters
}

// printing returns st printing zone in OCR-B, when zone is not empty.
func (st docStyle) printing(zone []string) docStyle {
	if len(zone) > 0 {
		st.mrz, st.mrzLines, st.mrzWidth = zone, len(zone), len(zone[0])
	}
	return st
}

var (
	td1 = docStyle{aspect: 85.6 / 54, radius: 0.06, mrzLines: 3, mrzWidth: 30}
	td3 = docStyle{aspect: 125.0 / 88, radius: 0.015, mrzLines: 2, mrzWidth: 44}
)

var (
	ink      = rgb(28, 30, 40)
	labelInk = rgb(90, 96, 110)
)

// paintIDDoc draws an identity document filling rect: a header band,
// a portrait, labelled fields and an MRZ band.
func paintIDDoc(img *image.RGBA, rect image.Rectangle, st docStyle, r *prng) {
	h := float64(rect.Dy())
	radius := int(st.radius * h)
	shadow := rect.Add(image.Pt(int(0.012*h)+1, int(0.016*h)+1))
	paintRoundRect(img, shadow, radius, rgb(120, 116, 110))
	paints := [...]color.RGBA{rgb(226, 236, 240), rgb(240, 230, 226), rgb(232, 240, 226), rgb(236, 232, 242)}
	paintRoundRect(img, rect, radius, paints[r.intn(len(paints))])
	bands := [...]color.RGBA{rgb(30, 60, 130), rgb(120, 30, 50), rgb(20, 100, 80)}
	band, bandInk := sub(rect, 0, 0, 1, 0.13), bands[r.intn(len(bands))]
	paintRoundRect(img, band, radius, bandInk)
	paintRect(img, sub(rect, 0, 0.07, 1, 0.13), bandInk) // square off the lower corners
	gh := int(0.06 * h)
	paintText(img, band.Min.X+band.Dx()/20, band.Min.Y+(band.Dy()-gh)/2, gh, phrase(r, 24), rgb(250, 250, 250))

	mrzTop := 1 - 0.085*float64(st.mrzLines) - 0.04
	paintPortrait(img, sub(rect, 0.04, 0.19, 0.3, mrzTop-0.04), r)
	paintFields(img, sub(rect, 0.35, 0.18, 0.97, mrzTop-0.02), h, r)
	if st.mrz != nil {
		paintMRZOCRB(img, sub(rect, 0.03, mrzTop, 0.97, 0.97), st.mrz, ink)
		return
	}
	paintMRZ(img, sub(rect, 0.03, mrzTop, 0.97, 0.97), st, r)
}

// paintFields draws label/value pairs in rows, two columns where they fit.
func paintFields(img *image.RGBA, area image.Rectangle, h float64, r *prng) {
	lh, vh := max(4, int(0.028*h)), max(5, int(0.048*h))
	pitch := lh + vh + int(0.04*h)
	maxChars := area.Dx() / glyphWidth(vh)
	for y := area.Min.Y; y+pitch <= area.Max.Y+int(0.02*h); y += pitch {
		if r.intn(3) == 0 {
			half := area.Dx() / 2
			paintField(img, area.Min.X, y, lh, vh, date(r), r)
			paintField(img, area.Min.X+half, y, lh, vh, word(r, 1)+" "+word(r, 3), r)
			continue
		}
		paintField(img, area.Min.X, y, lh, vh, phrase(r, maxChars), r)
	}
}

func paintField(img *image.RGBA, x, y, lh, vh int, value string, r *prng) {
	paintText(img, x, y, lh, word(r, r.between(4, 10)), labelInk)
	paintText(img, x, y+lh+lh/2, vh, value, ink)
}

// paintMRZ draws the machine-readable zone as monospace lines.
func paintMRZ(img *image.RGBA, area image.Rectangle, st docStyle, r *prng) {
	pitchX := area.Dx() / st.mrzWidth
	pitchY := area.Dy() / st.mrzLines
	gh := min(pitchY*7/10, pitchX*4/3)
	for i, line := range mrzLines(r, st.mrzLines, st.mrzWidth) {
		y := area.Min.Y + i*pitchY + (pitchY-gh)/2
		for j := 0; j < len(line); j++ {
			paintGlyph(img, area.Min.X+j*pitchX, y, gh, line[j], ink)
		}
	}
}
