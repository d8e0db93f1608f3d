package docquad

import (
	"encoding/json"
	"image"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/corpus"
)

// midvFrame loads the MIDV-500 frame CA43_01 and its labelled card outline
// (full-resolution pixels, clockwise from the top-left).
func midvFrame(t *testing.T) (image.Image, [4]Point) { return midvFrameB(t) }

func midvFrameB(t testing.TB) (image.Image, [4]Point) {
	dir := corpus.Dir(t, "midv")
	img := loadImage(t, filepath.Join(dir, "CA43_01.tif"))
	raw, err := os.ReadFile(filepath.Join(dir, "CA43_01.json"))
	if err != nil {
		t.Fatal(err)
	}
	var label struct{ Quad [4][2]float64 }
	if err := json.Unmarshal(raw, &label); err != nil {
		t.Fatal(err)
	}
	var q [4]Point
	for i, c := range label.Quad {
		q[i] = Point{c[0], c[1]}
	}
	return img, q
}

func TestFindMIDVCard(t *testing.T) {
	img, label := midvFrame(t)
	p := workingPlane(img)
	r := Find(p.w, p.h, p.pix)
	if !r.Found {
		t.Fatal("card not found")
	}
	long := float64(max(img.Bounds().Dx(), img.Bounds().Dy()))
	worst := 0.0
	for i, c := range r.Corners {
		d := math.Hypot(c.X*p.scale-label[i].X, c.Y*p.scale-label[i].Y)
		worst = math.Max(worst, d)
	}
	t.Logf("worst corner error %.1f px (%.2f %% of the long side), score %.2f, tilt %.1f°, area %.2f",
		worst, 100*worst/long, r.Score, r.TiltDeg, r.Area)
	if worst > 0.02*long {
		t.Errorf("corners %v are %.0f px from the label %v", r.Corners, worst, label)
	}
	if r.Cut != [4]bool{} {
		t.Errorf("whole card called cut: %v", r.Cut)
	}
	if r.Aspect < 1.45 || r.Aspect > 1.75 {
		t.Errorf("aspect %.2f, want an ID-1 card's 1.586 give or take perspective", r.Aspect)
	}
}

// The card lies within x 88–966, y 678–1180 of the 1080×1920 frame.
func TestFindMIDVCrops(t *testing.T) {
	img, _ := midvFrame(t)
	for _, c := range []struct {
		name string
		r    image.Rectangle
		cut  [4]bool // top, right, bottom, left
	}{
		{"whole, wide margin", image.Rect(0, 400, 1080, 1500), [4]bool{}},
		{"whole, narrow margin", image.Rect(40, 620, 1020, 1240), [4]bool{}},
		{"left 30 % cut off", image.Rect(390, 400, 1080, 1500), [4]bool{3: true}},
		{"right 30 % cut off", image.Rect(0, 400, 700, 1500), [4]bool{1: true}},
		{"top 35 % cut off", image.Rect(0, 860, 1080, 1500), [4]bool{0: true}},
		{"bottom 30 % cut off", image.Rect(0, 400, 1080, 1030), [4]bool{2: true}},
		{"top-left corner cut off", image.Rect(400, 850, 1080, 1500), [4]bool{0: true, 3: true}},
		{"bottom-right corner cut off", image.Rect(0, 400, 700, 1030), [4]bool{1: true, 2: true}},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := workingPlane(crop(img, c.r))
			r := Find(p.w, p.h, p.pix)
			t.Logf("found %v cut %v score %.2f area %.2f corners %.0f", r.Found, r.Cut, r.Score, r.Area, r.Corners)
			if !r.Found || r.Cut != c.cut {
				t.Errorf("found %v, cut %v; want found, cut %v", r.Found, r.Cut, c.cut)
			}
		})
	}
}
