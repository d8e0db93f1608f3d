package synth

import "image"

// sharpness is the variance of the 4-neighbour Laplacian of the luma after
// box-downsampling so the longer side is at most 1000 pixels, the kind of
// blur score kyclint computes. It is kept independent of the package so a
// bug in the generator cannot hide behind the same bug in the measure.
func sharpness(img *image.RGBA) float64 {
	l, w, h := downLuma(img, 1000)
	var sum, sq float64
	n := 0
	for y := 1; y < h-1; y++ {
		for x := 1; x < w-1; x++ {
			v := 4*l[y*w+x] - l[y*w+x-1] - l[y*w+x+1] - l[(y-1)*w+x] - l[(y+1)*w+x]
			sum += v
			sq += v * v
			n++
		}
	}
	mean := sum / float64(n)
	return sq/float64(n) - mean*mean
}

// downLuma returns the luma of img averaged over f×f blocks, f chosen so
// the longer side is at most maxSide.
func downLuma(img *image.RGBA, maxSide int) ([]float64, int, int) {
	b := img.Rect
	f := (max(b.Dx(), b.Dy()) + maxSide - 1) / maxSide
	w, h := b.Dx()/f, b.Dy()/f
	l := make([]float64, w*h)
	for y := 0; y < h*f; y++ {
		row := img.Pix[img.PixOffset(b.Min.X, b.Min.Y+y):]
		out := l[(y/f)*w : (y/f)*w+w]
		for x := 0; x < w*f; x++ {
			out[x/f] += float64(299*int(row[4*x]) + 587*int(row[4*x+1]) + 114*int(row[4*x+2]))
		}
	}
	scale := 1000 * float64(f*f)
	for i := range l {
		l[i] /= scale
	}
	return l, w, h
}

// meanLuma is the average BT.601 luma of img.
func meanLuma(img *image.RGBA) float64 {
	l, _, _ := downLuma(img, 1<<30)
	s := 0.0
	for _, v := range l {
		s += v
	}
	return s / float64(len(l))
}
