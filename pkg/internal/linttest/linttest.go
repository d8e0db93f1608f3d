// Package linttest runs rules over fixture packs whose expectations sit
// beside the inputs (see package expect for the conventions): a `# want
// "rule.id" [severity] ["regexp"]` comment on a manifest line, a hidden
// `.want` file for findings on files and for options, and a hidden `.gen`
// file that generates inputs too large or odd to commit.
//
// Only the rule a fixture folder is named after is compared, and both ways:
// a missing finding and an unexpected one fail the test.
package linttest

import (
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/expect"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/ruleset"
)

// DefaultDate is the lint date of fixtures that do not set one.
const DefaultDate = expect.DefaultDate

// Case is one fixture pack.
type Case struct {
	*expect.Case
}

// Load reads a fixture folder's expectations.
func Load(rule, dir string) (*Case, error) {
	c, err := expect.Load(rule, dir)
	if err != nil {
		return nil, err
	}
	return &Case{c}, nil
}

// Check lints the case's pack and compares the findings of the rule under
// test with the expectations.
func (c *Case) Check(t *testing.T, reg *lint.Registry, loader *ruleset.Loader) {
	t.Helper()
	set, err := loader.Load(c.RuleSet())
	if err != nil {
		t.Fatalf("rule set %s: %v", c.Rules, err)
	}
	date, err := pack.ParseDate(c.Date)
	if err != nil {
		t.Fatal(err)
	}
	res := lint.LintPack(c.Target(), lint.Options{Registry: reg, Date: date,
		Resolve: func(*pack.Pack) (*lint.Settings, *pack.Problem) { return set.Settings, nil }})
	for _, f := range res.Findings {
		if f.Crash {
			t.Errorf("rule %s crashed: %s", f.Rule, f.Message.Plain)
		}
		if f.Rule == c.Rule {
			t.Logf("%s:%d: %s %s: %s", f.File, f.Line, f.Rule, f.Severity, f.Message.Plain)
		}
	}
	for _, d := range c.Diff(c.Got(res)) {
		t.Error(d)
	}
}
