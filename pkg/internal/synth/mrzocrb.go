package synth

import (
	"image"
	"image/color"
	"math"

	"github.com/kyclint/kyclint/pkg/internal/synth/ocrbfont"
)

// paintMRZOCRB prints lines in OCR-B across area, one line to each equal
// band, at the 10 characters to the inch pitch of ICAO 9303 scaled to the
// area's width, so that pkg/mrzread can read them.
func paintMRZOCRB(img *image.RGBA, area image.Rectangle, lines []string, col color.RGBA) {
	if len(lines) == 0 || len(lines[0]) == 0 {
		return
	}
	pitchX := float64(area.Dx()) / float64(len(lines[0]))
	pitchY := float64(area.Dy()) / float64(len(lines))
	ppem := pitchX / ocrbfont.Advance
	// digits stand about a tenth above the caps; keep a line's ink within
	// two thirds of its band
	if capPx := ppem * ocrbfont.CapHeight; capPx > pitchY*0.6 {
		ppem *= pitchY * 0.6 / capPx
	}
	capPx := ppem * ocrbfont.CapHeight
	w, h := area.Dx(), int(math.Ceil(pitchY))
	cov := make([]float32, w*h)
	for i, line := range lines {
		clear(cov)
		base := (pitchY + capPx) / 2
		for j := 0; j < len(line); j++ {
			if line[j] == ' ' {
				continue
			}
			// a character the font lacks is a mistake in the calling test;
			// it is left blank, as a printer would
			_ = ocrbfont.Draw(cov, w, h, line[j], float64(j)*pitchX, base, ppem, 0)
		}
		top := area.Min.Y + int(math.Round(float64(i)*pitchY))
		blendCoverage(img, area.Min.X, top, w, h, cov, col)
	}
}

// blendCoverage lays ink of colour col over img at (x0, y0) in proportion
// to the w×h coverage map cov.
func blendCoverage(img *image.RGBA, x0, y0, w, h int, cov []float32, col color.RGBA) {
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			v := cov[y*w+x]
			if v == 0 || !image.Pt(x0+x, y0+y).In(img.Rect) {
				continue
			}
			p := img.Pix[img.PixOffset(x0+x, y0+y):]
			for k, c := range [3]uint8{col.R, col.G, col.B} {
				p[k] = uint8(math.Round(float64(p[k]) + float64(v)*(float64(c)-float64(p[k]))))
			}
		}
	}
}
