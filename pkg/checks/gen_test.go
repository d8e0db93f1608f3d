package checks_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/checks"
	"github.com/kyclint/kyclint/pkg/internal/rulegen"
)

// TestAllIsGenerated fails when all.go does not list exactly the exported
// *lint.Rule variables of the packages under pkg/checks.
func TestAllIsGenerated(t *testing.T) {
	want, err := rulegen.Generate(".")
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("all.go")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("pkg/checks/all.go is stale: run `%s`", rulegen.Command)
	}
}

// TestOneRuleOneFile holds each rule to a file of its own, named after the
// part of its id after the group: image.blur lives in imagecheck/blur.go.
func TestOneRuleOneFile(t *testing.T) {
	idLine := regexp.MustCompile(`(?m)^\s*ID:\s*"([a-z]+)\.([a-z0-9-]+)"`)
	files, err := filepath.Glob("*/*.go")
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]string{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ms := idLine.FindAllStringSubmatch(string(src), -1)
		if len(ms) > 1 {
			t.Errorf("%s declares %d rules; one rule, one file", f, len(ms))
		}
		for _, m := range ms {
			found[m[1]+"."+m[2]] = f
			if want := m[2] + ".go"; filepath.Base(f) != want {
				t.Errorf("rule %s.%s is declared in %s; name the file %s", m[1], m[2], f, want)
			}
		}
	}
	for _, id := range checks.Registry().IDs() {
		if found[id] == "" {
			t.Errorf("rule %s: no file under pkg/checks declares it", id)
		}
	}
}
