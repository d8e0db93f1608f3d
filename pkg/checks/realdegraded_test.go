package checks_test

import (
	"fmt"
	"path"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/corpus"
	"github.com/kyclint/kyclint/pkg/internal/realset"
)

// severe lists the degradations after which nobody can read a document's
// small print, whatever an OCR engine makes of it: image.blur must catch at
// least nine in ten of them.
var severe = map[string]bool{
	"gaussian-0.005": true, "gaussian-0.008": true, "disk-0.008": true, "disk-0.012": true,
	"motion-0.025": true, "motion-0.04": true,
}

// readByEye lists degraded versions that the OCR judge calls illegible but
// that a person reads in full (every MRZ character, at 100 %): tesseract
// gives up on blurred OCR-B long before a reviewer does. image.blur must
// pass them.
var readByEye = func() map[string]bool {
	out := map[string]bool{}
	for doc, degs := range map[string]string{
		"specimens/passporteye/testdata/100_pass-cze.jpg": "gaussian-0.002 gaussian-0.003 downup-3 jpeg-q8 jpeg-q4 motion-0.008 disk-0.005",
		"specimens/passporteye/testdata/100_pass-hrv.jpg": "disk-0.003 disk-0.005 downup-1.5 downup-2 downup-3 gaussian-0.002 gaussian-0.003 jpeg-q4 jpeg-q8 motion-0.008",
		"specimens/passporteye/testdata/43_pass-twn.jpg":  "disk-0.0015 disk-0.003 disk-0.005 downup-1.5",
	} {
		for _, d := range strings.Fields(degs) {
			out[doc+"@"+d] = true
		}
	}
	return out
}()

// A verdict is what image.blur said about one degraded file.
type verdict struct {
	original, degradation string
	legible, labelled     bool
	failed                bool
}

// TestBlurOnDegradedRealDocuments builds every degraded version of the real
// documents and lints it: no version OCR still reads may fail image.blur,
// and the severe ones must. The agreement with the OCR labels is printed
// per degradation (go test -v).
func TestBlurOnDegradedRealDocuments(t *testing.T) {
	root := corpus.Dir(t, "")
	labels, err := realset.Labels()
	if err != nil {
		t.Fatal(err)
	}
	legible := map[string]bool{}
	for _, l := range labels.Labels {
		legible[l.Key()] = l.Legible
	}
	l := newPhotoLinter()
	var mu sync.Mutex
	var got []verdict
	t.Run("lint", func(t *testing.T) {
		for i, o := range realset.Originals() {
			if !o.Degraded() || (testing.Short() && i%4 != 0) {
				continue
			}
			t.Run(path.Base(o.Path), func(t *testing.T) {
				t.Parallel()
				_, img := originalBytes(t, root, o)
				for _, d := range realset.Degradations() {
					data, err := realset.Build(img, d)
					if err != nil {
						t.Fatal(err)
					}
					_, failed := l.lint(t, "base", data, o.Category)["image.blur"]
					key := o.Path + "@" + d.Name()
					leg, ok := legible[key]
					mu.Lock()
					got = append(got, verdict{o.Path, d.Name(), leg, ok, failed})
					mu.Unlock()
				}
			})
		}
	})
	judgeBlur(t, got)
}

// judgeBlur checks the verdicts and logs a table of them.
func judgeBlur(t *testing.T, got []verdict) {
	type tally struct{ legible, legibleFailed, illegible, illegibleFailed, all, failed int }
	by := map[string]*tally{}
	var severeN, severeFailed int
	for _, v := range got {
		k := by[v.degradation]
		if k == nil {
			k = &tally{}
			by[v.degradation] = k
		}
		k.all++
		if v.failed {
			k.failed++
		}
		switch {
		case v.labelled && v.legible:
			k.legible++
			if v.failed {
				k.legibleFailed++
				t.Errorf("%s @ %s: OCR still reads it, but image.blur fails it", v.original, v.degradation)
			}
		case v.labelled:
			k.illegible++
			if v.failed {
				k.illegibleFailed++
			}
		}
		if readByEye[v.original+"@"+v.degradation] && v.failed {
			t.Errorf("%s @ %s: a person reads it, but image.blur fails it", v.original, v.degradation)
		}
		if severe[v.degradation] {
			severeN++
			if v.failed {
				severeFailed++
			}
		}
	}
	names := make([]string, 0, len(by))
	for n := range by {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	fmt.Fprintf(&b, "%-16s %9s %18s %20s\n", "degradation", "failed", "OCR-legible failed", "OCR-illegible failed")
	for _, n := range names {
		k := by[n]
		fmt.Fprintf(&b, "%-16s %4d/%-4d %9d/%-8d %11d/%-8d\n", n, k.failed, k.all, k.legibleFailed, k.legible, k.illegibleFailed, k.illegible)
	}
	t.Logf("image.blur on degraded real documents:\n%s", b.String())
	if severeN > 0 && float64(severeFailed) < 0.9*float64(severeN) {
		t.Errorf("image.blur failed %d of %d severely blurred documents, want at least 90 %%", severeFailed, severeN)
	}
	t.Logf("severe: %d of %d failed", severeFailed, severeN)
}
