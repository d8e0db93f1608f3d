package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/kyclint/kyclint/pkg/internal/regular"
	"github.com/kyclint/kyclint/pkg/internal/yamlerr"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/ruleset"
	"github.com/kyclint/kyclint/pkg/suggest"
)

// maxBytes bounds a configuration file; real ones are a few KiB.
const maxBytes = 1 << 20

var (
	topKeys         = []string{"rules", "formats", "overrides", "suppressions", "custom"}
	overrideKeys    = []string{"packs", "rules"}
	suppressionKeys = []string{"rule", "packs", "file", "reason", "expires"}
)

// A parser reads one configuration file; every error names file and line.
type parser struct {
	file   string
	loader *ruleset.Loader
	cfg    *Config
}

func (p *parser) errorf(line int, format string, args ...any) error {
	if line > 0 {
		return fmt.Errorf("%s:%d: %s", p.file, line, fmt.Sprintf(format, args...))
	}
	return fmt.Errorf("%s: %s", p.file, fmt.Sprintf(format, args...))
}

// Load reads and validates the configuration at path, which errors name as
// display. Custom rules are compiled and rule settings checked against the
// loader's registry.
func Load(path, display string, loader *ruleset.Loader) (*Config, error) {
	data, err := regular.ReadFile(path, maxBytes)
	if err != nil {
		return nil, fmt.Errorf("reading configuration %s: %w", display, errText(err))
	}
	dir, _ := filepath.Abs(filepath.Dir(path))
	p := &parser{file: display, loader: loader, cfg: &Config{File: display, Dir: dir}}
	return p.cfg, p.parse(data)
}

func (p *parser) parse(data []byte) error {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		line, msg := yamlerr.Split(err, data)
		return p.errorf(line, "invalid YAML: %s", msg)
	}
	if len(root.Content) == 0 || root.Content[0].Tag == "!!null" {
		return nil // an empty configuration changes nothing
	}
	return p.mapping(root.Content[0], "the configuration", topKeys, func(k, v *yaml.Node) error {
		switch k.Value {
		case "rules":
			s, err := p.str(k.Value, v)
			if err == nil && ruleset.IsFile(s) && !filepath.IsAbs(s) {
				s = relToWorking(filepath.Join(p.cfg.Dir, s))
			}
			p.cfg.Rules = s
			return err
		case "formats":
			return p.formats(v)
		case "overrides":
			return p.list(v, "overrides", p.override)
		case "suppressions":
			return p.list(v, "suppressions", p.suppression)
		case "custom":
			rules, err := p.loader.ParseCustom(p.file, v)
			p.cfg.Custom = rules
			return err
		}
		return nil
	})
}

// relToWorking shortens an absolute path to one relative to the working
// folder when it lies below it, so messages stay short.
func relToWorking(abs string) string {
	wd, err := os.Getwd()
	if err != nil {
		return abs
	}
	if rel, err := filepath.Rel(wd, abs); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return abs
}

func (p *parser) mapping(n *yaml.Node, where string, known []string, f func(k, v *yaml.Node) error) error {
	if n.Kind != yaml.MappingNode {
		return p.errorf(n.Line, "%s must be a mapping of `key: value` lines", where)
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if first, dup := seen[k.Value]; dup {
			return p.errorf(k.Line, "duplicate key %q in %s (first at line %d)", k.Value, where, first)
		}
		seen[k.Value] = k.Line
		if !slices.Contains(known, k.Value) {
			return p.errorf(k.Line, "unknown key %q in %s%s; valid keys: %s", k.Value, where,
				suggest.DidYouMean(k.Value, known), strings.Join(known, ", "))
		}
		if err := f(k, v); err != nil {
			return err
		}
	}
	return nil
}

func (p *parser) list(n *yaml.Node, key string, item func(*yaml.Node) error) error {
	if n.Kind != yaml.SequenceNode {
		return p.errorf(n.Line, "%s must be a list of entries, each starting with `- `", key)
	}
	for _, c := range n.Content {
		if err := item(c); err != nil {
			return err
		}
	}
	return nil
}

func (p *parser) str(key string, v *yaml.Node) (string, error) {
	if v.Kind != yaml.ScalarNode || v.Tag == "!!null" || strings.TrimSpace(v.Value) == "" {
		return "", p.errorf(v.Line, "%s: want a string", key)
	}
	return v.Value, nil
}

// strings reads one string or a list of them.
func (p *parser) strs(key string, v *yaml.Node) ([]string, error) {
	if v.Kind == yaml.ScalarNode {
		s, err := p.str(key, v)
		return []string{s}, err
	}
	if v.Kind != yaml.SequenceNode || len(v.Content) == 0 {
		return nil, p.errorf(v.Line, "%s: want a string or a list of strings", key)
	}
	var out []string
	for _, c := range v.Content {
		s, err := p.str(key, c)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

func (p *parser) formats(v *yaml.Node) error {
	fs, err := p.strs("formats", v)
	p.cfg.Formats = fs
	return err
}

func (p *parser) override(n *yaml.Node) error {
	o := Override{Line: n.Line}
	err := p.mapping(n, "an override", overrideKeys, func(k, v *yaml.Node) error {
		if k.Value == "rules" {
			ov, err := p.loader.ParseOverlay(p.file, v)
			o.Overlay = ov
			return err
		}
		globs, err := p.strs("packs", v)
		for _, g := range globs {
			if err == nil && !validGlob(g) {
				err = p.errorf(v.Line, "packs: %q is not a valid glob", g)
			}
		}
		o.Packs = globs
		return err
	})
	if err != nil {
		return err
	}
	if o.Packs == nil || o.Overlay == nil {
		return p.errorf(n.Line, "an override needs packs (globs relative to %s) and rules", FileName)
	}
	p.cfg.Overrides = append(p.cfg.Overrides, o)
	return nil
}

// ruleNames lists what a suppression may name, for errors.
func ruleNames(reg *lint.Registry) []string {
	groups := map[string]bool{}
	var out []string
	for _, r := range reg.List() {
		if !groups[r.Group()] {
			groups[r.Group()] = true
			out = append(out, r.Group()+".*")
		}
	}
	return append(out, reg.IDs()...)
}

// errText is a read error without the path the caller names already.
func errText(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
