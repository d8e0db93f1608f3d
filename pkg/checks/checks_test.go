package checks_test

import (
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/checks"
	"github.com/kyclint/kyclint/pkg/internal/linttest"
	"github.com/kyclint/kyclint/pkg/internal/racetest"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/ruleset"
	"github.com/kyclint/kyclint/rules"
)

// TestFixtures lints every fixture pack in testdata/<rule-id>/<case>/ and
// compares the rule's findings with the expectations written beside them.
// Under the race detector it lints every third case of each rule, from a
// first that moves from rule to rule, and so at least one.
func TestFixtures(t *testing.T) {
	reg := checks.Registry()
	loader := &ruleset.Loader{Registry: reg, Builtins: rules.FS}
	for ri, r := range reg.List() {
		cases, _ := filepath.Glob(filepath.Join("testdata", r.ID, "*"))
		sort.Strings(cases)
		cases = slices.DeleteFunc(cases, func(dir string) bool {
			st, err := os.Stat(dir)
			return err != nil || !st.IsDir()
		})
		k := min(3, len(cases))
		for j, dir := range cases {
			if !racetest.Sample(j+k-ri%k, k) {
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
					t.Fatal(strings.ReplaceAll(err.Error(), work, dir))
				}
				c.Check(t, reg, loader)
			})
		}
	}
}

// TestEveryRuleHasFixtures keeps the registry and the fixtures in step:
// every rule needs a fixture where it fires and one where it stays silent,
// and its expectations must name a severity and, in at least one place, pin
// the message.
func TestEveryRuleHasFixtures(t *testing.T) {
	for _, r := range checks.All() {
		cases, _ := filepath.Glob(filepath.Join("testdata", r.ID, "*"))
		fires, silent, pinned := 0, 0, 0
		for _, dir := range cases {
			if st, err := os.Stat(dir); err != nil || !st.IsDir() {
				continue
			}
			c, err := linttest.Load(r.ID, dir)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, ws := range c.Want {
				for _, w := range ws {
					if w.Rule != r.ID {
						continue
					}
					n++
					if w.Message != nil {
						pinned++
					}
					if w.Severity == lint.Off {
						t.Errorf("%s: %s: want %s names no severity", dir, w.Pos, w)
					}
				}
			}
			if n > 0 {
				fires++
			} else {
				silent++
			}
		}
		if fires == 0 {
			t.Errorf("rule %s has no fixture in testdata/%s/ expecting a finding (a `# want %q` line)", r.ID, r.ID, r.ID)
		}
		if silent == 0 {
			t.Errorf("rule %s has no fixture in testdata/%s/ where it stays silent (such as clean/, with no want for it)", r.ID, r.ID)
		}
		if pinned == 0 && fires > 0 {
			t.Errorf("rule %s: no fixture in testdata/%s/ pins a message (`# want %q SEVERITY \"regexp\"`)", r.ID, r.ID, r.ID)
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
