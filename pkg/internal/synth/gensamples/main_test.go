package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestCommittedSamplesAreGenerated keeps testdata/packs in step with this
// program: a change to either shows here, not as a puzzling golden diff.
func TestCommittedSamplesAreGenerated(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir); err != nil {
		t.Fatal(err)
	}
	committed := filepath.Join("..", "..", "..", "..", "testdata", "packs")
	n := 0
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		want, _ := os.ReadFile(path)
		got, err := os.ReadFile(filepath.Join(committed, rel))
		if err != nil {
			t.Errorf("%s: not committed (run: go run ./pkg/internal/synth/gensamples testdata/packs)", rel)
			return nil
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from what gensamples writes (run: go run ./pkg/internal/synth/gensamples testdata/packs)", rel)
		}
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 10 {
		t.Fatalf("only %d sample files generated", n)
	}
}
