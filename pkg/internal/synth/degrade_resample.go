package synth

import (
	"image"
	"math"
)

// DownUp returns img shrunk by factor with area averaging and enlarged back
// to its own size bilinearly: the soft, blocky look of a photo that was
// taken or stored at too low a resolution and then viewed at full size.
// A factor of 1 or less returns an unchanged copy.
func DownUp(img *image.RGBA, factor float64) *image.RGBA {
	src := cloneRGBA(img)
	if factor <= 1 {
		return src
	}
	w, h := src.Rect.Dx(), src.Rect.Dy()
	sw := max(1, int(math.Round(float64(w)/factor)))
	sh := max(1, int(math.Round(float64(h)/factor)))
	small := resample(src, areaWeights(w, sw), areaWeights(h, sh))
	out := resample(small, bilinearWeights(sw, w), bilinearWeights(sh, h))
	out.Rect = img.Rect
	return out
}

// A span is the run of source samples, starting at first, that make one
// output sample; its weights sum to 1<<16.
type span struct {
	first int
	w     []int32
}

// areaWeights maps n source samples onto m < n output samples, each output
// averaging exactly the source interval it covers.
func areaWeights(n, m int) []span {
	spans := make([]span, m)
	scale := float64(n) / float64(m)
	for i := range spans {
		a, b := float64(i)*scale, float64(i+1)*scale
		first := int(math.Floor(a))
		last := min(int(math.Ceil(b))-1, n-1)
		f := make([]float64, last-first+1)
		for j := range f {
			x := float64(first + j)
			f[j] = math.Min(b, x+1) - math.Max(a, x)
		}
		spans[i] = span{first, fixedWeights(f)}
	}
	return spans
}

// bilinearWeights maps n source samples onto m > n output samples by
// linear interpolation between sample centres, clamped at the ends.
func bilinearWeights(n, m int) []span {
	spans := make([]span, m)
	scale := float64(n) / float64(m)
	for i := range spans {
		x := math.Min(math.Max((float64(i)+0.5)*scale-0.5, 0), float64(n-1))
		first := min(int(math.Floor(x)), max(n-2, 0))
		frac := x - float64(first)
		if n == 1 {
			spans[i] = span{0, []int32{1 << 16}}
			continue
		}
		spans[i] = span{first, fixedWeights([]float64{1 - frac, frac})}
	}
	return spans
}

// fixedWeights scales f to integers summing to exactly 1<<16, giving the
// rounding remainder to the largest weight.
func fixedWeights(f []float64) []int32 {
	total := 0.0
	for _, v := range f {
		total += v
	}
	w := make([]int32, len(f))
	sum, big := int32(0), 0
	for i, v := range f {
		w[i] = int32(math.Round(v / total * (1 << 16)))
		sum += w[i]
		if w[i] > w[big] {
			big = i
		}
	}
	w[big] += 1<<16 - sum
	return w
}

// resample applies the column spans xs and then the row spans ys to img,
// giving an image of len(xs) × len(ys) pixels.
func resample(img *image.RGBA, xs, ys []span) *image.RGBA {
	h := img.Rect.Dy()
	mid := image.NewRGBA(image.Rect(0, 0, len(xs), h))
	parallelRows(h, func(y0, y1 int) {
		for y := y0; y < y1; y++ {
			row := img.Pix[y*img.Stride:]
			out := mid.Pix[y*mid.Stride:]
			for x, s := range xs {
				for c := 0; c < 4; c++ {
					acc := int32(1 << 15)
					for k, wk := range s.w {
						acc += wk * int32(row[4*(s.first+k)+c])
					}
					out[4*x+c] = uint8(acc >> 16)
				}
			}
		}
	})
	out := image.NewRGBA(image.Rect(0, 0, len(xs), len(ys)))
	parallelRows(len(ys), func(y0, y1 int) {
		for y := y0; y < y1; y++ {
			s, o := ys[y], out.Pix[y*out.Stride:]
			for i := range 4 * len(xs) {
				acc := int32(1 << 15)
				for k, wk := range s.w {
					acc += wk * int32(mid.Pix[(s.first+k)*mid.Stride+i])
				}
				o[i] = uint8(acc >> 16)
			}
		}
	})
	return out
}
