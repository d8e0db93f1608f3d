package ocrb

import (
	"fmt"
	"image"
	"image/draw"
	_ "image/jpeg"
	_ "image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/corpus"
	"github.com/kyclint/kyclint/pkg/internal/realset"
)

// realSpecimens are clean, upright scans of two-line MRZs from the shared
// corpus whose lines cutLines can find on its own.
var realSpecimens = []string{
	"specimens/passporteye/tests-data/passport-td3.png",
	"specimens/passporteye/tests-data/passport-td2.png",
	"specimens/passporteye/testdata/100_pass-cze.jpg",
	"specimens/passporteye/testdata/100_pass-cze2.jpg",
	"specimens/passporteye/testdata/100_pass-fin.png",
	"specimens/passporteye/testdata/100_pass-hrv.jpg",
	"specimens/passporteye/testdata/100_pass-isl.png",
	"specimens/passporteye/testdata/100_pass-ltu.jpg",
	"specimens/passporteye/testdata/100_pass-polx.jpg",
	"specimens/passporteye/testdata/100_pass-uto.jpg",
	"specimens/passporteye/testdata/100_pass-bdr.jpg",
}

// TestRealSpecimens reads the MRZ characters of real scans, cut into cells
// here (until the locator does it) by row projection and a fixed pitch.
func TestRealSpecimens(t *testing.T) {
	root := corpus.Dir(t, "")
	want := map[string][]string{}
	for _, o := range realset.Originals() {
		want[o.Path] = o.MRZ
	}
	var all tally
	for _, p := range realSpecimens {
		mrz := want[p]
		if len(mrz) != 2 {
			t.Fatalf("%s: want a two-line MRZ in realset, have %q", p, mrz)
		}
		g, err := loadGray(filepath.Join(root, p))
		if err != nil {
			t.Fatal(err)
		}
		lines := cutLines(g, len(mrz[0]))
		if len(lines) != 2 {
			t.Errorf("%s: found %d MRZ lines, want 2", p, len(lines))
			continue
		}
		var ty tally
		var read []string
		for i, cells := range lines {
			got := ClassifyLine(g, cells)
			var b strings.Builder
			for j := range got {
				c, _ := got[j].Best()
				b.WriteByte(c)
				ty.add(&got[j], mrz[i][j])
				all.add(&got[j], mrz[i][j])
			}
			read = append(read, b.String())
		}
		t.Logf("%-52s %5.1f%%  %s", p, 100*ty.acc(), strings.Join(read, " "))
		if ty.acc() < 0.9 {
			t.Logf("  errors %v", ty.errs)
		}
	}
	t.Logf("real characters: %d of %d right (%.1f%%); of %d confusable ones, partner 2nd in %d, best of its class in %d; errors %v",
		all.right, all.n, 100*all.acc(), all.pairs, all.partner, all.inClass, all.errs)
	if all.acc() < 0.93 {
		t.Errorf("real characters %.1f%% right, want ≥ 93%%", 100*all.acc())
	}
}

func loadGray(path string) (*image.Gray, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	img, _, err := image.Decode(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	g := image.NewGray(img.Bounds())
	draw.Draw(g, g.Rect, img, img.Bounds().Min, draw.Src)
	return g, nil
}

// cutLines finds the two MRZ lines in the bottom part of an upright scan by
// the row projection of dark pixels, and cuts each into n cells of a fixed
// pitch between its first and last ink columns.
func cutLines(g *image.Gray, n int) [][]image.Rectangle {
	b := g.Bounds()
	y0 := b.Min.Y + b.Dy()*55/100
	region := image.Rect(b.Min.X, y0, b.Max.X, b.Max.Y)
	lv := levels(g, []image.Rectangle{region})
	paper, ink := lv.paper, lv.ink
	thr := uint8((paper + ink) / 2)
	dark := func(x, y int) bool { return g.GrayAt(x, y).Y < thr }
	rows := make([]int, region.Dy())
	for y := region.Min.Y; y < region.Max.Y; y++ {
		for x := region.Min.X; x < region.Max.X; x++ {
			if dark(x, y) {
				rows[y-region.Min.Y]++
			}
		}
	}
	peak := 0
	for _, r := range rows {
		peak = max(peak, r)
	}
	// Bands of rows with many dark pixels; the MRZ lines are the two
	// lowest bands of a similar height.
	var bands [][2]int
	for y := 0; y < len(rows); {
		if rows[y] < peak/5 {
			y++
			continue
		}
		e := y
		for e < len(rows) && rows[e] >= peak/10 {
			e++
		}
		if e-y >= 5 {
			bands = append(bands, [2]int{y + region.Min.Y, e + region.Min.Y})
		}
		y = e
	}
	var out [][]image.Rectangle
	for _, bd := range bands {
		h := bd[1] - bd[0]
		if h > b.Dy()/12 {
			continue
		}
		// The line is the widest cluster of ink columns whose gaps are
		// narrower than a cap height (a page border or a caption further
		// off falls away).
		ink := make([]bool, b.Dx())
		for x := b.Min.X; x < b.Max.X; x++ {
			c := 0
			for y := bd[0]; y < bd[1]; y++ {
				if dark(x, y) {
					c++
				}
			}
			ink[x-b.Min.X] = c >= 2
		}
		first, last, bestW := -1, -1, 0
		for x := 0; x < len(ink); {
			if !ink[x] {
				x++
				continue
			}
			s, e := x, x
			for gap := 0; x < len(ink) && gap <= h; x++ {
				if ink[x] {
					e, gap = x, 0
				} else {
					gap++
				}
			}
			if e-s > bestW {
				first, last, bestW = s+b.Min.X, e+b.Min.X, e-s
			}
		}
		if bestW < b.Dx()/2 {
			continue
		}
		// Print leaves most of its band light; a shadow or an edge does not.
		dk := 0
		for y := bd[0]; y < bd[1]; y++ {
			for x := first; x <= last; x++ {
				if dark(x, y) {
					dk++
				}
			}
		}
		if dk*10 > 6*h*bestW {
			continue
		}
		// OCR-B's ink is about 0.7 of the cap height wide on a pitch of
		// about 1.0: the first and last ink columns span n-0.3 pitches.
		pitch := float64(last-first+1) / (float64(n) - 0.3)
		x0 := float64(first) - 0.15*pitch
		cells := make([]image.Rectangle, n)
		for i := range cells {
			cells[i] = image.Rect(int(x0+float64(i)*pitch+0.5), bd[0]-h/6,
				int(x0+float64(i+1)*pitch+0.5), bd[1]+h/6)
		}
		out = append(out, cells)
	}
	if len(out) < 2 {
		return nil
	}
	return out[len(out)-2:]
}
