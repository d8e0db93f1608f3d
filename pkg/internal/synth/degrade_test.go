package synth

import (
	"bytes"
	"fmt"
	"image"
	"testing"
)

// degradation is one of the transforms under test at a given strength.
type degradation struct {
	name     string
	apply    func(img *image.RGBA, strength float64) *image.RGBA
	mild     float64
	stronger []float64
	blurs    bool // removes detail, so sharpness must fall; JPEG adds block edges instead
}

func degradations() []degradation {
	jpegAt := func(img *image.RGBA, q float64) *image.RGBA {
		out, err := JPEGRoundTrip(img, int(q))
		if err != nil {
			panic(err)
		}
		return out
	}
	return []degradation{
		{"disk", DiskBlur, 1, []float64{2, 4, 8}, true},
		{"motion", func(img *image.RGBA, l float64) *image.RGBA { return MotionBlur(img, l, 30) }, 2, []float64{4, 8, 16}, true},
		{"downup", DownUp, 1.5, []float64{2, 3, 6}, true},
		{"jpeg", jpegAt, 60, []float64{20, 8, 2}, false},
	}
}

func TestDegradationsKeepFlatImagesFlat(t *testing.T) {
	flat := image.NewRGBA(image.Rect(0, 0, 61, 37))
	paintRect(flat, flat.Rect, rgb(10, 128, 250))
	for _, d := range degradations() {
		for _, s := range append([]float64{d.mild}, d.stronger...) {
			out := d.apply(flat, s)
			if spread := maxDiff(out, uniform(out)); spread > 1 {
				t.Errorf("%s %v: a flat image is no longer flat (spread %d)", d.name, s, spread)
			}
			if diff := maxDiff(out, flat); d.blurs && diff > 1 {
				t.Errorf("%s %v: a flat image changed colour by up to %d", d.name, s, diff)
			}
		}
	}
}

func TestDegradationsKeepBoundsAndInput(t *testing.T) {
	img := Card(CardOptions{Width: 160, Height: 100, Seed: 5})
	part := img.SubImage(image.Rect(13, 7, 150, 91)).(*image.RGBA)
	before := bytes.Clone(img.Pix)
	for _, d := range degradations() {
		out := d.apply(part, d.mild)
		if out.Rect != part.Rect {
			t.Errorf("%s: bounds %v, want %v", d.name, out.Rect, part.Rect)
		}
		if !bytes.Equal(img.Pix, before) {
			t.Fatalf("%s modified its input", d.name)
		}
	}
}

func TestDegradationsAreDeterministic(t *testing.T) {
	img := Card(CardOptions{Width: 180, Height: 120, Seed: 6})
	for _, d := range degradations() {
		s := d.stronger[0]
		if a, b := d.apply(img, s), d.apply(img, s); !bytes.Equal(a.Pix, b.Pix) {
			t.Errorf("%s %v: two runs differ", d.name, s)
		}
	}
}

// Each step up in strength must move further from the original than the
// one before and, for the blurs, leave less detail.
func TestDegradationStrengthIsMonotonic(t *testing.T) {
	img := Card(CardOptions{Width: 400, Height: 260, Seed: 7})
	for _, d := range degradations() {
		prevSharp, prevDist := sharpness(img), 0.0
		for _, s := range append([]float64{d.mild}, d.stronger...) {
			out := d.apply(img, s)
			sharp, dist := sharpness(out), meanAbsDiff(out, img)
			if dist <= prevDist {
				t.Errorf("%s %v: distance %.2f from the original not above %.2f of the milder step", d.name, s, dist, prevDist)
			}
			if d.blurs && sharp >= prevSharp {
				t.Errorf("%s %v: sharpness %.1f not below %.1f of the milder step", d.name, s, sharp, prevSharp)
			}
			prevSharp, prevDist = sharp, dist
		}
	}
}

func TestWeakStrengthsReturnCopies(t *testing.T) {
	img := Card(CardOptions{Width: 90, Height: 60, Seed: 8})
	for name, out := range map[string]*image.RGBA{
		"disk 0.4": DiskBlur(img, 0.4), "motion 0.5": MotionBlur(img, 0.5, 10), "downup 1": DownUp(img, 1),
	} {
		if !bytes.Equal(out.Pix, img.Pix) || &out.Pix[0] == &img.Pix[0] {
			t.Errorf("%s: want an equal copy", name)
		}
	}
}

// A point of light must spread over a disk: lit within the radius, dark
// beyond it, the same in all four directions.
func TestDiskBlurSpreadsAPointOverADisk(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 31, 31))
	paintRect(img, img.Rect, rgb(0, 0, 0))
	paintRect(img, image.Rect(15, 15, 16, 16), rgb(255, 255, 255))
	out := DiskBlur(img, 3)
	at := func(x, y int) uint8 { return out.RGBAAt(x, y).R }
	for _, p := range [][2]int{{18, 15}, {12, 15}, {15, 18}, {15, 12}, {17, 17}} {
		if at(p[0], p[1]) == 0 {
			t.Errorf("%v inside the disk is dark", p)
		}
	}
	for _, p := range [][2]int{{19, 15}, {15, 19}, {18, 18}} {
		if at(p[0], p[1]) != 0 {
			t.Errorf("%v outside the disk is lit (%d)", p, at(p[0], p[1]))
		}
	}
}

func TestMotionKernelSumsToOne(t *testing.T) {
	for _, c := range [][2]float64{{1, 0}, {3.3, 17}, {12, 90}, {40, 135}} {
		sum := int32(0)
		for _, tp := range lineKernel(c[0], c[1]) {
			sum += tp.w
		}
		if sum != 1<<16 {
			t.Errorf("%s: kernel sums to %d", fmt.Sprint(c), sum)
		}
	}
}

func maxDiff(a, b *image.RGBA) int {
	d := 0
	for y := a.Rect.Min.Y; y < a.Rect.Max.Y; y++ {
		for x := a.Rect.Min.X; x < a.Rect.Max.X; x++ {
			p, q := a.RGBAAt(x, y), b.RGBAAt(x, y)
			for _, v := range []int{int(p.R) - int(q.R), int(p.G) - int(q.G), int(p.B) - int(q.B)} {
				d = max(d, v, -v)
			}
		}
	}
	return d
}

// uniform returns an image of img's bounds filled with its first pixel.
func uniform(img *image.RGBA) *image.RGBA {
	out := image.NewRGBA(img.Rect)
	c := img.RGBAAt(img.Rect.Min.X, img.Rect.Min.Y)
	paintRect(out, out.Rect, rgb(c.R, c.G, c.B))
	return out
}

// meanAbsDiff is the mean absolute difference of the RGB channels.
func meanAbsDiff(a, b *image.RGBA) float64 {
	sum, n := 0, 0
	for y := a.Rect.Min.Y; y < a.Rect.Max.Y; y++ {
		for x := a.Rect.Min.X; x < a.Rect.Max.X; x++ {
			p, q := a.RGBAAt(x, y), b.RGBAAt(x, y)
			for _, v := range []int{int(p.R) - int(q.R), int(p.G) - int(q.G), int(p.B) - int(q.B)} {
				sum += max(v, -v)
			}
			n += 3
		}
	}
	return float64(sum) / float64(n)
}
