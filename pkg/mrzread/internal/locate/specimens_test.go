package locate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/corpus"
	"github.com/kyclint/kyclint/pkg/internal/realset"
)

var eyeCounts = map[string]int{"0_pass-lva.jpg": 44, "62_pass-aus.png": 44}

// TestSpecimens runs Find on every real document of realset whose MRZ is
// known, on the ~1000 px working plane the reader gets.
func TestSpecimens(t *testing.T) {
	root := corpus.Dir(t, "")
	var found, counted, total int
	for _, o := range realset.Originals() {
		if o.MRZ == nil {
			// read by eye: two TD3 passports, one on its side, one
			// photographed at about 20°; only their size is given here
			if n, ok := eyeCounts[filepath.Base(o.Path)]; ok {
				o.MRZ = []string{strings.Repeat("<", n), strings.Repeat("<", n)}
			} else {
				continue
			}
		}
		if only := os.Getenv("LOCATE_ONLY"); only != "" && !strings.Contains(o.Path, only) {
			continue
		}
		total++
		img, err := realset.Open(root, o)
		if err != nil {
			t.Fatal(err)
		}
		g := workingPlane(img, 1000)
		name := strings.TrimSuffix(filepath.Base(o.Path), filepath.Ext(o.Path))
		z, err := Find(g)
		writeDebug(t, name, g, z)
		writeMask(t, name, g)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		found++
		ok := len(z.Lines) == len(o.MRZ)
		var got []int
		for i, l := range z.Lines {
			got = append(got, len(l.Cells))
			if i < len(o.MRZ) && len(l.Cells) != len(o.MRZ[i]) {
				ok = false
			}
		}
		if ok {
			counted++
		} else {
			t.Errorf("%s: %d lines with %v cells, want %d of %d", name, len(z.Lines), got, len(o.MRZ), len(o.MRZ[0]))
		}
		if z.Rotation != o.Rotate && !(z.Upside && (z.Rotation+180)%360 == o.Rotate) {
			t.Errorf("%s: rotation %d (upside %v), want %d", name, z.Rotation, z.Upside, o.Rotate)
		}
		t.Logf("%s: rot %d tilt %.1f upside %v cut %v lines %d cells %v", name, z.Rotation, z.TiltDeg, z.Upside, z.Cut, len(z.Lines), got)
	}
	t.Logf("specimens: %d with an MRZ, %d found, %d with the right line and cell counts", total, found, counted)
}
