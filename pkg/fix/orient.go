package fix

import (
	"image"
	"image/draw"
)

// Orient returns img as a viewer shows it when its EXIF Orientation is o
// (1 to 8): turned and mirrored so that the pixels stand upright without the
// tag. An orientation outside 2 to 8 returns the pixels as they are.
func Orient(img image.Image, o int) *image.RGBA {
	src := toRGBA(img)
	w, h := src.Rect.Dx(), src.Rect.Dy()
	// from maps a pixel of the upright output to the stored pixel it shows.
	var from func(x, y int) (int, int)
	swap := o >= 5 && o <= 8
	switch o {
	case 2: // mirrored
		from = func(x, y int) (int, int) { return w - 1 - x, y }
	case 3: // upside down
		from = func(x, y int) (int, int) { return w - 1 - x, h - 1 - y }
	case 4: // flipped top to bottom
		from = func(x, y int) (int, int) { return x, h - 1 - y }
	case 5: // transposed
		from = func(x, y int) (int, int) { return y, x }
	case 6: // shown turned clockwise
		from = func(x, y int) (int, int) { return y, h - 1 - x }
	case 7: // transversed
		from = func(x, y int) (int, int) { return w - 1 - y, h - 1 - x }
	case 8: // shown turned anticlockwise
		from = func(x, y int) (int, int) { return w - 1 - y, x }
	default:
		return src
	}
	ow, oh := w, h
	if swap {
		ow, oh = h, w
	}
	out := image.NewRGBA(image.Rect(0, 0, ow, oh))
	for y := 0; y < oh; y++ {
		row := out.Pix[y*out.Stride:]
		for x := 0; x < ow; x++ {
			sx, sy := from(x, y)
			s := sy*src.Stride + 4*sx
			copy(row[4*x:4*x+4], src.Pix[s:s+4])
		}
	}
	return out
}

// toRGBA returns img as an *image.RGBA starting at the origin, converting
// it when it is another type.
func toRGBA(img image.Image) *image.RGBA {
	if m, ok := img.(*image.RGBA); ok && m.Rect.Min == (image.Point{}) {
		return m
	}
	b := img.Bounds()
	out := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(out, out.Rect, img, b.Min, draw.Src)
	return out
}
