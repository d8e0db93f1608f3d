package ruleset_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/kyclint/kyclint/pkg/checks"
	"github.com/kyclint/kyclint/pkg/ruleset"
	"github.com/kyclint/kyclint/rules"
)

func builtinLoader() *ruleset.Loader {
	return &ruleset.Loader{Registry: checks.Registry(), Builtins: rules.FS}
}

// mapLoader has its own built-ins, for cases the shipped ones do not cover.
func mapLoader(files map[string]string) *ruleset.Loader {
	fsys := mapFS{fstest.MapFS{}}
	for name, content := range files {
		fsys.Set(name, []byte(content))
	}
	return &ruleset.Loader{Registry: checks.Registry(), Builtins: fsys}
}

// mapFS is an in-memory folder of built-ins that a test can add files to.
type mapFS struct{ fstest.MapFS }

func (m mapFS) Set(name string, data []byte) { m.MapFS[name] = &fstest.MapFile{Data: data} }

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func lineOf(t *testing.T, src, marker string) int {
	t.Helper()
	for i, l := range strings.Split(src, "\n") {
		if strings.Contains(l, marker) {
			return i + 1
		}
	}
	t.Fatalf("marker %q not in source", marker)
	return 0
}

func asError(t *testing.T, err error) *ruleset.Error {
	t.Helper()
	var re *ruleset.Error
	if !errors.As(err, &re) {
		t.Fatalf("error %v (%T) is not a *ruleset.Error", err, err)
	}
	return re
}
