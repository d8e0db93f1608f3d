package imaging

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kyclint/kyclint/pkg/internal/corpus"
	"github.com/kyclint/kyclint/pkg/internal/racetest"
)

// hangLimit separates a hang from a slow file on a busy machine; every
// corpus file takes well under 100 ms alone.
const hangLimit = 10 * time.Second

// partialOK lists truncated files that Go's decoder returns partially
// decoded, as its own tests expect, so no error is reported.
var partialOK = map[string]bool{
	"formats/go-stdlib/testdata/video-001.progressive.truncated.jpeg": true,
}

type formatLabel struct {
	File    string `json:"file"`
	Label   string `json:"label"`
	PILSize []int  `json:"pil_size"`
}

func analyzeFile(t *testing.T, path string) (*Analysis, error, time.Duration) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, _ := f.Stat()
	start := time.Now()
	a, err := Analyze(f, st.Size(), Options{})
	return a, err, time.Since(start)
}

// TestCorpusFormats analyses every labelled sample: valid files decode at
// the size Pillow reports, truncated and broken ones give a *DecodeError,
// bombs are refused quickly, and nothing panics or hangs.
func TestCorpusFormats(t *testing.T) {
	dir := corpus.Dir(t, "formats")
	var labels struct {
		Files []formatLabel `json:"files"`
	}
	loadJSON(t, filepath.Join(dir, "labels.json"), &labels)
	var decoded, refused int
	for _, l := range labels.Files {
		a, err, took := analyzeFile(t, filepath.Join(dir, "..", l.File))
		if took > hangLimit {
			t.Errorf("%s: took %v", l.File, took)
		}
		if a == nil {
			t.Errorf("%s: no analysis: %v", l.File, err)
			continue
		}
		if err == nil {
			decoded++
		} else {
			refused++
		}
		t.Logf("%-70s %-5s %v %v", l.File, a.Format, err, took.Round(time.Millisecond))
		label := strings.ToLower(l.Label)
		switch {
		case strings.HasPrefix(label, "valid") && a.Format != FormatAVIF:
			if err != nil {
				t.Errorf("%s (%s): %v", l.File, l.Label, err)
			} else if len(l.PILSize) == 2 && (a.Width != l.PILSize[0] || a.Height != l.PILSize[1]) {
				t.Errorf("%s: %dx%d, Pillow says %v", l.File, a.Width, a.Height, l.PILSize)
			}
		case strings.Contains(label, "pixel bomb") && strings.HasSuffix(l.File, ".gif"):
			// Refused by the pixel budget or, when the frame does not fit
			// the screen it declares, by the header check: never decoded.
			var lim *LimitError
			var dec *DecodeError
			if !errors.As(err, &lim) && !errors.As(err, &dec) {
				t.Errorf("%s: err = %v, want a refusal", l.File, err)
			}
		case partialOK[l.File]:
		case strings.HasPrefix(label, "truncated") || strings.HasPrefix(label, "broken") ||
			strings.Contains(label, "0x0") || strings.Contains(l.File, "nonsense"):
			var dec *DecodeError
			if !errors.As(err, &dec) {
				t.Errorf("%s (%s): err = %v, want *DecodeError", l.File, l.Label, err)
			}
		}
	}
	t.Logf("formats corpus: %d decoded, %d refused, %d files", decoded, refused, len(labels.Files))
}

// TestCorpusEXIFFilesAnalyse runs the whole analysis over the EXIF corpus,
// whose files crashed or hung other EXIF readers.
func TestCorpusEXIFFilesAnalyse(t *testing.T) {
	dir := corpus.Dir(t, "exif")
	n := 0
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(path, ".json") || strings.HasSuffix(path, ".txt") {
			return err
		}
		if n++; !racetest.Sample(n-1, 3) {
			return nil // under the race detector, every third file
		}
		a, aerr, took := analyzeFile(t, path)
		if took > hangLimit {
			t.Errorf("%s: took %v", path, took)
		}
		if a == nil {
			t.Errorf("%s: %v", path, aerr)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
