package imaging

import (
	"bytes"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/imaging/internal/jpegluma"
	"github.com/kyclint/kyclint/pkg/internal/corpus"
	"github.com/kyclint/kyclint/pkg/internal/linttest"
	"github.com/kyclint/kyclint/pkg/internal/racetest"
)

// bothPaths analyses b with the fast JPEG path and with the standard
// decoder.
func bothPaths(tb testing.TB, b []byte) (fast, ref *Analysis, ferr, rerr error) {
	fast, ferr = Analyze(bytes.NewReader(b), int64(len(b)), Options{})
	ref, rerr = Analyze(bytes.NewReader(b), int64(len(b)), Options{StandardDecoder: true})
	return fast, ref, ferr, rerr
}

// sameVerdicts reports where the default thresholds judge the two analyses
// differently, for every kind's sharpness minimum.
func sameVerdicts(tb testing.TB, name string, fast, ref *Analysis, ferr, rerr error) bool {
	tb.Helper()
	if (ferr == nil) != (rerr == nil) || (fast.Metrics == nil) != (ref.Metrics == nil) {
		tb.Errorf("%s: fast path error %v, standard %v", name, ferr, rerr)
		return false
	}
	if fast.Metrics == nil {
		return true
	}
	f, r := fast.Metrics, ref.Metrics
	ok := (f.Blur.PerMille > MaxBlurPerMille) == (r.Blur.PerMille > MaxBlurPerMille) || max(f.WorkWidth, f.WorkHeight) < MinBlurLongSide
	fs, fe, fg, fgray := verdicts(f, "")
	rs, re, rg, rgray := verdicts(r, "")
	ok = ok && fs == rs && fe == re && fg == rg && fgray == rgray
	if !ok {
		tb.Errorf("%s: verdicts differ: fast %+v, standard %+v", name, *f, *r)
	}
	return ok
}

// TestFastPathVerdictsOnCalibration runs every calibration capture through
// both paths: the verdicts of the default thresholds must agree, and the
// scores are logged side by side. Under the race detector it runs every
// third capture, from the second (TestCalibration runs the first).
func TestFastPathVerdictsOnCalibration(t *testing.T) {
	for i, c := range calibrationTable() {
		if testing.Short() && c.w > 2000 || !racetest.Sample(i+2, 3) {
			continue
		}
		t.Run(c.name(), func(t *testing.T) {
			t.Parallel()
			b := jpegOf(t, c.image(7), nil)
			fast, ref, ferr, rerr := bothPaths(t, b)
			if sameVerdicts(t, c.name(), fast, ref, ferr, rerr) && fast.Metrics != nil {
				f, r := fast.Metrics, ref.Metrics
				t.Logf("blur %.2f/%.2f  mean %.1f/%.1f  P1 %.0f/%.0f  P50 %.0f/%.0f  P95 %.0f/%.0f  glare %.4f/%.4f  colour %.3f/%.3f  hash distance %d",
					f.Blur.PerMille, r.Blur.PerMille, f.MeanLuma, r.MeanLuma, f.P1, r.P1, f.P50, r.P50, f.P95, r.P95,
					f.Glare.Share, r.Glare.Share, f.ColourShare, r.ColourShare, f.Hash.Distance(r.Hash))
			}
		})
	}
}

// TestFastPathVerdictsOnFiles compares the two paths on every JPEG of the
// shared corpus and of the check fixtures (generated from their .gen
// files into a temporary folder). Under the race detector it takes every
// fourth JPEG and every fourth fixture folder.
func TestFastPathVerdictsOnFiles(t *testing.T) {
	var paths []string
	n := 0
	collect := func(root string) {
		_ = filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
			ext := strings.ToLower(filepath.Ext(p))
			if err == nil && e.Type().IsRegular() && (ext == ".jpg" || ext == ".jpeg") {
				if racetest.Sample(n, 4) {
					paths = append(paths, p)
				}
				n++
			}
			return nil
		})
	}
	collect(corpus.Dir(t, "."))
	gens, _ := filepath.Glob("../checks/testdata/*/*/.gen")
	for i, g := range gens {
		if !racetest.Sample(i, 4) {
			continue
		}
		dir := filepath.Join(t.TempDir(), strings.ReplaceAll(filepath.Dir(g), "/", "_"), "x")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		// .gen and the hidden files it reads (a PDF's text).
		hidden, _ := filepath.Glob(filepath.Join(filepath.Dir(g), ".*"))
		for _, h := range hidden {
			spec, err := os.ReadFile(h)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, filepath.Base(h)), spec, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if err := linttest.Generate(dir); err != nil {
			t.Fatalf("%s: %v", gens[i], err)
		}
		collect(dir)
	}
	agree := 0
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		fast, ref, ferr, rerr := bothPaths(t, b)
		if sameVerdicts(t, p, fast, ref, ferr, rerr) {
			agree++
		}
	}
	t.Logf("verdicts agree on %d of %d JPEG files (%d fixture folders)", agree, len(paths), len(gens))
}

// TestFastPathPanicFallsBack: a panic in the fast decoder is recovered
// like one in the standard decoders, and the file is measured by the
// standard path instead.
func TestFastPathPanicFallsBack(t *testing.T) {
	b := jpegOf(t, linttest.Photo(640, 480, 3), nil)
	want := analyzeBytes(t, b).Metrics
	decodeFast = func(io.ReaderAt, int64, jpegluma.Options) (*jpegluma.Image, error) { panic("a bug") }
	defer func() { decodeFast = jpegluma.Decode }()
	a, err := Analyze(bytes.NewReader(b), int64(len(b)), Options{})
	if err != nil || a.Metrics == nil {
		t.Fatalf("Analyze after a fast-path panic: %v", err)
	}
	if a.Metrics.WorkWidth != want.WorkWidth || math.Abs(a.Metrics.MeanLuma-want.MeanLuma) > 1 {
		t.Errorf("standard path measured %+v, fast path %+v", *a.Metrics, *want)
	}
}
