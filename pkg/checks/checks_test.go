package checks_test

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/kyclint/kyclint/pkg/checks"
	"github.com/kyclint/kyclint/pkg/internal/linttest"
	"github.com/kyclint/kyclint/pkg/ruleset"
	"github.com/kyclint/kyclint/rules"
)

// TestFixtures lints every fixture pack in testdata/<rule-id>/<case>/ and
// compares the rule's findings with the expectations written beside them.
func TestFixtures(t *testing.T) {
	reg := checks.Registry()
	loader := &ruleset.Loader{Registry: reg, Builtins: rules.FS}
	for _, r := range reg.List() {
		cases, _ := filepath.Glob(filepath.Join("testdata", r.ID, "*"))
		sort.Strings(cases)
		for _, dir := range cases {
			if st, err := os.Stat(dir); err != nil || !st.IsDir() {
				continue
			}
			t.Run(r.ID+"/"+filepath.Base(dir), func(t *testing.T) {
				work := filepath.Join(t.TempDir(), filepath.Base(dir))
				if err := os.CopyFS(work, os.DirFS(dir)); err != nil {
					t.Fatal(err)
				}
				if err := linttest.Generate(work); err != nil {
					t.Fatal(err)
				}
				c, err := linttest.Load(r.ID, work)
				if err != nil {
					t.Fatal(err)
				}
				c.Check(t, reg, loader)
			})
		}
	}
}

// TestEveryRuleHasFixtures keeps the registry and the fixtures in step: a
// rule without a fixture that expects one of its findings is untested.
func TestEveryRuleHasFixtures(t *testing.T) {
	for _, r := range checks.Registry().List() {
		cases, _ := filepath.Glob(filepath.Join("testdata", r.ID, "*"))
		expecting := 0
		for _, dir := range cases {
			c, err := linttest.Load(r.ID, dir)
			if err != nil {
				t.Fatal(err)
			}
			for _, ids := range c.Want {
				for _, id := range ids {
					if id == r.ID {
						expecting++
					}
				}
			}
		}
		if expecting == 0 {
			t.Errorf("rule %s has no fixture in testdata/%s expecting a finding", r.ID, r.ID)
		}
	}
}

// TestRulesAreDocumented checks what `kyclint explain` relies on.
func TestRulesAreDocumented(t *testing.T) {
	for _, r := range checks.All() {
		if err := r.Validate(); err != nil {
			t.Error(err)
		}
	}
}
