package synth

import (
	"image"
	"math"
)

// AddNoise returns img with independent, roughly Gaussian noise of
// standard deviation sigma (8-bit units) on each channel of each pixel,
// like a small phone sensor in low light. Noise lifts a Laplacian sharpness
// score, so it is how tests check that blur detection is not fooled by it.
// The noise is a function of seed and position only.
func AddNoise(img *image.RGBA, sigma float64, seed int64) *image.RGBA {
	out := cloneRGBA(img)
	if sigma <= 0 {
		return out
	}
	// The sum of four uniform bytes is close to normal (Irwin–Hall); a table
	// turns each sum into an offset without floating point per pixel.
	var table [1021]int16
	std := 256 / math.Sqrt(3) // of the sum: 4 × (256²/12)
	for s := range table {
		table[s] = int16(math.Round((float64(s) - 510) / std * sigma))
	}
	w := out.Rect.Dx()
	parallelRows(out.Rect.Dy(), func(y0, y1 int) {
		for y := y0; y < y1; y++ {
			row := out.Pix[y*out.Stride : y*out.Stride+4*w]
			for x := 0; x < w; x++ {
				hv := hash2(x, y, uint64(seed))
				hv2 := mix64(hv)
				i := 4 * x
				row[i] = clamp8(int(row[i]) + int(table[sum4(hv)]))
				row[i+1] = clamp8(int(row[i+1]) + int(table[sum4(hv>>32)]))
				row[i+2] = clamp8(int(row[i+2]) + int(table[sum4(hv2)]))
			}
		}
	})
	return out
}

// sum4 adds the four low bytes of v.
func sum4(v uint64) int {
	return int(v&0xFF) + int(v>>8&0xFF) + int(v>>16&0xFF) + int(v>>24&0xFF)
}
