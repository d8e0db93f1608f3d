// Command gensamples writes kyclint's sample packs (testdata/packs) from a
// fixed seed: photos of fictional documents, statements as PDF, and the
// manifests that declare them. Run it from the repository root:
//
//	go run ./pkg/internal/synth/gensamples testdata/packs
//
// The output is deterministic; a test checks the committed packs against it.
package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: gensamples DIR")
		os.Exit(2)
	}
	if err := Write(os.Args[1]); err != nil {
		fmt.Fprintf(os.Stderr, "gensamples: %v\n", err)
		os.Exit(1)
	}
}

// Write generates every sample pack into dir, replacing files of the same
// name and leaving others alone.
func Write(dir string) error {
	for _, p := range samples() {
		for name, make := range p.files {
			data, err := make()
			if err != nil {
				return fmt.Errorf("%s/%s: %w", p.name, name, err)
			}
			path := filepath.Join(dir, p.name, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				return err
			}
			if err := os.WriteFile(path, data, 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}
