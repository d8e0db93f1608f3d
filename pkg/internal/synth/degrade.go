package synth

import (
	"bytes"
	"fmt"
	"image"
	"image/draw"
	"image/jpeg"
	"math"
)

// The transforms in this file model the ways a real phone photo of a
// document loses its small print: an out-of-focus lens (DiskBlur), a hand
// moving during the exposure (MotionBlur), a camera or app that stores too
// few pixels (DownUp) and an upload path that recompresses hard
// (JPEGRoundTrip). They work in integer fixed point, so the same input gives
// the same pixels on every platform.

// DiskBlur returns img convolved with a uniform disk of the given radius in
// pixels, the point spread of a defocused lens. Edges are clamped; a radius
// below 0.5 returns an unblurred copy.
func DiskBlur(img *image.RGBA, radius float64) *image.RGBA {
	src := cloneRGBA(img)
	if radius < 0.5 {
		return src
	}
	half := diskHalfWidths(radius)
	pre := rowPrefixSums(src)
	out := cloneRGBA(img)
	h := src.Rect.Dy()
	parallelRows(h, func(y0, y1 int) { diskRows(out, src, pre, half, y0, y1) })
	return out
}

// diskHalfWidths returns, for each row offset -r..r, how far the disk
// reaches left and right of its centre.
func diskHalfWidths(radius float64) []int {
	r := int(math.Floor(radius))
	half := make([]int, 2*r+1)
	for dy := -r; dy <= r; dy++ {
		half[dy+r] = int(math.Floor(math.Sqrt(radius*radius - float64(dy*dy))))
	}
	return half
}

// rowPrefixSums returns, per row, the running sums of each channel:
// entry 4*(x+1)+c holds the sum of channel c over columns [0, x].
func rowPrefixSums(img *image.RGBA) [][]int32 {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	pre := make([][]int32, h)
	for y := range pre {
		row := img.Pix[y*img.Stride : y*img.Stride+4*w]
		p := make([]int32, 4*(w+1))
		for i, v := range row {
			p[i+4] = p[i] + int32(v)
		}
		pre[y] = p
	}
	return pre
}

// diskRows averages, for rows [y0, y1), the source pixels under the disk
// using one prefix-sum span per disk row; columns past an edge repeat the
// edge pixel.
func diskRows(dst, src *image.RGBA, pre [][]int32, half []int, y0, y1 int) {
	w, h, r := src.Rect.Dx(), src.Rect.Dy(), len(half)/2
	count := int32(0)
	for _, hw := range half {
		count += int32(2*hw + 1)
	}
	for y := y0; y < y1; y++ {
		out := dst.Pix[y*dst.Stride : y*dst.Stride+4*w]
		for x := 0; x < w; x++ {
			for c := 0; c < 4; c++ {
				sum := int32(0)
				for i, hw := range half {
					sy := min(max(y+i-r, 0), h-1)
					sum += spanSum(pre[sy], src.Pix[sy*src.Stride:], x-hw, x+hw, w, c)
				}
				out[4*x+c] = uint8((sum + count/2) / count)
			}
		}
	}
}

// spanSum is the sum of channel c over columns [a, b] of one row, with
// columns outside [0, w) taking the value of the nearest edge column.
func spanSum(pre []int32, row []uint8, a, b, w, c int) int32 {
	lo, hi := max(a, 0), min(b, w-1)
	s := pre[4*(hi+1)+c] - pre[4*lo+c]
	if a < 0 {
		s += int32(-a) * int32(row[c])
	}
	if b > w-1 {
		s += int32(b-w+1) * int32(row[4*(w-1)+c])
	}
	return s
}

// JPEGRoundTrip returns img as it looks after being saved as a JPEG at
// quality (1 to 100) and opened again, the blocking and ringing of an upload
// path that recompresses hard.
func JPEGRoundTrip(img *image.RGBA, quality int) (*image.RGBA, error) {
	b, err := EncodeJPEG(img, quality, nil)
	if err != nil {
		return nil, err
	}
	dec, err := jpeg.Decode(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("decoding jpeg: %w", err)
	}
	out := image.NewRGBA(img.Rect)
	draw.Draw(out, out.Rect, dec, dec.Bounds().Min, draw.Src)
	return out, nil
}
