package synth

import (
	"fmt"
	"image"
)

// Rotate90 returns img turned clockwise by turns quarter turns; negative
// turns go anticlockwise.
func Rotate90(img *image.RGBA, turns int) *image.RGBA {
	switch ((turns % 4) + 4) % 4 {
	case 1:
		return remap(img, true, func(x, y, w, h int) (int, int) { return y, w - 1 - x })
	case 2:
		return remap(img, false, func(x, y, w, h int) (int, int) { return w - 1 - x, h - 1 - y })
	case 3:
		return remap(img, true, func(x, y, w, h int) (int, int) { return h - 1 - y, x })
	}
	return cloneRGBA(img)
}

// ForOrientation returns the pixels a camera stores, with EXIF Orientation
// o (1 to 8), for a scene that looks like img once a viewer applies the tag.
// Pairing it with EXIF.Orientation makes files that display upright only
// when the reader honours the tag. It panics on o outside 1 to 8.
func ForOrientation(img *image.RGBA, o int) *image.RGBA {
	flip := func(m *image.RGBA) *image.RGBA {
		return remap(m, false, func(x, y, w, h int) (int, int) { return w - 1 - x, y })
	}
	switch o {
	case 1:
		return cloneRGBA(img)
	case 2: // mirrored: undone by mirroring
		return flip(img)
	case 3:
		return Rotate90(img, 2)
	case 4: // flipped top to bottom
		return flip(Rotate90(img, 2))
	case 5: // transposed
		return flip(Rotate90(img, 1))
	case 6: // viewer turns it clockwise
		return Rotate90(img, -1)
	case 7: // transversed
		return flip(Rotate90(img, -1))
	case 8: // viewer turns it anticlockwise
		return Rotate90(img, 1)
	}
	panic(fmt.Sprintf("synth: exif orientation %d", o))
}

// remap builds an image whose pixel (x, y) is src's pixel at from(x, y);
// w and h are the output size, swapped from src's when swap is set. The
// result starts at the origin.
func remap(src *image.RGBA, swap bool, from func(x, y, w, h int) (int, int)) *image.RGBA {
	w, h := src.Rect.Dx(), src.Rect.Dy()
	if swap {
		w, h = h, w
	}
	out := image.NewRGBA(image.Rect(0, 0, w, h))
	min := src.Rect.Min
	parallelRows(h, func(y0, y1 int) {
		for y := y0; y < y1; y++ {
			for x := 0; x < w; x++ {
				sx, sy := from(x, y, w, h)
				s := src.PixOffset(min.X+sx, min.Y+sy)
				copy(out.Pix[y*out.Stride+4*x:y*out.Stride+4*x+4], src.Pix[s:s+4])
			}
		}
	})
	return out
}
