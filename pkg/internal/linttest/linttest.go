// Package linttest runs rules over fixture packs whose expectations sit
// beside the inputs, in the manner of go/analysis's analysistest:
//
//   - a `# want "rule.id" ...` comment on a manifest line expects those rules
//     to report on that line; a finding about a document file's content
//     counts against the line that declares the file (`- file: x.jpg`);
//   - a hidden `.want` file expects findings on files or on the pack with
//     lines `FILE rule.id` (`-` for the pack itself), and sets options with
//     `rules: ID` (or a .yaml file in the fixture, such as a hidden
//     .rules.yaml) and `date: YYYY-MM-DD`;
//   - a hidden `.gen` file makes inputs too big or too odd to commit, one per
//     line: `NAME KIND ARGS` (see generate).
//
// Only the rule a fixture folder is named after is compared, and both ways:
// a missing finding and an unexpected one fail the test.
package linttest

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/ruleset"
)

// DefaultDate is the lint date of fixtures that do not set one.
const DefaultDate = "2026-11-26"

// Case is one fixture pack.
type Case struct {
	Rule  string // the rule under test
	Dir   string // the fixture folder
	Rules string // rule set
	Date  string
	Want  map[string][]string // location → expected rule ids
}

var wantComment = regexp.MustCompile(`#\s*want((?:\s+"[^"]+")+)\s*$`)
var quoted = regexp.MustCompile(`"([^"]+)"`)

// Load reads a fixture folder's expectations.
func Load(rule, dir string) (*Case, error) {
	c := &Case{Rule: rule, Dir: dir, Rules: "base", Date: DefaultDate, Want: map[string][]string{}}
	for _, m := range pack.ManifestNames {
		if err := c.readManifest(filepath.Join(dir, m), m); err != nil {
			return nil, err
		}
	}
	if err := c.readWantFile(filepath.Join(dir, ".want")); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *Case) readManifest(path, name string) error {
	st, err := os.Stat(path)
	if err != nil || !st.Mode().IsRegular() || st.Size() > pack.MaxManifestBytes {
		return nil // absent, a folder or refused unread: expectations go in .want
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		if m := wantComment.FindStringSubmatch(sc.Text()); m != nil {
			for _, q := range quoted.FindAllStringSubmatch(m[1], -1) {
				key := fmt.Sprintf("%s:%d", name, line)
				c.Want[key] = append(c.Want[key], q[1])
			}
		}
	}
	return sc.Err()
}

func (c *Case) readWantFile(path string) error {
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return err
	}
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if v, ok := strings.CutPrefix(line, "rules:"); ok {
			c.Rules = strings.TrimSpace(v)
			continue
		}
		if v, ok := strings.CutPrefix(line, "date:"); ok {
			c.Date = strings.TrimSpace(v)
			continue
		}
		fields := strings.Fields(line)
		if len(fields) != 2 {
			return fmt.Errorf("%s:%d: want `FILE rule.id`", path, i+1)
		}
		file := fields[0]
		if file == "-" {
			file = ""
		}
		c.Want[file] = append(c.Want[file], fields[1])
	}
	return nil
}

// Check lints the case's pack and compares the findings of the rule under
// test with the expectations.
func (c *Case) Check(t *testing.T, reg *lint.Registry, loader *ruleset.Loader) {
	t.Helper()
	rules := c.Rules
	if strings.HasSuffix(rules, ".yaml") && !filepath.IsAbs(rules) {
		rules = filepath.Join(c.Dir, rules) // a rule-set file of the fixture's own
	}
	set, err := loader.Load(rules)
	if err != nil {
		t.Fatalf("rule set %s: %v", c.Rules, err)
	}
	date, err := pack.ParseDate(c.Date)
	if err != nil {
		t.Fatal(err)
	}
	manifest := ""
	for _, m := range pack.ManifestNames {
		if _, err := os.Lstat(filepath.Join(c.Dir, m)); err == nil {
			manifest = m
			break
		}
	}
	target := pack.Target{Dir: c.Dir, Path: filepath.Base(c.Dir), Manifest: manifest}
	res := lint.LintPack(target, lint.Options{Registry: reg, Date: date,
		Resolve: func(*pack.Pack) (*lint.Settings, *pack.Problem) { return set.Settings, nil }})
	got := map[string][]string{}
	for _, f := range res.Findings {
		if f.Crash {
			t.Errorf("rule %s crashed: %s", f.Rule, f.Message.Plain)
		}
		if f.Rule != c.Rule {
			continue
		}
		key := c.locate(f, manifest)
		got[key] = append(got[key], f.Rule)
		t.Logf("%s: %s: %s", key, f.Rule, f.Message.Plain)
	}
	compare(t, c.Rule, c.Want, got)
}

// locate maps a finding to the key its expectation is written under.
func (c *Case) locate(f lint.Finding, manifest string) string {
	if f.File == manifest && manifest != "" {
		return fmt.Sprintf("%s:%d", manifest, f.Line)
	}
	if f.Line == 0 && manifest != "" {
		if line := declaringLine(filepath.Join(c.Dir, manifest), f.File); line > 0 {
			return fmt.Sprintf("%s:%d", manifest, line)
		}
	}
	return f.File
}

// declaringLine finds the manifest line `file: NAME`.
func declaringLine(path, name string) int {
	data, err := os.ReadFile(path)
	if err != nil || name == "" {
		return 0
	}
	re := regexp.MustCompile(`(?:^|\s|-)file:\s*["']?` + regexp.QuoteMeta(name) + `["']?\s*(#.*)?$`)
	for i, line := range strings.Split(string(data), "\n") {
		if re.MatchString(line) {
			return i + 1
		}
	}
	return 0
}

func compare(t *testing.T, rule string, want, got map[string][]string) {
	t.Helper()
	keys := map[string]bool{}
	for k, v := range want {
		var mine []string
		for _, r := range v {
			if r == rule {
				mine = append(mine, r)
			}
		}
		want[k] = mine
		keys[k] = true
	}
	for k := range got {
		keys[k] = true
	}
	sorted := make([]string, 0, len(keys))
	for k := range keys {
		sorted = append(sorted, k)
	}
	sort.Strings(sorted)
	for _, k := range sorted {
		w, g := len(want[k]), len(got[k])
		switch {
		case g > w:
			t.Errorf("%s: unexpected %s finding (got %d, want %d)", where(k), rule, g, w)
		case g < w:
			t.Errorf("%s: expected %s finding not reported (got %d, want %d)", where(k), rule, g, w)
		}
	}
}

func where(k string) string {
	if k == "" {
		return "(pack)"
	}
	return k
}
