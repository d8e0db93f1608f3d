// Package corpus locates the shared real-world test corpus (camera JPEGs, PDFs,
// MRZ cases) that lives beside the repository, not inside it. Tests that use it
// skip when it is absent, so a clone of the project alone still passes.
package corpus

import (
	"os"
	"path/filepath"
	"testing"
)

// EnvVar names a folder to use instead of ../shared/corpus beside the module root.
const EnvVar = "KYCLINT_CORPUS"

// Dir returns the corpus sub-folder sub (for example "mrz"), or skips the test
// when the corpus is not present.
func Dir(tb testing.TB, sub string) string {
	tb.Helper()
	root := os.Getenv(EnvVar)
	if root == "" {
		mod, ok := moduleRoot()
		if !ok {
			tb.Skip("shared corpus: module root not found")
		}
		root = filepath.Join(mod, "..", "shared", "corpus")
	}
	dir := filepath.Join(root, sub)
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		tb.Skipf("shared corpus not present at %s", dir)
	}
	return dir
}

func moduleRoot() (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}
