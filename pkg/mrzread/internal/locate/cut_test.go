package locate

import (
	"image"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/synth"
)

// TestCutZone: a photo that cuts the document off through its zone gives a
// zone flagged Cut, its cells those still in view; one whose zone is whole
// is not flagged.
func TestCutZone(t *testing.T) {
	for _, kind := range []synth.Kind{synth.KindPassport, synth.KindID} {
		g := synthCase{kind: kind, seed: 4}.image(t)
		z, err := Find(g)
		if err != nil {
			t.Fatalf("%s whole: %v", kind, err)
		}
		if z.Cut {
			t.Errorf("%s whole: flagged cut", kind)
		}
		// crop through the zone a few characters from its right end
		right := 0
		for _, l := range z.Lines {
			right = max(right, l.Quad[1].X, l.Quad[2].X)
		}
		c := len(z.Lines[0].Cells)
		cut := right - (right-z.Lines[0].Quad[0].X)*3/c
		crop := g.SubImage(image.Rect(0, 0, cut, g.Rect.Dy())).(*image.Gray)
		zc, err := Find(crop)
		writeDebug(t, "cut-"+string(kind), crop, zc)
		writeMask(t, "cut-"+string(kind), crop)
		if err != nil {
			t.Errorf("%s cut: %v", kind, err)
			continue
		}
		if !zc.Cut {
			t.Errorf("%s cut at x=%d: not flagged cut", kind, cut)
		}
		t.Logf("%s cut three characters short: %d lines of %d cells (whole: %d), cut=%v", kind, len(zc.Lines), len(zc.Lines[0].Cells), c, zc.Cut)
	}
}
