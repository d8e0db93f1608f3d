package fix

import (
	"image"
	"image/color"
	"math"
)

// resize scales img down by s (0 < s ≤ 1) with a Catmull-Rom filter
// widened by 1/s, which keeps the edges of print crisp where bilinear would
// soften them and does not alias when shrinking. It streams: each source
// row is filtered across once into a window of as many rows as the
// vertical filter reaches, so beyond the source and the result it needs a
// few rows of memory, not a frame (a general kernel scaler keeps a float
// copy of every source row at the output width: gigabytes for a 49 MP
// scan).
func resize(img image.Image, s float64) *image.RGBA {
	b := img.Bounds()
	sw, sh := b.Dx(), b.Dy()
	dw := max(1, int(math.Round(float64(sw)*s)))
	dh := max(1, int(math.Round(float64(sh)*s)))
	dst := image.NewRGBA(image.Rect(0, 0, dw, dh))
	xs := taps(sw, dw)
	ys := taps(sh, dh)
	window := 0
	for _, t := range ys {
		window = max(window, len(t.w))
	}
	rows := make([][]float32, window) // ring of filtered rows, by source row mod window
	for i := range rows {
		rows[i] = make([]float32, 4*dw)
	}
	have := make([]int, window)
	for i := range have {
		have[i] = -1
	}
	src := make([]float32, 4*sw)
	for dy, t := range ys {
		for k := range t.w {
			sy := t.first + k
			slot := sy % window
			if have[slot] == sy {
				continue
			}
			readRow(img, b, sy, src)
			filterRow(src, rows[slot], xs)
			have[slot] = sy
		}
		out := dst.Pix[dy*dst.Stride : dy*dst.Stride+4*dw]
		for x := 0; x < 4*dw; x++ {
			var v float32
			for k, w := range t.w {
				v += w * rows[(t.first+k)%window][x]
			}
			out[x] = clamp8(v)
		}
	}
	return dst
}

// A tap list is the source samples, from first on, and their weights that
// make one output sample.
type tapList struct {
	first int
	w     []float32
}

// taps lists, for each of n output samples along a line of m source
// samples, the Catmull-Rom weights widened by m/n, normalised to sum to 1.
func taps(m, n int) []tapList {
	scale := float64(n) / float64(m)
	support := 2 / min(scale, 1)
	out := make([]tapList, n)
	for i := range out {
		centre := (float64(i)+0.5)/scale - 0.5
		lo := max(0, int(math.Ceil(centre-support)))
		hi := min(m-1, int(math.Floor(centre+support)))
		w := make([]float32, 0, hi-lo+1)
		var sum float64
		for j := lo; j <= hi; j++ {
			v := catmullRom((float64(j) - centre) * min(scale, 1))
			w = append(w, float32(v))
			sum += v
		}
		if sum != 0 {
			for k := range w {
				w[k] = float32(float64(w[k]) / sum)
			}
		}
		out[i] = tapList{first: lo, w: w}
	}
	return out
}

func catmullRom(x float64) float64 {
	x = math.Abs(x)
	switch {
	case x < 1:
		return (1.5*x-2.5)*x*x + 1
	case x < 2:
		return ((-0.5*x+2.5)*x-4)*x + 2
	}
	return 0
}

// filterRow resamples one row of premultiplied RGBA floats across.
func filterRow(src, dst []float32, xs []tapList) {
	for x, t := range xs {
		var r, g, b, a float32
		for k, w := range t.w {
			p := src[4*(t.first+k):]
			r += w * p[0]
			g += w * p[1]
			b += w * p[2]
			a += w * p[3]
		}
		dst[4*x], dst[4*x+1], dst[4*x+2], dst[4*x+3] = r, g, b, a
	}
}

// readRow reads source row sy (counted from the top of bounds b) as
// premultiplied 8-bit RGBA floats, straight from the pixel buffer of the
// types the decoders return.
func readRow(img image.Image, b image.Rectangle, sy int, out []float32) {
	y := b.Min.Y + sy
	switch m := img.(type) {
	case *image.RGBA:
		row := m.Pix[m.PixOffset(b.Min.X, y):]
		for i := range out {
			out[i] = float32(row[i])
		}
		return
	case *image.Gray:
		row := m.Pix[m.PixOffset(b.Min.X, y):]
		for x := 0; x < b.Dx(); x++ {
			v := float32(row[x])
			out[4*x], out[4*x+1], out[4*x+2], out[4*x+3] = v, v, v, 255
		}
		return
	}
	for x := 0; x < b.Dx(); x++ {
		c := color.RGBAModel.Convert(img.At(b.Min.X+x, y)).(color.RGBA)
		out[4*x], out[4*x+1], out[4*x+2], out[4*x+3] = float32(c.R), float32(c.G), float32(c.B), float32(c.A)
	}
}

func clamp8(v float32) uint8 {
	switch {
	case v <= 0:
		return 0
	case v >= 255:
		return 255
	}
	return uint8(v + 0.5)
}
