package imaging

const (
	// glareEdgeMargin is how close, as a share of the long side, a blob
	// may come to the frame's edge and still be a spot on the document;
	// nearer, it is a background or a page running off the frame.
	glareEdgeMargin = 0.015
	// glareHaloWidth is the width, in working pixels, of the ring around a
	// blob whose brightness is read.
	glareHaloWidth = 3
	// GlareHaloLuma is the least mean luma of that ring: a reflection fades
	// out through a bright halo, while a white area printed on a document
	// (a portrait's background, a blank box) ends at a sharp edge.
	GlareHaloLuma = 220
	// glareMaxHoles is the largest share of a blob's size that may be
	// enclosed unclipped samples. Glare burns out the print under it; white
	// paper that is merely bright keeps its print, which leaves holes.
	glareMaxHoles = 0.02
)

// isGlareSpot says whether blob b of p is a highlight: it stays clear of
// the frame's edge, is smaller than glareMaxBlob, has no print showing
// through it, and fades out through a bright halo.
func isGlareSpot(p plane, b *blob) bool {
	long := max(p.w, p.h)
	m := int(glareEdgeMargin * float64(long))
	if b.minX <= m || b.minY <= m || b.maxX >= p.w-1-m || b.maxY >= p.h-1-m {
		return false
	}
	if float64(len(b.pix)) > glareMaxBlob*float64(len(p.pix)) {
		return false
	}
	halo, holes := surroundings(p, b, glareHaloWidth)
	return float64(holes) <= glareMaxHoles*float64(len(b.pix)) && halo >= GlareHaloLuma
}

func (b *blob) centre() (float64, float64) {
	return float64(b.minX+b.maxX) / 2, float64(b.minY+b.maxY) / 2
}

// surroundings returns the mean luma of the samples within d (Chebyshev
// distance) of blob b but not in it, and the number of samples the blob
// encloses without covering them. The dilation is separable: a sample is
// near the blob when a blob sample lies within d along its row of the
// column-dilated mask.
func surroundings(p plane, b *blob, d int) (halo float32, holes int) {
	x0, y0 := max(0, b.minX-d), max(0, b.minY-d)
	x1, y1 := min(p.w, b.maxX+d+1), min(p.h, b.maxY+d+1)
	w, h := x1-x0, y1-y0
	in := make([]uint8, w*h)
	for _, j := range b.pix {
		x, y := int(j)%p.w, int(j)/p.w
		in[(y-y0)*w+x-x0] = 1
	}
	holes = enclosed(in, w, h)
	near := dilate(in, w, h, d)
	var sum float32
	var n int
	for y := range h {
		for x := range w {
			if near[y*w+x] != 0 && in[y*w+x] == 0 {
				sum += p.pix[(y+y0)*p.w+x+x0]
				n++
			}
		}
	}
	if n == 0 {
		return 0, holes
	}
	return sum / float32(n), holes
}

// enclosed counts the samples of a w×h box not in mask and not connected,
// outside the mask, to the box's border.
func enclosed(mask []uint8, w, h int) int {
	outside := make([]bool, len(mask))
	var stack []int
	push := func(i int) {
		if mask[i] == 0 && !outside[i] {
			outside[i] = true
			stack = append(stack, i)
		}
	}
	for x := range w {
		push(x)
		push((h-1)*w + x)
	}
	for y := range h {
		push(y * w)
		push(y*w + w - 1)
	}
	for len(stack) > 0 {
		i := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		x, y := i%w, i/w
		if x > 0 {
			push(i - 1)
		}
		if x < w-1 {
			push(i + 1)
		}
		if y > 0 {
			push(i - w)
		}
		if y < h-1 {
			push(i + w)
		}
	}
	n := 0
	for i, m := range mask {
		if m == 0 && !outside[i] {
			n++
		}
	}
	return n
}

// dilate returns mask grown by d samples in each direction (a square
// structuring element), by running counts along columns then rows.
func dilate(mask []uint8, w, h, d int) []uint8 {
	cols := make([]uint8, len(mask))
	for x := range w {
		run := 0
		for y := 0; y < h+d; y++ {
			if y < h {
				run += int(mask[y*w+x])
			}
			if y-2*d-1 >= 0 {
				run -= int(mask[(y-2*d-1)*w+x])
			}
			if c := y - d; c >= 0 && c < h && run > 0 {
				cols[c*w+x] = 1
			}
		}
	}
	out := make([]uint8, len(mask))
	for y := range h {
		row := cols[y*w : (y+1)*w]
		run := 0
		for x := 0; x < w+d; x++ {
			if x < w {
				run += int(row[x])
			}
			if x-2*d-1 >= 0 {
				run -= int(row[x-2*d-1])
			}
			if c := x - d; c >= 0 && c < w && run > 0 {
				out[y*w+c] = 1
			}
		}
	}
	return out
}
