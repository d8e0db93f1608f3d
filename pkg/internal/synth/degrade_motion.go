package synth

import (
	"cmp"
	"image"
	"maps"
	"math"
	"slices"
)

// A tap is one weight of a sparse 2-D kernel, in 1/65536ths.
type tap struct {
	dx, dy int
	w      int32
}

// MotionBlur returns img smeared along a straight line of length pixels at
// angleDeg degrees counter-clockwise from the x axis, the streak of a hand
// that moves while the shutter is open. Edges are clamped; a length below 1
// returns an unblurred copy.
func MotionBlur(img *image.RGBA, length, angleDeg float64) *image.RGBA {
	src := cloneRGBA(img)
	if length < 1 {
		return src
	}
	taps := lineKernel(length, angleDeg)
	out := cloneRGBA(img)
	parallelRows(src.Rect.Dy(), func(y0, y1 int) { tapRows(out, src, taps, y0, y1) })
	return out
}

// lineKernel spreads points one half pixel apart along the centred segment
// onto the pixel grid bilinearly, so a fractional length or angle still
// gives a smooth, normalised kernel.
func lineKernel(length, angleDeg float64) []tap {
	n := int(math.Ceil(2*length)) + 1
	cos, sin := math.Cos(angleDeg*math.Pi/180), math.Sin(angleDeg*math.Pi/180)
	weights := map[[2]int]float64{}
	for i := range n {
		t := length * (float64(i)/float64(n-1) - 0.5)
		x, y := t*cos, -t*sin
		fx, fy := math.Floor(x), math.Floor(y)
		ax, ay := x-fx, y-fy
		ix, iy := int(fx), int(fy)
		weights[[2]int{ix, iy}] += (1 - ax) * (1 - ay)
		weights[[2]int{ix + 1, iy}] += ax * (1 - ay)
		weights[[2]int{ix, iy + 1}] += (1 - ax) * ay
		weights[[2]int{ix + 1, iy + 1}] += ax * ay
	}
	return quantizeTaps(weights)
}

// quantizeTaps turns float weights into taps summing to exactly 1<<16, in
// a fixed order so the result does not depend on map iteration.
func quantizeTaps(weights map[[2]int]float64) []tap {
	total := 0.0
	for _, v := range weights {
		total += v
	}
	var taps []tap
	keys := slices.SortedFunc(maps.Keys(weights), func(a, b [2]int) int {
		return cmp.Or(cmp.Compare(a[1], b[1]), cmp.Compare(a[0], b[0]))
	})
	sum, big := int32(0), 0
	for _, k := range keys {
		w := int32(math.Round(weights[k] / total * (1 << 16)))
		if w == 0 {
			continue
		}
		taps = append(taps, tap{k[0], k[1], w})
		sum += w
		if w > taps[big].w {
			big = len(taps) - 1
		}
	}
	taps[big].w += 1<<16 - sum
	return taps
}

// tapRows convolves rows [y0, y1) of src with the sparse kernel taps into
// dst, clamping coordinates at the edges.
func tapRows(dst, src *image.RGBA, taps []tap, y0, y1 int) {
	w, h := src.Rect.Dx(), src.Rect.Dy()
	acc := make([]int32, 4*w)
	for y := y0; y < y1; y++ {
		for i := range acc {
			acc[i] = 1 << 15
		}
		for _, t := range taps {
			sy := min(max(y+t.dy, 0), h-1)
			row := src.Pix[sy*src.Stride : sy*src.Stride+4*w]
			for x := 0; x < w; x++ {
				sx := 4 * min(max(x+t.dx, 0), w-1)
				a := acc[4*x : 4*x+4]
				a[0] += t.w * int32(row[sx])
				a[1] += t.w * int32(row[sx+1])
				a[2] += t.w * int32(row[sx+2])
				a[3] += t.w * int32(row[sx+3])
			}
		}
		store(dst.Pix[y*dst.Stride:y*dst.Stride+4*w], acc)
	}
}
