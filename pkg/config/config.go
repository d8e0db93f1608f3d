// Package config reads a repository's .kyclint.yaml: the operators' defaults
// (rule set, report formats), rule settings for packs under some folders,
// suppressions with their reasons, and custom rules. It lives with the
// repository, never in a pack: an applicant's own manifest cannot waive a
// check on itself.
package config

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/ruleset"
)

// FileName is the configuration file kyclint looks for.
const FileName = ".kyclint.yaml"

// A Config is a loaded .kyclint.yaml.
type Config struct {
	File         string // as errors and notes name it
	Dir          string // its folder, absolute: globs and paths are relative to it
	Rules        string // default rule set: a built-in id or a file (made relative to the working folder)
	Formats      []string
	Overrides    []Override
	Suppressions []*Suppression
	Custom       []*lint.Rule
}

// An Override applies rule settings to the packs its globs match.
type Override struct {
	Packs   []string
	Line    int
	Overlay *ruleset.Overlay
}

// A Suppression waives a rule's findings on matching packs, for a reason.
type Suppression struct {
	Rule    string // a rule id, or "group.*"
	Packs   string // glob of pack folders, relative to the config's folder
	File    string // optional pack-relative file (a glob)
	Reason  string
	Expires pack.Date // zero when it does not expire
	Line    int
}

// Find returns the .kyclint.yaml in dir or its nearest parent, stopping at
// the top of a Git work tree; "" when there is none. Whatever the name
// holds is returned (a dangling symlink, a folder), for Load to refuse
// with a message, rather than passed over for a parent's.
func Find(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(abs, FileName)
		if _, err := os.Lstat(p); err == nil {
			return p, nil // Load refuses a folder, FIFO or device by name
		} else if !errors.Is(err, os.ErrNotExist) {
			return "", err
		}
		if _, err := os.Stat(filepath.Join(abs, ".git")); err == nil {
			return "", nil
		}
		parent := filepath.Dir(abs)
		if parent == abs {
			return "", nil
		}
		abs = parent
	}
}

// Rel returns a pack folder's path relative to the config's folder,
// slash-separated, or false when it lies outside.
func (c *Config) Rel(packDir string) (string, bool) {
	abs, err := filepath.Abs(packDir)
	if err != nil {
		return "", false
	}
	rel, err := filepath.Rel(c.Dir, abs)
	if err != nil || rel == ".." || len(rel) > 2 && rel[:3] == ".."+string(filepath.Separator) {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

// Settings puts the overrides matching a pack on top of its rule set's
// settings, and adds the configuration's custom rules.
func (c *Config) Settings(packDir string, s *lint.Settings) *lint.Settings {
	rel, inside := c.Rel(packDir)
	out := s
	for _, o := range c.Overrides {
		if inside && MatchAny(o.Packs, rel) {
			out = o.Overlay.Apply(out)
		}
	}
	if len(c.Custom) > 0 {
		if out == s {
			out = (&ruleset.Overlay{}).Apply(s)
		}
		out.Custom = ruleset.AddCustom(out, c.Custom)
	}
	return out
}

// OverrideKey names the set of overrides matching a pack, so that settings
// built for one pack can be shared with every pack the same overrides match.
func (c *Config) OverrideKey(packDir string) string {
	rel, inside := c.Rel(packDir)
	key := ""
	for i, o := range c.Overrides {
		if inside && MatchAny(o.Packs, rel) {
			key += "," + strconv.Itoa(i)
		}
	}
	return key
}
