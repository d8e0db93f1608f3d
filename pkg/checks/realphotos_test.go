package checks_test

import (
	"path"
	"strconv"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/corpus"
	"github.com/kyclint/kyclint/pkg/internal/racetest"
	"github.com/kyclint/kyclint/pkg/internal/realset"
)

// The tests in this file pin the image rules' defaults on real photos and
// scans (pkg/internal/realset): what a reviewer would accept must pass, and
// what a reviewer could not read must fail.

// blackAndWhite lists the real identity images that are not in colour: a
// greyscale scan, a scan of both sides in grey, and a black-and-white
// rendering.
var blackAndWhite = map[string]bool{
	"specimens/passporteye/testdata/100_id-rou.jpg":  true,
	"specimens/passporteye/testdata/100_id-usa.jpg":  true,
	"specimens/passporteye/testdata/77_card-cmw.png": true,
}

// passportEyeScore is the MRZ score PassportEye recorded for a specimen,
// the prefix of its file name; -1 when it has none.
func passportEyeScore(p string) int {
	n, err := strconv.Atoi(strings.SplitN(path.Base(p), "_", 2)[0])
	if err != nil || !strings.Contains(p, "passporteye/testdata/") {
		return -1
	}
	return n
}

// TestSpecimensPassEveryRuleSet: every specimen whose MRZ PassportEye read
// (score ≥ 90) is sharp, free of glare and, when in colour, in colour,
// under every built-in rule set. Under the race detector each specimen
// is linted under every sixth rule set, a different sixth from one
// specimen to the next.
func TestSpecimensPassEveryRuleSet(t *testing.T) {
	root := corpus.Dir(t, "")
	l := newPhotoLinter()
	sets := l.loader.BuiltinIDs()
	n := 0
	for _, o := range realset.Originals() {
		if o.Category != realset.Identity || passportEyeScore(o.Path) < 90 {
			continue
		}
		first := n
		n++
		t.Run(path.Base(o.Path), func(t *testing.T) {
			t.Parallel()
			data, _ := originalBytes(t, root, o)
			for k, id := range sets {
				if !racetest.Sample(first+k, 6) {
					continue
				}
				got := l.lint(t, id, data, o.Category)
				for _, rule := range []string{"image.blur", "image.glare", "image.grayscale", "image.cropped", "image.framing", "image.exposure"} {
					if rule == "image.grayscale" && blackAndWhite[o.Path] {
						continue
					}
					if f, ok := got[rule]; ok {
						t.Errorf("under %s: %s: %s", id, rule, f.Message.Pick(true))
					}
				}
			}
		})
	}
}

// TestSharpCameraPhotosPass: real camera photos in focus pass image.blur,
// even judged as strictly as an identity document. Under the race
// detector it takes every third photo.
func TestSharpCameraPhotosPass(t *testing.T) {
	root := corpus.Dir(t, "")
	l := newPhotoLinter()
	n := 0
	for _, o := range realset.Originals() {
		if o.Subject != realset.SharpPhoto {
			continue
		}
		if n++; !racetest.Sample(n-1, 3) {
			continue
		}
		t.Run(path.Base(o.Path), func(t *testing.T) {
			t.Parallel()
			data, _ := originalBytes(t, root, o)
			if f, ok := l.lint(t, "base", data, realset.Identity)["image.blur"]; ok {
				t.Errorf("%s", f.Message.Pick(true))
			}
		})
	}
}
