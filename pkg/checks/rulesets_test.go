package checks_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/checks"
	"github.com/kyclint/kyclint/pkg/internal/linttest"
	"github.com/kyclint/kyclint/pkg/internal/racetest"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/ruleset"
	"github.com/kyclint/kyclint/rules"
)

// TestRuleSetFixtures lints each pack of testdata/rulesets under the rule
// sets its hidden .expect file names, one per line:
//
//	RULESET pass                  no error-level finding
//	RULESET fail RULE.ID [...]    error-level findings of exactly these rules
//
// RULESET may be J+P: platform P layered on jurisdiction J, as for a
// manifest naming both.
//
// so every built-in rule set has a pack that passes there and fails under a
// stricter one. Under the race detector every third line of the .expect
// files is linted (every line is still read and its rule set loaded).
func TestRuleSetFixtures(t *testing.T) {
	reg := checks.Registry()
	loader := &ruleset.Loader{Registry: reg, Builtins: rules.FS}
	dirs, _ := filepath.Glob(filepath.Join("testdata", "rulesets", "*", ".expect"))
	covered := map[string]map[string]bool{}
	n := 0
	for _, expect := range dirs {
		src := filepath.Dir(expect)
		data, err := os.ReadFile(expect)
		if err != nil {
			t.Fatal(err)
		}
		work := ""
		for _, line := range strings.Split(string(data), "\n") {
			f := strings.Fields(strings.TrimPrefix(line, "#layered "))
			if len(f) == 0 || strings.HasPrefix(f[0], "#") {
				continue
			}
			if len(f) < 2 || (f[1] != "pass" && f[1] != "fail") || (f[1] == "fail") != (len(f) > 2) {
				t.Fatalf("%s: %q: want `RULESET pass` or `RULESET fail RULE...`", expect, line)
			}
			set, err := loadLayered(loader, f[0])
			if err != nil {
				t.Fatalf("%s: %v", expect, err)
			}
			if covered[f[0]] == nil {
				covered[f[0]] = map[string]bool{}
			}
			covered[f[0]][f[1]] = true
			if n++; !racetest.Sample(n-1, 3) {
				continue
			}
			if work == "" {
				work = filepath.Join(t.TempDir(), filepath.Base(src))
				if err := os.CopyFS(work, os.DirFS(src)); err != nil {
					t.Fatal(err)
				}
				if err := linttest.Generate(work); err != nil {
					t.Fatal(err)
				}
			}
			got := errorRules(reg, set, work)
			want := append([]string{}, f[2:]...)
			sort.Strings(want)
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("%s under %s: error findings %v, want %v", filepath.Base(src), f[0], got, want)
			}
		}
	}
	for _, id := range loader.BuiltinIDs() {
		if id == "base" {
			continue
		}
		if !covered[id]["pass"] {
			t.Errorf("rule set %s has no fixture pack that passes under it", id)
		}
	}
}

func errorRules(reg *lint.Registry, set *ruleset.Set, dir string) []string {
	manifest := ""
	for _, m := range pack.ManifestNames {
		if _, err := os.Stat(filepath.Join(dir, m)); err == nil {
			manifest = m
			break
		}
	}
	date, _ := pack.ParseDate(linttest.DefaultDate)
	res := lint.LintPack(pack.Target{Dir: dir, Path: filepath.Base(dir), Manifest: manifest},
		lint.Options{Registry: reg, Date: date, Resolve: func(*pack.Pack) (*lint.Settings, *pack.Problem) { return set.Settings, nil }})
	seen := map[string]bool{}
	var out []string
	for _, f := range res.Findings {
		if f.Severity == lint.Error && !seen[f.Rule] {
			seen[f.Rule] = true
			out = append(out, f.Rule)
		}
	}
	sort.Strings(out)
	return out
}

// loadLayered loads a built-in rule set, or J+P layered.
func loadLayered(loader *ruleset.Loader, name string) (*ruleset.Set, error) {
	j, p, layered := strings.Cut(name, "+")
	if !layered {
		return loader.Load(name)
	}
	js, err := loader.Load(j)
	if err != nil {
		return nil, err
	}
	ps, err := loader.Load(p)
	if err != nil {
		return nil, err
	}
	return ruleset.Layer(js, ps), nil
}
