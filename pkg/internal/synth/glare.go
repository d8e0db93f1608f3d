package synth

import (
	"image"
	"math"
)

// AddGlare returns img with a light reflection centred on (cx, cy), in
// image coordinates: a clipped white core over the inner half of radius,
// fading smoothly to nothing at radius, as a lamp reflected by a laminated
// card looks.
func AddGlare(img *image.RGBA, cx, cy, radius int) *image.RGBA {
	out := cloneRGBA(img)
	if radius <= 0 {
		return out
	}
	area := image.Rect(cx-radius, cy-radius, cx+radius+1, cy+radius+1).Intersect(out.Rect)
	rr := float64(radius)
	for y := area.Min.Y; y < area.Max.Y; y++ {
		for x := area.Min.X; x < area.Max.X; x++ {
			d := math.Hypot(float64(x-cx), float64(y-cy)) / rr
			if d >= 1 {
				continue
			}
			a := 1.0
			if d > 0.5 {
				t := (1 - d) / 0.5
				a = t * t * (3 - 2*t)
			}
			i := out.PixOffset(x, y)
			for c := i; c < i+3; c++ {
				v := float64(out.Pix[c])
				out.Pix[c] = uint8(v + (255-v)*a + 0.5)
			}
		}
	}
	return out
}
