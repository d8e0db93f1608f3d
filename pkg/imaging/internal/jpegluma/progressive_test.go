package jpegluma

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// working asks for the planes package imaging asks for: luma at 1000
// pixels, chroma at 250.
func working(f Frame) (Plane, Plane) {
	k := 1000 / float64(max(f.Width, f.Height))
	kc := 250 / float64(max(f.Chroma.W, f.Chroma.H))
	return Plane{int(float64(f.Width)*k + 0.5), int(float64(f.Height)*k + 0.5)},
		Plane{max(1, int(float64(f.Chroma.W)*kc+0.5)), max(1, int(float64(f.Chroma.H)*kc+0.5))}
}

// large12MP is a 4032×3024 4:2:0 progressive JPEG (a gradient with a
// texture, so that it stays small), written by jpegtran -progressive.
const large12MP = "testdata/large/grad4032x3024-prog420.jpg"

// decodeBudget decodes b with the given stream budget and reports whether
// the luma plane was streamed.
func decodeBudget(t *testing.T, b []byte, target func(Frame) (Plane, Plane), budget int) (*Image, bool) {
	t.Helper()
	d := newDecoder(bytes.NewReader(b), int64(len(b)), Options{Target: target}, &scratch{buf: make([]byte, bufSize)})
	d.streamBudget = budget
	if err := d.run(); err != nil {
		t.Fatal(err)
	}
	return d.image(), d.comps[0].stream
}

// TestProgressiveMemory decodes a 12 MP progressive JPEG to the working
// size within 16 MiB of allocations: its coefficients alone take 36 MiB
// as int16.
func TestProgressiveMemory(t *testing.T) {
	b, err := os.ReadFile(large12MP)
	if err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	// A fresh scratch, as a worker's first photo gets: every store counts.
	d := newDecoder(bytes.NewReader(b), int64(len(b)), Options{Target: working}, &scratch{buf: make([]byte, bufSize)})
	err = d.run()
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	m := d.image()
	if m.Width != 4032 || m.Height != 3024 || m.Luma != (Plane{1000, 750}) {
		t.Fatalf("decoded %dx%d to %v", m.Width, m.Height, m.Luma)
	}
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("%.1f MiB allocated", float64(alloc)/(1<<20))
	if alloc > 16<<20 {
		t.Errorf("decoding took %.1f MiB, want at most 16", float64(alloc)/(1<<20))
	}
}

// TestStreamedMatchesKept decodes every progressive sample with the luma
// plane streamed and kept: the two add the same terms in another order, so
// they may differ by float32 rounding only; chroma, reduced through box
// means, is never streamed and stays the same to the bit.
func TestStreamedMatchesKept(t *testing.T) {
	paths, _ := filepath.Glob("testdata/*prog*.jpg")
	paths = append(paths, large12MP)
	scaled := func(k float64) func(Frame) (Plane, Plane) {
		return func(f Frame) (Plane, Plane) {
			return Plane{max(1, int(float64(f.Width)*k+0.5)), max(1, int(float64(f.Height)*k+0.5))},
				Plane{max(1, int(float64(f.Chroma.W)*k/2)), max(1, int(float64(f.Chroma.H)*k/2))}
		}
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for name, target := range map[string]func(Frame) (Plane, Plane){"working": working, "×0.5": scaled(0.5), "×0.3": scaled(0.3)} {
			if strings.Contains(p, "large") && name != "working" {
				continue
			}
			streamed, ok := decodeBudget(t, b, target, 1)
			kept, kok := decodeBudget(t, b, target, math.MaxInt)
			if kept.Luma == kept.Frame.Luma {
				continue // full size: kept, as it must be rounded
			}
			if !ok || kok {
				t.Fatalf("%s %s: streamed %v with budget 1, %v without", p, name, ok, kok)
			}
			var worst float64
			for j, v := range kept.Y {
				worst = max(worst, math.Abs(float64(v-streamed.Y[j])))
			}
			if worst > 1e-3 {
				t.Errorf("%s %s: streamed luma differs from kept by %.2g", p, name, worst)
			}
			for i, pl := range [][2][]float32{{kept.Cb, streamed.Cb}, {kept.Cr, streamed.Cr}} {
				for j := range pl[0] {
					if math.Float32bits(pl[0][j]) != math.Float32bits(pl[1][j]) {
						t.Fatalf("%s %s: chroma plane %d differs at %d", p, name, i, j)
					}
				}
			}
		}
	}
}
