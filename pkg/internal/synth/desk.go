package synth

import (
	"image"
	"image/color"
	"math"
)

// paintDesk fills img with a light, wood-like surface: broad tone changes
// plus a fine grain whose cell size grows with the image, so the texture
// neither dominates nor vanishes from a sharpness measure at any resolution.
func paintDesk(img *image.RGBA, base color.RGBA, r *prng) {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	cell := max(1, w/900)
	rows := wave(h, r, 9)
	cols := wave(w, r, 5)
	seed := r.next()
	for y := 0; y < h; y++ {
		line := img.Pix[y*img.Stride : y*img.Stride+4*w]
		for x := 0; x < w; x++ {
			g := int(hash2(x/cell, y/cell, seed)&7) - 3
			d := rows[y] + cols[x] + g
			i := 4 * x
			line[i] = clamp8(int(base.R) + d)
			line[i+1] = clamp8(int(base.G) + d)
			line[i+2] = clamp8(int(base.B) + d)
			line[i+3] = 255
		}
	}
}

// wave returns n offsets of at most ±amp that drift smoothly, the
// low-frequency part of the desk texture.
func wave(n int, r *prng, amp float64) []int {
	f1 := (1 + 3*r.unit()) * 2 * math.Pi / float64(n)
	f2 := (5 + 9*r.unit()) * 2 * math.Pi / float64(n)
	p1, p2 := 6*r.unit(), 6*r.unit()
	out := make([]int, n)
	for i := range out {
		t := float64(i)
		out[i] = int(amp * (0.7*math.Sin(f1*t+p1) + 0.3*math.Sin(f2*t+p2)))
	}
	return out
}

// paintGradient fills r with a vertical gradient from top to bottom, the
// smooth wall behind a selfie.
func paintGradient(img *image.RGBA, r image.Rectangle, top, bottom color.RGBA) {
	n := max(1, r.Dy()-1)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		t := y - r.Min.Y
		c := rgb(lerp8(top.R, bottom.R, t, n), lerp8(top.G, bottom.G, t, n), lerp8(top.B, bottom.B, t, n))
		paintSpan(img, y, r.Min.X, r.Max.X, c)
	}
}

func lerp8(a, b uint8, t, n int) uint8 {
	return uint8((int(a)*(n-t) + int(b)*t) / n)
}
