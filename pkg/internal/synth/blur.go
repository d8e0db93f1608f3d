package synth

import (
	"image"
	"math"
)

// GaussianBlur returns img blurred with a Gaussian of standard deviation
// sigma pixels, the defocus or hand shake that image.blur must catch. The
// kernel is applied separably in 16-bit fixed point with edges clamped;
// sigma <= 0 returns an unblurred copy.
func GaussianBlur(img *image.RGBA, sigma float64) *image.RGBA {
	out := cloneRGBA(img)
	if sigma <= 0 {
		return out
	}
	kern := gaussKernel(sigma)
	w, h := img.Rect.Dx(), img.Rect.Dy()
	tmp := image.NewRGBA(image.Rect(0, 0, w, h))
	parallelRows(h, func(y0, y1 int) { blurRows(tmp, out, kern, y0, y1) })
	parallelRows(h, func(y0, y1 int) { blurCols(out, tmp, kern, y0, y1) })
	return out
}

// gaussKernel returns the half kernel [centre, 1, 2, …, radius] scaled so
// the whole kernel sums to exactly 1<<16.
func gaussKernel(sigma float64) []int32 {
	rad := max(1, int(math.Ceil(3*sigma)))
	f := make([]float64, rad+1)
	sum := 0.0
	for i := range f {
		f[i] = math.Exp(-float64(i*i) / (2 * sigma * sigma))
		sum += f[i]
		if i > 0 {
			sum += f[i]
		}
	}
	k := make([]int32, rad+1)
	total := int32(0)
	for i := 1; i <= rad; i++ {
		k[i] = int32(math.Round(f[i] / sum * (1 << 16)))
		total += 2 * k[i]
	}
	k[0] = 1<<16 - total
	return k
}

// blurRows convolves rows [y0, y1) of src horizontally into dst.
func blurRows(dst, src *image.RGBA, kern []int32, y0, y1 int) {
	w, rad := src.Rect.Dx(), len(kern)-1
	pad := make([]uint8, 4*(w+2*rad))
	acc := make([]int32, 4*w)
	for y := y0; y < y1; y++ {
		row := src.Pix[y*src.Stride : y*src.Stride+4*w]
		copy(pad[4*rad:], row)
		for i := 0; i < rad; i++ {
			copy(pad[4*i:4*i+4], row[:4])
			copy(pad[4*(rad+w+i):4*(rad+w+i)+4], row[4*w-4:])
		}
		lines := func(k int) ([]uint8, []uint8) {
			return pad[4*(rad-k) : 4*(rad-k)+4*w], pad[4*(rad+k) : 4*(rad+k)+4*w]
		}
		convolve(acc, kern, lines)
		store(dst.Pix[y*dst.Stride:y*dst.Stride+4*w], acc)
	}
}

// blurCols convolves rows [y0, y1) of src vertically into dst.
func blurCols(dst, src *image.RGBA, kern []int32, y0, y1 int) {
	w, h := src.Rect.Dx(), src.Rect.Dy()
	acc := make([]int32, 4*w)
	for y := y0; y < y1; y++ {
		lines := func(k int) ([]uint8, []uint8) {
			a, b := max(y-k, 0), min(y+k, h-1)
			return src.Pix[a*src.Stride : a*src.Stride+4*w], src.Pix[b*src.Stride : b*src.Stride+4*w]
		}
		convolve(acc, kern, lines)
		store(dst.Pix[y*dst.Stride:y*dst.Stride+4*w], acc)
	}
}

// convolve sums the symmetric kernel over the pairs of lines at each offset.
func convolve(acc []int32, kern []int32, lines func(k int) ([]uint8, []uint8)) {
	c, _ := lines(0)
	c = c[:len(acc)]
	for i := range acc {
		acc[i] = kern[0]*int32(c[i]) + 1<<15
	}
	for k := 1; k < len(kern); k++ {
		a, b := lines(k)
		a, b = a[:len(acc)], b[:len(acc)]
		wk := kern[k]
		for i := range acc {
			acc[i] += wk * (int32(a[i]) + int32(b[i]))
		}
	}
}

func store(dst []uint8, acc []int32) {
	dst = dst[:len(acc)]
	for i, v := range acc {
		dst[i] = uint8(v >> 16)
	}
}

// cloneRGBA returns a copy of img with the same bounds and its own, tightly
// packed pixels (Stride is 4×width).
func cloneRGBA(img *image.RGBA) *image.RGBA {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	out := image.NewRGBA(image.Rect(0, 0, w, h))
	out.Rect = img.Rect
	for y := 0; y < h; y++ {
		copy(out.Pix[y*out.Stride:y*out.Stride+4*w], img.Pix[img.PixOffset(img.Rect.Min.X, img.Rect.Min.Y+y):])
	}
	return out
}
