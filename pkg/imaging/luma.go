package imaging

import (
	"image"
	"image/color"
)

// planes returns the working luma plane, reduced by package area to long
// pixels on the long side, and for colour images the Cb and Cr planes
// centred on 0, reduced to chromaLong(long).
// A JPEG's Y plane is used as decoded, without an RGB round trip. Transparent
// pixels are composited over white, as a viewer would show them.
func planes(img image.Image, long int) (y plane, cb, cr *plane) {
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	dw, dh := workingSize(w, h, long)
	cw, ch := workingSize(w, h, chromaLong(long))
	switch m := img.(type) {
	case *image.YCbCr:
		if m.Rect.Min == (image.Point{}) {
			return ycbcrPlanes(m, dw, dh, long)
		}
	case *image.Gray:
		row := func(yy int, dst [][]float32) {
			toFloat(dst[0], m.Pix[yy*m.Stride:yy*m.Stride+w])
		}
		if m.Rect.Min == (image.Point{}) {
			return reduce(row, w, h, target{1, dw, dh, false})[0], nil, nil
		}
	}
	row := rgbRow(img)
	p := reduce(func(yy int, dst [][]float32) {
		row(yy+b.Min.Y, dst[0][:w], dst[1][:w], dst[2][:w])
	}, w, h, target{1, dw, dh, false}, target{2, cw, ch, true})
	return p[0], &p[1], &p[2]
}

// yccRow converts one pixel of 0–255 RGB to Y, Cb and Cr.
func yccRow(r, g, bb float32) (y, cb, cr float32) {
	return 0.299*r + 0.587*g + 0.114*bb,
		-0.168736*r - 0.331264*g + 0.5*bb,
		0.5*r - 0.418688*g - 0.081312*bb
}

// rgbRow returns a function writing row y of img (its pixels composited
// over white, as rgbRows gives them) as Y, Cb and Cr, with the formats the
// decoders produce most read straight from their pixel bytes.
func rgbRow(img image.Image) func(y int, ly, lcb, lcr []float32) {
	b := img.Bounds()
	switch m := img.(type) {
	case *image.RGBA:
		return func(y int, ly, lcb, lcr []float32) {
			o := m.PixOffset(b.Min.X, y)
			pix := m.Pix[o : o+4*len(ly)]
			lcb, lcr = lcb[:len(ly)], lcr[:len(ly)]
			for x := range ly {
				p := pix[4*x : 4*x+4 : 4*x+4]
				white := float32(255 - p[3])
				ly[x], lcb[x], lcr[x] = yccRow(float32(p[0])+white, float32(p[1])+white, float32(p[2])+white)
			}
		}
	case *image.NRGBA:
		return func(y int, ly, lcb, lcr []float32) {
			o := m.PixOffset(b.Min.X, y)
			pix := m.Pix[o : o+4*len(ly)]
			lcb, lcr = lcb[:len(ly)], lcr[:len(ly)]
			for x := range ly {
				p := pix[4*x : 4*x+4 : 4*x+4]
				a := float32(p[3]) / 255
				white := 255 * (1 - a)
				ly[x], lcb[x], lcr[x] = yccRow(float32(p[0])*a+white, float32(p[1])*a+white, float32(p[2])*a+white)
			}
		}
	}
	rgb := rgbRows(img)
	return func(y int, ly, lcb, lcr []float32) {
		for x := range ly {
			r, g, bb := rgb(x+b.Min.X, y)
			ly[x], lcb[x], lcr[x] = yccRow(r, g, bb)
		}
	}
}

func toFloat(dst []float32, src []uint8) {
	for i, v := range src {
		dst[i] = float32(v)
	}
}

// ycbcrPlanes resamples each plane of a YCbCr image from its own size, so
// subsampled chroma needs no upsampling.
func ycbcrPlanes(m *image.YCbCr, dw, dh, long int) (plane, *plane, *plane) {
	b := m.Bounds()
	w, h := b.Dx(), b.Dy()
	y := reduce(func(yy int, dst [][]float32) {
		o := yy * m.YStride
		toFloat(dst[0], m.Y[o:o+w])
	}, w, h, target{1, dw, dh, false})[0]
	cw, ch := chromaSize(m)
	cdw, cdh := workingSize(cw, ch, chromaLong(long))
	c := reduce(func(yy int, dst [][]float32) {
		o := yy * m.CStride
		for x := range cw {
			dst[0][x] = float32(m.Cb[o+x]) - 128
			dst[1][x] = float32(m.Cr[o+x]) - 128
		}
	}, cw, ch, target{2, cdw, cdh, true})
	return y, &c[0], &c[1]
}

// chromaSize is the size of the Cb and Cr planes of m (whose bounds start
// at 0,0 as every decoder returns them).
func chromaSize(m *image.YCbCr) (int, int) {
	w, h := m.Rect.Dx(), m.Rect.Dy()
	fx, fy := 1, 1
	switch m.SubsampleRatio {
	case image.YCbCrSubsampleRatio422:
		fx = 2
	case image.YCbCrSubsampleRatio420:
		fx, fy = 2, 2
	case image.YCbCrSubsampleRatio440:
		fy = 2
	case image.YCbCrSubsampleRatio411:
		fx = 4
	case image.YCbCrSubsampleRatio410:
		fx, fy = 4, 2
	}
	return (w + fx - 1) / fx, (h + fy - 1) / fy
}

// rgbRows returns a pixel reader giving 0–255 RGB composited over white,
// with fast paths for the types the decoders produce most.
func rgbRows(img image.Image) func(x, y int) (r, g, b float32) {
	switch m := img.(type) {
	case *image.RGBA:
		return func(x, y int) (float32, float32, float32) {
			p := m.Pix[m.PixOffset(x, y):]
			white := float32(255 - p[3])
			return float32(p[0]) + white, float32(p[1]) + white, float32(p[2]) + white
		}
	case *image.NRGBA:
		return func(x, y int) (float32, float32, float32) {
			p := m.Pix[m.PixOffset(x, y):]
			a := float32(p[3]) / 255
			white := 255 * (1 - a)
			return float32(p[0])*a + white, float32(p[1])*a + white, float32(p[2])*a + white
		}
	case *image.Paletted:
		pal := make([][3]float32, 256)
		for i, c := range m.Palette {
			pal[i] = overWhite(c)
		}
		return func(x, y int) (float32, float32, float32) {
			c := pal[m.Pix[m.PixOffset(x, y)]]
			return c[0], c[1], c[2]
		}
	}
	return func(x, y int) (float32, float32, float32) {
		c := overWhite(img.At(x, y))
		return c[0], c[1], c[2]
	}
}

func overWhite(c color.Color) [3]float32 {
	r, g, b, a := c.RGBA() // premultiplied, 0–65535
	white := float32(0xffff - a)
	const k = 255.0 / 0xffff
	return [3]float32{(float32(r) + white) * k, (float32(g) + white) * k, (float32(b) + white) * k}
}
