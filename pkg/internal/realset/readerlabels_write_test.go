package realset

import (
	"bytes"
	"encoding/json"
	"flag"
	"image"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/corpus"
	"github.com/kyclint/kyclint/pkg/mrzread"
)

// writeReaderLabels makes TestWriteReaderLabels rewrite
// testdata/reader-labels.json; without it the test skips.
var (
	writeReaderLabels = flag.Bool("write-reader-labels", false, "rewrite testdata/reader-labels.json from pkg/mrzread's reads")
	degradedDir       = flag.String("degraded", "", "read the degraded files from this folder, written by TestWriteDegraded, instead of building them")
)

const readerRule = "pkg/mrzread.Read on the decoded degraded JPEG (the bytes realset.Build makes); " +
	"legible when the lines it returns equal the MRZ as printed (Original.MRZ), every character, " +
	"corrections by check digit included. Documents whose original it does not read exactly are excluded."

// TestWriteReaderLabels reads the MRZ of every degraded MRZ document with
// pkg/mrzread and writes the verdicts.
func TestWriteReaderLabels(t *testing.T) {
	if !*writeReaderLabels {
		t.Skip("no -write-reader-labels")
	}
	root := corpus.Dir(t, ".")
	out := ReaderLabelSet{Version: 1, Rule: readerRule, Excluded: []string{}}
	var mu sync.Mutex
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for _, o := range Originals() {
		if !o.Degraded() || len(o.MRZ) == 0 {
			continue
		}
		img, err := Open(root, o)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := readsExactly(img, o.MRZ); !ok {
			out.Excluded = append(out.Excluded, o.Path)
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			for _, d := range Degradations() {
				b, err := degradedBytes(img, o, d)
				if err != nil {
					t.Error(err)
					return
				}
				deg, _, err := image.Decode(bytes.NewReader(b))
				if err != nil {
					t.Error(err)
					return
				}
				read, ok := readsExactly(deg, o.MRZ)
				mu.Lock()
				out.Labels = append(out.Labels, ReaderLabel{Original: o.Path, Degradation: d.Name(), Legible: ok, Read: read})
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	slices.Sort(out.Excluded)
	slices.SortFunc(out.Labels, func(a, b ReaderLabel) int {
		if c := bytes.Compare([]byte(a.Original), []byte(b.Original)); c != 0 {
			return c
		}
		return bytes.Compare([]byte(a.Degradation), []byte(b.Degradation))
	})
	b, err := json.MarshalIndent(out, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("testdata/reader-labels.json", append(b, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	var legible int
	for _, l := range out.Labels {
		if l.Legible {
			legible++
		}
	}
	t.Logf("%d labels, %d legible; %d originals excluded", len(out.Labels), legible, len(out.Excluded))
}

// readsExactly reads img's MRZ and reports whether it is want, line for line.
func readsExactly(img image.Image, want []string) ([]string, bool) {
	res, err := mrzread.Read(img)
	if err != nil {
		return nil, false
	}
	return res.Lines, slices.Equal(res.Lines, want)
}

// degradedBytes builds o degraded by d, or reads it from -degraded.
func degradedBytes(img image.Image, o Original, d Degradation) ([]byte, error) {
	if *degradedDir != "" {
		return os.ReadFile(filepath.Join(*degradedDir, "degraded", FileKey(o.Path)+"@"+d.Name()+".jpg"))
	}
	return Build(img, d)
}
