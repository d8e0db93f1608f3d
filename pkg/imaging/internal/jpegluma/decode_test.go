package jpegluma

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/jpeg"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/imaging/internal/area"
	"github.com/kyclint/kyclint/pkg/internal/synth"
)

func decodeBytes(b []byte, opt Options) (*Image, error) {
	return Decode(bytes.NewReader(b), int64(len(b)), opt)
}

// reference returns image/jpeg's luma and chroma planes.
func reference(b []byte) (y []uint8, yStride int, cb, cr []uint8, cStride int, err error) {
	img, err := jpeg.Decode(bytes.NewReader(b))
	if err != nil {
		return nil, 0, nil, nil, 0, err
	}
	switch m := img.(type) {
	case *image.Gray:
		return m.Pix, m.Stride, nil, nil, 0, nil
	case *image.YCbCr:
		return m.Y, m.YStride, m.Cb, m.Cr, m.CStride, nil
	}
	return nil, 0, nil, nil, 0, errors.New("not YCbCr or Gray")
}

// maxDiff compares a delivered plane with a reference one at full scale.
func maxDiff(got []float32, w, h int, want []uint8, stride int) float64 {
	var worst float64
	for y := range h {
		for x := range w {
			worst = max(worst, math.Abs(float64(got[y*w+x])-float64(want[y*stride+x])))
		}
	}
	return worst
}

func testFiles(t *testing.T) map[string][]byte {
	files := map[string][]byte{}
	paths, _ := filepath.Glob("testdata/*.jpg")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		files[filepath.Base(p)] = b
	}
	for _, sz := range [][2]int{{64, 48}, {333, 251}, {1000, 17}} {
		img := synth.Card(synth.CardOptions{Width: sz[0], Height: sz[1], Seed: 9, Kind: synth.KindPassport})
		for _, q := range []int{50, 90, 100} {
			b, err := synth.EncodeJPEG(img, q, &synth.EXIF{Make: "X"})
			if err != nil {
				t.Fatal(err)
			}
			files[strings.Join([]string{"go", itoa(sz[0]), itoa(sz[1]), itoa(q)}, "-")] = b
		}
	}
	return files
}

func itoa(v int) string { return strconv.Itoa(v) }

// libjpegLuma reads the luma libjpeg's djpeg -grayscale wrote next to a
// sample that image/jpeg cannot decode (a progressive file with restart
// intervals, whose non-interleaved scans it counts in MCUs, not blocks).
func libjpegLuma(t *testing.T, name string) ([]uint8, int, bool) {
	b, err := os.ReadFile(filepath.Join("testdata", strings.TrimSuffix(name, ".jpg")+".pgm"))
	if err != nil {
		return nil, 0, false
	}
	var w, h, maxv int
	var hdr int
	if _, err := fmt.Sscanf(string(b), "P5\n%d %d\n%d\n", &w, &h, &maxv); err != nil {
		t.Fatal(err)
	}
	hdr = len(b) - w*h
	return b[hdr:], w, true
}

