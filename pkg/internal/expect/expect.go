// Package expect reads the findings a fixture pack expects, written beside
// its inputs in the manner of go/analysis's analysistest, and compares them
// with a lint result:
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
// Both ways are compared: a missing finding and an unexpected one are
// differences. kyclint's own rule tests compare only the rule a fixture
// folder is named after; `kyclint ruleset test` compares every rule.
package expect

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
)

// DefaultDate is the lint date of fixtures that do not set one.
const DefaultDate = "2026-11-26"

// Case is one fixture pack.
type Case struct {
	Rule  string // the rule under test, or "" for every rule
	Dir   string // the fixture folder
	Rules string // rule set
	Date  string
	Want  map[string][]string // location → expected rule ids
}

var wantComment = regexp.MustCompile(`#\s*want((?:\s+"[^"]+")+)\s*$`)
var quoted = regexp.MustCompile(`"([^"]+)"`)

// Load reads a fixture folder's expectations.
func Load(rule, dir string) (*Case, error) {
	return LoadWith(rule, dir, "base", DefaultDate)
}

// LoadWith reads a fixture folder's expectations with the rule set and
// date used when its .want file sets none.
func LoadWith(rule, dir, rules, date string) (*Case, error) {
	c := &Case{Rule: rule, Dir: dir, Rules: rules, Date: date, Want: map[string][]string{}}
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

// Target is the pack the case lints.
func (c *Case) Target() pack.Target {
	manifest := ""
	for _, m := range pack.ManifestNames {
		if _, err := os.Lstat(filepath.Join(c.Dir, m)); err == nil {
			manifest = m
			break
		}
	}
	return pack.Target{Dir: c.Dir, Path: filepath.Base(c.Dir), Manifest: manifest}
}

// RuleSet is the rule set the case names, a fixture's own file resolved
// against its folder; "" when none was named.
func (c *Case) RuleSet() string {
	if IsFixtureFile(c.Rules) && !filepath.IsAbs(c.Rules) {
		return filepath.Join(c.Dir, c.Rules) // a rule-set file of the fixture's own
	}
	return c.Rules
}

// IsFixtureFile reports whether a .want `rules:` value names a file.
func IsFixtureFile(rules string) bool {
	return strings.HasSuffix(rules, ".yaml") || strings.HasSuffix(rules, ".yml")
}

// Got groups a result's findings by where their expectations are written,
// keeping only the case's rule when it has one.
func (c *Case) Got(res lint.PackResult) map[string][]string {
	got := map[string][]string{}
	for _, f := range res.Findings {
		if c.Rule != "" && f.Rule != c.Rule {
			continue
		}
		key := c.locate(f, res.Manifest)
		got[key] = append(got[key], f.Rule)
	}
	return got
}

// Diff compares expectations with findings and describes each difference,
// sorted by location.
func (c *Case) Diff(got map[string][]string) []string {
	keys := map[string]bool{}
	for k := range c.Want {
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
	var out []string
	for _, k := range sorted {
		want, have := count(c.Want[k], c.Rule), count(got[k], c.Rule)
		ids := make([]string, 0, len(want)+len(have))
		for id := range want {
			ids = append(ids, id)
		}
		for id := range have {
			if _, ok := want[id]; !ok {
				ids = append(ids, id)
			}
		}
		sort.Strings(ids)
		for _, id := range ids {
			switch w, g := want[id], have[id]; {
			case g > w:
				out = append(out, fmt.Sprintf("%s: unexpected %s finding (got %d, want %d)", where(k), id, g, w))
			case g < w:
				out = append(out, fmt.Sprintf("%s: expected %s finding not reported (got %d, want %d)", where(k), id, g, w))
			}
		}
	}
	return out
}

// count tallies rule ids, only rule's when it is set.
func count(ids []string, rule string) map[string]int {
	m := map[string]int{}
	for _, id := range ids {
		if rule == "" || id == rule {
			m[id]++
		}
	}
	return m
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

func where(k string) string {
	if k == "" {
		return "(pack)"
	}
	return k
}
