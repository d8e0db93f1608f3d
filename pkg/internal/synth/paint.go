package synth

import (
	"image"
	"image/color"
	"math"
)

// paintRect fills r, clipped to the image, with c. It writes Pix directly
// because cards at 12 MP are painted many times per test run.
func paintRect(img *image.RGBA, r image.Rectangle, c color.RGBA) {
	r = r.Intersect(img.Rect)
	if r.Empty() {
		return
	}
	row := img.Pix[img.PixOffset(r.Min.X, r.Min.Y) : img.PixOffset(r.Max.X-1, r.Min.Y)+4]
	for i := 0; i < len(row); i += 4 {
		row[i], row[i+1], row[i+2], row[i+3] = c.R, c.G, c.B, c.A
	}
	for y := r.Min.Y + 1; y < r.Max.Y; y++ {
		copy(img.Pix[img.PixOffset(r.Min.X, y):], row)
	}
}

// paintSpan fills the pixels [x0, x1) of row y.
func paintSpan(img *image.RGBA, y, x0, x1 int, c color.RGBA) {
	paintRect(img, image.Rect(x0, y, x1, y+1), c)
}

// paintRoundRect fills r with corners of the given radius, the shape of a
// plastic card or a rounded photo.
func paintRoundRect(img *image.RGBA, r image.Rectangle, radius int, c color.RGBA) {
	radius = min(radius, r.Dx()/2, r.Dy()/2)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		d := 0
		if dy := min(y-r.Min.Y, r.Max.Y-1-y); dy < radius {
			e := float64(radius - dy)
			d = radius - int(math.Sqrt(float64(radius*radius)-e*e))
		}
		paintSpan(img, y, r.Min.X+d, r.Max.X-d, c)
	}
}

// paintEllipse fills the ellipse inscribed in r.
func paintEllipse(img *image.RGBA, r image.Rectangle, c color.RGBA) {
	cx := float64(r.Min.X+r.Max.X) / 2
	cy := float64(r.Min.Y+r.Max.Y) / 2
	rx, ry := float64(r.Dx())/2, float64(r.Dy())/2
	if rx <= 0 || ry <= 0 {
		return
	}
	for y := r.Min.Y; y < r.Max.Y; y++ {
		t := (float64(y) + 0.5 - cy) / ry
		if t*t >= 1 {
			continue
		}
		half := rx * math.Sqrt(1-t*t)
		paintSpan(img, y, int(math.Round(cx-half)), int(math.Round(cx+half)), c)
	}
}

// rgb is shorthand for an opaque colour.
func rgb(r, g, b uint8) color.RGBA { return color.RGBA{r, g, b, 255} }

// shade moves each channel of c by d, clamped.
func shade(c color.RGBA, d int) color.RGBA {
	return rgb(clamp8(int(c.R)+d), clamp8(int(c.G)+d), clamp8(int(c.B)+d))
}

func clamp8(v int) uint8 {
	return uint8(min(max(v, 0), 255))
}
