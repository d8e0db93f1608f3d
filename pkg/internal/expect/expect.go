// Package expect reads the findings a fixture pack expects, written beside
// its inputs in the manner of go/analysis's analysistest, and compares them
// with a lint result:
//
//   - a `# want "rule.id" [severity] ["regexp"] ...` comment on a manifest
//     line expects those findings on that line; a finding about a document
//     file's content counts against the line that declares the file
//     (`- file: x.jpg`);
//   - a hidden `.want` file expects findings on files or on the pack with
//     lines `FILE rule.id [severity] ["regexp"]` (`-` for the pack itself),
//     and sets options with `rules: ID` (or a .yaml file in the fixture,
//     such as a hidden .rules.yaml) and `date: YYYY-MM-DD`;
//   - a hidden `.gen` file makes inputs too big or too odd to commit, one per
//     line: `NAME KIND ARGS` (see generate).
//
// The severity (error, warning or info) and the quoted Go regexp, matched
// against the message with values revealed, are each optional; several
// wants may share a line. A quoted string after a rule that looks like a
// rule id starts the next want, so a message regexp of that shape needs an
// escape (`"image\.blur"`). Inside quotes, \" stands for a quote.
//
// Both ways are compared: a missing finding and an unexpected one are
// differences. kyclint's own rule tests compare only the rule a fixture
// folder is named after; `kyclint ruleset test` compares every rule.
package expect

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/kyclint/kyclint/pkg/internal/regular"
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
	Want  map[string][]Want // location → expected findings
}

// wantComment finds a `# want` comment and what follows it.
var wantComment = regexp.MustCompile(`(?:^|\s)#\s*want(?:\s(.*))?$`)

// Load reads a fixture folder's expectations.
func Load(rule, dir string) (*Case, error) {
	return LoadWith(rule, dir, "base", DefaultDate)
}

// LoadWith reads a fixture folder's expectations with the rule set and
// date used when its .want file sets none.
func LoadWith(rule, dir, rules, date string) (*Case, error) {
	return load(rule, dir, dir, rules, date)
}

// LoadIn reads the expectations of a fixture folder dir inside the fixtures
// folder tree, for every rule: a rule-set file its .want names must lie in
// tree.
func LoadIn(tree, dir, rules, date string) (*Case, error) {
	return load("", tree, dir, rules, date)
}

// maxWantBytes bounds a .want file; real ones are a few lines.
const maxWantBytes = 1 << 20

// load reads a fixture's files through an os.Root of its folder, as
// pack.Load reads the pack, and regular files only: a manifest symlinked out
// of the folder, a FIFO or /dev/zero is never read.
func load(rule, tree, dir, rules, date string) (*Case, error) {
	c := &Case{Rule: rule, Dir: dir, Rules: rules, Date: date, Want: map[string][]Want{}}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	defer root.Close()
	for _, m := range pack.ManifestNames {
		if err := c.readManifest(root, m); err != nil {
			return nil, err
		}
	}
	if err := c.readWantFile(root); err != nil {
		return nil, err
	}
	if IsFixtureFile(c.Rules) {
		if err := confined(tree, c.RuleSet()); err != nil {
			return nil, fmt.Errorf("%s: rules: %s %w", filepath.Join(dir, ".want"), c.Rules, err)
		}
	}
	return c, nil
}

// confined checks that the rule-set file p lies inside tree, symlinks
// followed: a fixture folder is a test of its own files only.
func confined(tree, p string) error {
	outside := fmt.Errorf("lies outside the fixtures folder %s; it was not read", tree)
	if filepath.IsAbs(p) && !filepath.IsAbs(tree) {
		return outside
	}
	realTree, err := filepath.EvalSymlinks(tree)
	if err != nil {
		return err
	}
	real, err := filepath.EvalSymlinks(p)
	if err != nil { // missing: the loader says so, if it lies inside
		real = filepath.Clean(p)
		if dir, derr := filepath.EvalSymlinks(filepath.Dir(p)); derr == nil {
			real = filepath.Join(dir, filepath.Base(p))
		}
	}
	if real, err = filepath.Abs(real); err != nil {
		return err
	}
	if realTree, err = filepath.Abs(realTree); err != nil {
		return err
	}
	rel, err := filepath.Rel(realTree, real)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return outside
	}
	return nil
}

func (c *Case) readManifest(root *os.Root, name string) error {
	data, err := regular.ReadFileIn(root, name, pack.MaxManifestBytes)
	if errors.Is(err, fs.ErrPermission) {
		return fmt.Errorf("%s: %w", filepath.Join(c.Dir, name), err)
	}
	if err != nil {
		return nil // absent, outside the folder, not a regular file or too big: refused unread, as lint does
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, len(data)+1)
	path := filepath.Join(c.Dir, name)
	for line := 1; sc.Scan(); line++ {
		m := wantComment.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		key := fmt.Sprintf("%s:%d", name, line)
		wants, err := parseWants(m[1], key)
		if err != nil {
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
		c.Want[key] = append(c.Want[key], wants...)
	}
	return sc.Err()
}

func (c *Case) readWantFile(root *os.Root) error {
	path := filepath.Join(c.Dir, ".want")
	data, err := regular.ReadFileIn(root, ".want", maxWantBytes)
	var pe *fs.PathError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case errors.As(err, &pe) && pe.Err.Error() == "path escapes from parent":
		return fmt.Errorf("%s: a symlink that leads outside the fixture folder; it was not read", path)
	case errors.As(err, &pe):
		return fmt.Errorf("%s: %w", path, pe.Err)
	case err != nil:
		return fmt.Errorf("%s: %w", path, err)
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
		file, w, err := parseWantLine(line, fmt.Sprintf(".want:%d", i+1))
		if err != nil {
			return fmt.Errorf("%s:%d: %w", path, i+1, err)
		}
		c.Want[file] = append(c.Want[file], w)
	}
	return nil
}

// parseWantLine reads a .want line `FILE rule.id [severity] ["regexp"]`.
func parseWantLine(line, pos string) (string, Want, error) {
	const usage = "want `FILE rule.id [severity] [\"regexp\"]`"
	toks, err := tokenize(line)
	if err != nil {
		return "", Want{}, err
	}
	if len(toks) < 2 || toks[0].quoted || !ruleShape.MatchString(toks[1].text) {
		return "", Want{}, errors.New(usage)
	}
	w, rest, err := parseTail(toks[1].text, toks[2:], pos)
	if err != nil {
		return "", Want{}, err
	}
	if len(rest) > 0 {
		return "", Want{}, fmt.Errorf("%s; unexpected %q", usage, rest[0].text)
	}
	file := toks[0].text
	if file == "-" {
		file = ""
	}
	return file, w, nil
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
