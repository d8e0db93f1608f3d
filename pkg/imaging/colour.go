package imaging

import "math"

// ColourPixelChroma is how far, on the ±128 Cb/Cr scale, a pixel's chroma
// must stand from the photo's colour cast to count as carrying colour.
const ColourPixelChroma = 10

// colourShare returns the share of chroma pixels that carry colour of
// their own, after the light's colour cast is taken out.
//
// A black-and-white copy photographed under warm light is tinted, and the
// tint is multiplicative: a pixel's chroma is the light's chroma scaled by
// its brightness. The cast is therefore read from the brightest pixels (the
// paper, which shows the light's colour) and scaled by each pixel's luma
// before it is subtracted. What stays is colour printed or photographed in
// the document: red print, a colour portrait, a tinted background. A share
// is not pulled down by white paper the way a spread of chroma is.
//
// y is the working luma plane; cb and cr are the smaller chroma planes.
func colourShare(y plane, cb, cr plane) float64 {
	if len(cb.pix) == 0 {
		return 0
	}
	lum := lumaAt(y, cb.w, cb.h)
	defer putFloats(lum)
	refY, refB, refR := whitePoint(lum, cb, cr)
	if refY <= 0 {
		return 0
	}
	var coloured int
	for i, l := range lum {
		k := l / refY
		db := cb.pix[i] - refB*k
		dr := cr.pix[i] - refR*k
		if db*db+dr*dr > ColourPixelChroma*ColourPixelChroma {
			coloured++
		}
	}
	return float64(coloured) / float64(len(lum))
}

// whitePoint returns the mean luma and chroma of the brightest tenth of
// the pixels.
func whitePoint(lum []float32, cb, cr plane) (y, b, r float32) {
	var hist [256]int
	for _, l := range lum {
		hist[clampByte(l)]++
	}
	from := 255
	for n := 0; from > 0 && n < len(lum)/10; from-- {
		n += hist[from]
	}
	var sy, sb, sr float64
	var n int
	for i, l := range lum {
		if int(clampByte(l)) > from {
			sy, sb, sr = sy+float64(l), sb+float64(cb.pix[i]), sr+float64(cr.pix[i])
			n++
		}
	}
	if n == 0 {
		return 0, 0, 0
	}
	return float32(sy / float64(n)), float32(sb / float64(n)), float32(sr / float64(n))
}

// lumaAt gives each sample of a w×h grid (the chroma planes' size) the
// brightness of its area of the working luma, from every other row and
// column of it: the brightness only scales the light's cast, and a quarter
// of the samples gives it as well as all of them.
//
// Each output's samples are added in the same order as when it is summed
// alone (row by row, left to right), a plane row at a time.
func lumaAt(y plane, w, h int) []float32 {
	out := getFloats(w * h) // zeroed
	xs := make([][2]int, w)
	for ox := range xs {
		xs[ox][0], xs[ox][1] = span(ox, w, y.w)
	}
	for oy := range h {
		y0, y1 := span(oy, h, y.h)
		dst := out[oy*w : (oy+1)*w]
		for yy := y0; yy < y1; yy += 2 {
			row := y.pix[yy*y.w : (yy+1)*y.w]
			for ox, sx := range xs {
				s := dst[ox]
				for x := sx[0]; x < sx[1]; x += 2 {
					s += row[x]
				}
				dst[ox] = s
			}
		}
		ny := (y1 - y0 + 1) / 2
		for ox, sx := range xs {
			dst[ox] /= float32(ny * ((sx[1] - sx[0] + 1) / 2))
		}
	}
	return out
}

// span returns the source range [a, b) that output sample i of n covers
// in a source of size src; never empty.
func span(i, n, src int) (int, int) {
	a := int(math.Floor(float64(i) * float64(src) / float64(n)))
	b := int(math.Floor(float64(i+1) * float64(src) / float64(n)))
	return a, max(b, a+1)
}
