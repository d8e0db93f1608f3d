package synth

import (
	"image"
	"image/color"
)

// paintPortrait draws a document photo: a head and shoulders over a plain
// backdrop.
func paintPortrait(img *image.RGBA, rect image.Rectangle, r *prng) {
	paintRect(img, rect, rgb(200, 208, 214))
	clipped := img.SubImage(rect).(*image.RGBA)
	paintFace(clipped, rect, r)
}

// paintFace draws a head and shoulders filling rect; the shoulders run past
// its bottom edge, so callers clip with SubImage where that matters.
func paintFace(img *image.RGBA, rect image.Rectangle, r *prng) {
	skins := [...]color.RGBA{rgb(236, 200, 170), rgb(200, 150, 110), rgb(140, 96, 66), rgb(96, 64, 44)}
	hairs := [...]color.RGBA{rgb(40, 30, 24), rgb(110, 76, 40), rgb(200, 170, 110), rgb(20, 20, 20)}
	shirts := [...]color.RGBA{rgb(40, 50, 90), rgb(160, 40, 40), rgb(60, 90, 60), rgb(230, 230, 230)}
	skin := skins[r.intn(len(skins))]
	paintEllipse(img, sub(rect, -0.1, 0.72, 1.1, 1.4), shirts[r.intn(len(shirts))])
	paintRect(img, sub(rect, 0.4, 0.55, 0.6, 0.8), shade(skin, -20))
	paintEllipse(img, sub(rect, 0.2, 0.08, 0.8, 0.55), hairs[r.intn(len(hairs))])
	paintEllipse(img, sub(rect, 0.26, 0.16, 0.74, 0.7), skin)
	eye := rgb(30, 30, 36)
	paintEllipse(img, sub(rect, 0.35, 0.36, 0.44, 0.41), eye)
	paintEllipse(img, sub(rect, 0.56, 0.36, 0.65, 0.41), eye)
	paintRect(img, sub(rect, 0.34, 0.32, 0.45, 0.335), shade(eye, 20))
	paintRect(img, sub(rect, 0.55, 0.32, 0.66, 0.335), shade(eye, 20))
	paintRect(img, sub(rect, 0.48, 0.42, 0.52, 0.52), shade(skin, -30))
	paintRect(img, sub(rect, 0.42, 0.58, 0.58, 0.6), rgb(160, 70, 70))
}
