// Command evaltool reads the machine readable zone of every PassportEye
// specimen with kyclint's reader, for .github/scripts/bench-mrz-vs-passporteye.sh.
// It takes the shared corpus root as its only argument and prints one
// tab-separated line per image: path (relative to the root), reference MRZ
// (lines joined by |, or - when none is known), whether a zone was found,
// whether it was vouched for (Result.Valid), and the text read (| joined).
package main

import (
	"fmt"
	"image"
	_ "image/jpeg"
	_ "image/png"
	"os"
	"path/filepath"
	"strings"

	"github.com/kyclint/kyclint/pkg/internal/realset"
	"github.com/kyclint/kyclint/pkg/mrzread"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: evaltool CORPUS_ROOT")
		os.Exit(2)
	}
	root := os.Args[1]
	refs := map[string]string{}
	for _, o := range realset.Originals() {
		if o.MRZ != nil {
			refs[o.Path] = strings.Join(o.MRZ, "|")
		}
	}
	for _, dir := range []string{"testdata", "tests-data"} {
		rel := filepath.Join("specimens/passporteye", dir)
		entries, err := os.ReadDir(filepath.Join(root, rel))
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		for _, e := range entries {
			if ext := filepath.Ext(e.Name()); ext != ".jpg" && ext != ".png" {
				continue
			}
			path := filepath.ToSlash(filepath.Join(rel, e.Name()))
			ref := refs[path]
			if ref == "" {
				ref = "-"
			}
			found, valid, text := read(filepath.Join(root, path))
			fmt.Printf("%s\t%s\t%v\t%v\t%s\n", path, ref, found, valid, text)
		}
	}
}

func read(path string) (found, valid bool, text string) {
	f, err := os.Open(path)
	if err != nil {
		return false, false, ""
	}
	defer f.Close()
	img, _, err := image.Decode(f)
	if err != nil {
		return false, false, ""
	}
	r, err := mrzread.Read(img)
	if err != nil {
		return false, false, ""
	}
	return true, r.Valid, strings.Join(r.Lines, "|")
}