// TestFullScaleMatchesImageJPEG decodes every sample at full scale and
// compares luma and chroma with image/jpeg's planes.
func TestFullScaleMatchesImageJPEG(t *testing.T) {
	for name, b := range testFiles(t) {
		t.Run(name, func(t *testing.T) {
			p, err := decodeBytes(b, Options{})
			if strings.Contains(name, "arith") || strings.Contains(name, "rgb") {
				if !errors.Is(err, ErrUnsupported) {
					t.Fatalf("err = %v, want ErrUnsupported", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			y, ys, cb, cr, cs, err := reference(b)
			if err != nil {
				var ok bool
				if y, ys, ok = libjpegLuma(t, name); !ok {
					t.Fatal(err)
				}
			}
			if d := maxDiff(p.Y, p.Luma.W, p.Luma.H, y, ys); d > 2 {
				t.Errorf("luma differs by %.0f", d)
			}
			if cb != nil {
				d := max(maxDiff(p.Cb, p.Chroma.W, p.Chroma.H, cb, cs), maxDiff(p.Cr, p.Chroma.W, p.Chroma.H, cr, cs))
				if d > 2 {
					t.Errorf("chroma differs by %.0f", d)
				}
			}
		})
	}
}

// areaMean area-averages a w×h 8-bit plane to dw×dh, as package imaging
// does, in float64.
func areaMean(pix []uint8, stride, w, h, dw, dh int) []float64 {
	out := make([]float64, dw*dh)
	kx, ky := float64(dw)/float64(w), float64(dh)/float64(h)
	overlap := func(i int, k float64, o int) float64 {
		lo, hi := float64(i)*k, float64(i+1)*k
		return max(0, min(hi, float64(o+1))-max(lo, float64(o)))
	}
	for y := range h {
		for x := range w {
			v := float64(pix[y*stride+x])
			oy, ox := int(float64(y)*ky), int(float64(x)*kx)
			for j := oy; j <= oy+1 && j < dh; j++ {
				for i := ox; i <= ox+1 && i < dw; i++ {
					out[j*dw+i] += v * overlap(y, ky, j) * overlap(x, kx, i)
				}
			}
		}
	}
	return out
}

// TestAreaAverage checks that reduced planes are the area average of the
// full-size pixels, up to the rounding and clamping of those pixels.
func TestAreaAverage(t *testing.T) {
	for name, b := range testFiles(t) {
		if strings.Contains(name, "arith") || strings.Contains(name, "rgb") {
			continue
		}
		y, ys, _, _, _, err := reference(b)
		if err != nil {
			var ok bool
			if y, ys, ok = libjpegLuma(t, name); !ok {
				t.Fatal(err)
			}
		}
		for _, k := range []float64{0.5, 0.25, 0.3, 0.62, 0.9} {
			p, err := decodeBytes(b, Options{Target: func(f Frame) (Plane, Plane) {
				return Plane{int(float64(f.Width)*k + 0.5), int(float64(f.Height)*k + 0.5)}, f.Chroma
			}})
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			want := areaMean(y, ys, p.Width, p.Height, p.Luma.W, p.Luma.H)
			var worst, sum float64
			for i, v := range want {
				d := math.Abs(v - float64(p.Y[i]))
				worst, sum = max(worst, d), sum+d
			}
			// Full-size pixels are rounded and clamped, the means are
			// not: ringing past black or white at a hard edge is kept.
			if mean := sum / float64(len(want)); mean > 0.5 || worst > 48 {
				t.Errorf("%s ×%.2f: samples differ from area means by %.3f on average, %.2f at most", name, k, mean, worst)
			}
		}
	}
}

// TestChromaBoxes checks chroma planes reduced through box means against
// package area's Reducer run on image/jpeg's chroma.
func TestChromaBoxes(t *testing.T) {
	checked := 0
	for name, b := range testFiles(t) {
		_, _, cb, cr, cs, err := reference(b)
		if err != nil || cb == nil {
			continue
		}
		for _, k := range []float64{0.5, 0.25, 0.1} {
			p, err := decodeBytes(b, Options{Target: func(f Frame) (Plane, Plane) {
				return f.Luma, Plane{max(1, int(float64(f.Chroma.W)*k)), max(1, int(float64(f.Chroma.H)*k))}
			}})
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			cw, ch := p.Frame.Chroma.W, p.Frame.Chroma.H
			if area.Factor(cw, ch, p.Chroma.W, p.Chroma.H) == 1 {
				continue
			}
			checked++
			for i, planes := range [][2][]float32{{p.Cb, nil}, {p.Cr, nil}} {
				src := [][]uint8{cb, cr}[i]
				r := area.NewReducer(1, cw, ch, p.Chroma.W, p.Chroma.H, nil)
				row := make([]float32, cw)
				for y := range ch {
					for x := range cw {
						row[x] = float32(src[y*cs+x])
					}
					r.Add(y, [][]float32{row})
				}
				want := r.Planes()[0].Pix
				var sum float64
				for j, v := range want {
					sum += math.Abs(float64(v) - float64(planes[0][j]))
				}
				if mean := sum / float64(len(want)); mean > 0.5 {
					t.Errorf("%s ×%.2f: chroma plane %d differs from box-then-area means by %.3f on average", name, k, i, mean)
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no chroma plane went through boxes")
	}
}
