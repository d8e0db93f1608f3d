package realset

import (
	"bytes"
	"flag"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/corpus"
)

// outDir makes TestWriteDegraded write the set for the labelling script
// (.github/scripts/label-legibility.sh); without it the test skips.
var outDir = flag.String("out", "", "folder to write originals, degraded files and manifest.tsv into")

// TestWriteDegraded writes every original as PNG under orig/, every
// degraded document under degraded/, and manifest.tsv with one line per
// original, so that the labelling script OCRs exactly the files Build makes.
func TestWriteDegraded(t *testing.T) {
	if *outDir == "" {
		t.Skip("no -out folder")
	}
	root := corpus.Dir(t, ".")
	for _, sub := range []string{"orig", "degraded"} {
		if err := os.MkdirAll(filepath.Join(*outDir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	var manifest strings.Builder
	for _, o := range Originals() {
		if !o.Degraded() {
			continue
		}
		if err := writeOriginal(root, *outDir, o); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&manifest, "%s\t%s\t%d\t%s\n", FileKey(o.Path), o.Path, o.Rotate, strings.Join(o.MRZ, "|"))
	}
	if err := os.WriteFile(filepath.Join(*outDir, "manifest.tsv"), []byte(manifest.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// writeOriginal writes o as PNG and each of its degraded versions.
func writeOriginal(root, dir string, o Original) error {
	img, err := Open(root, o)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return err
	}
	key := FileKey(o.Path)
	if err := os.WriteFile(filepath.Join(dir, "orig", key+".png"), buf.Bytes(), 0o644); err != nil {
		return err
	}
	for _, d := range Degradations() {
		b, err := Build(img, d)
		if err != nil {
			return fmt.Errorf("%s %s: %w", o.Path, d.Name(), err)
		}
		name := filepath.Join(dir, "degraded", key+"@"+d.Name()+".jpg")
		if err := os.WriteFile(name, b, 0o644); err != nil {
			return err
		}
	}
	return nil
}
