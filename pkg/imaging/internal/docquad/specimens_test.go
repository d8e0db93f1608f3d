package docquad

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/corpus"
)

// A verdict is what a careful reviewer says of a specimen image: the whole
// document is visible ("whole"), it runs out of the frame at the listed
// sides ("cut:" then t, r, b, l), or no outline is visible at all because
// the image is cropped to the document ("none").
type verdict string

// specimenVerdicts was written by looking at each image.
var specimenVerdicts = map[string]verdict{
	"testdata/0_id-esp.png":       "whole", // card with torn white margins all round
	"testdata/0_pass-lva.jpg":     "whole", // open passport on white
	"testdata/100_id-che.jpg":     "none",
	"testdata/100_id-mac.jpg":     "none",
	"testdata/100_id-rou.jpg":     "none",
	"testdata/100_id-si.jpg":      "whole", // rounded corners just inside the frame
	"testdata/100_id-usa.jpg":     "whole", // two cards side by side on white
	"testdata/100_pass-bdr.jpg":   "none",
	"testdata/100_pass-chn.jpg":   "none",
	"testdata/100_pass-cze.jpg":   "none",
	"testdata/100_pass-cze2.jpg":  "none",
	"testdata/100_pass-fin.png":   "none",
	"testdata/100_pass-hrv.jpg":   "none",
	"testdata/100_pass-isl.png":   "none",
	"testdata/100_pass-ltu.jpg":   "none",
	"testdata/100_pass-lux.jpg":   "cut:t", // open passport on black, upper page runs off the top
	"testdata/100_pass-polx.jpg":  "none",
	"testdata/100_pass-uto.jpg":   "whole", // drawn page with its outline
	"testdata/100_pass2-uto.jpg":  "whole",
	"testdata/100_visa-polx.jpg":  "none",
	"testdata/100_visa-usa.jpg":   "none",
	"testdata/24_pass-egy.jpg":    "none",
	"testdata/25_pass-uto.jpg":    "whole",
	"testdata/27_pass-gbr.jpg":    "none",
	"testdata/33_id-usa.jpg":      "cut:r", // two cards; the right one runs off the right edge
	"testdata/43_pass-fra.jpg":    "none",
	"testdata/43_pass-twn.jpg":    "none",
	"testdata/53_id-d.jpg":        "none",
	"testdata/62_pass-aus.png":    "cut:t,r,b", // phone screenshot: page runs off the top, under the button bar and off the bottom-left
	"testdata/62_pass-pol.png":    "none",
	"testdata/77_card-cmw.png":    "whole",
	"testdata/79_pass-can.jpg":    "whole", // page in a labelled diagram on white
	"testdata/79_pass-hun.png":    "none",
	"testdata/98_pass-nld.jpg":    "none",
	"tests-data/passport-td2.jpg": "whole",
	"tests-data/passport-td2.png": "whole",
	"tests-data/passport-td3.jpg": "whole",
	"tests-data/passport-td3.png": "whole",
}

// allowsCut reports whether the verdict has the document running out at
// image side i (0 top, 1 right, 2 bottom, 3 left).
func (v verdict) allowsCut(i int) bool {
	sides, ok := strings.CutPrefix(string(v), "cut:")
	return ok && strings.Contains(sides, [4]string{"t", "r", "b", "l"}[i])
}

// agrees reports whether r says what the verdict says: a whole document
// found and not cut; a cut one found and cut at exactly the listed sides; no
// outline, or one covering most of the frame with nothing cut.
func (v verdict) agrees(r Result) bool {
	cut := false
	for i, c := range r.Cut {
		cut = cut || c
		if c != v.allowsCut(i) && strings.HasPrefix(string(v), "cut:") {
			return false
		}
	}
	switch v {
	case "whole":
		return r.Found && !cut
	case "none":
		return !r.Found || (!cut && r.Area > 0.8)
	}
	return r.Found && cut
}

func TestSpecimensNeverFalselyCut(t *testing.T) {
	dir := corpus.Dir(t, "specimens/passporteye")
	agree := 0
	for name, v := range specimenVerdicts {
		p := workingPlane(loadImage(t, filepath.Join(dir, name)))
		r := Find(p.w, p.h, p.pix)
		for i, c := range r.Cut {
			if c && !v.allowsCut(i) {
				t.Errorf("%s (%s): called cut at side %d: %+v", name, v, i, r)
			}
		}
		if v == "none" && !v.agrees(r) {
			t.Errorf("%s: the image is the document, yet a box printed on it was taken for it: area %.2f aspect %.2f score %.2f",
				name, r.Area, r.Aspect, r.Score)
		}
		if v.agrees(r) {
			agree++
		} else {
			t.Logf("%s (%s): found %v cut %v area %.2f score %.2f", name, v, r.Found, r.Cut, r.Area, r.Score)
		}
	}
	t.Logf("agreement with the reviewer's verdicts: %d of %d", agree, len(specimenVerdicts))
	if agree < len(specimenVerdicts)/2 {
		t.Errorf("only %d of %d verdicts agree", agree, len(specimenVerdicts))
	}
}
