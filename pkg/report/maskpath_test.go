package report

import (
	"testing"

	"github.com/kyclint/kyclint/pkg/lint"
)

func TestMaskPackPath(t *testing.T) {
	for in, want := range map[string]string{
		"packs/anna-lindqvist":  "packs/a***-l********",
		"anna-lindqvist/":       "a***-l********",
		`packs\ben_okafor`:      "packs/b**_o*****",
		".":                     ".",
		"../":                   "../",
		"batch/2026/chloe.pack": "batch/2026/c****.p***",
	} {
		if got := maskPackPath(in); got != want {
			t.Errorf("maskPackPath(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPackOfMasksPathsOnlyWhenAsked(t *testing.T) {
	res := lint.PackResult{Path: "packs/anna-lindqvist"}
	if got := PackOf(res, Meta{MaskPaths: true}).Path; got != "packs/a***-l********" {
		t.Errorf("MaskPaths: path %q, want it masked", got)
	}
	if got := PackOf(res, Meta{}).Path; got != res.Path {
		t.Errorf("without MaskPaths: path %q, want %q", got, res.Path)
	}
}
