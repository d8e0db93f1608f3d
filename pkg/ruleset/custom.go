package ruleset

import (
	"fmt"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/kyclint/kyclint/pkg/celrule"
	"github.com/kyclint/kyclint/pkg/lint"
)

var customKeys = []string{"id", "severity", "message", "hint", "expr", "each"}

var customID = regexp.MustCompile(`^custom\.[a-z0-9][a-z0-9-]*$`)

// ParseCustom reads a `custom:` list of rules written in CEL, compiling and
// type-checking each expression; an error names the file and line.
func (l *Loader) ParseCustom(file string, n *yaml.Node) ([]*lint.Rule, error) {
	rules, err := l.parseCustom(file, n)
	if err != nil {
		return nil, err
	}
	return rules, nil
}

func (l *Loader) parseCustom(file string, n *yaml.Node) ([]*lint.Rule, *Error) {
	if n.Kind != yaml.SequenceNode {
		return nil, errorf(file, n.Line, "custom must be a list of rules, each starting with `- id: custom.NAME`")
	}
	var out []*lint.Rule
	seen := map[string]int{}
	for _, item := range n.Content {
		r, err := l.customRule(file, item)
		if err != nil {
			return nil, err
		}
		if first, dup := seen[r.ID]; dup {
			return nil, errorf(file, item.Line, "custom rule %s is defined twice (first at line %d)", r.ID, first)
		}
		seen[r.ID] = item.Line
		out = append(out, r)
	}
	return out, nil
}

func (l *Loader) customRule(file string, n *yaml.Node) (*lint.Rule, *Error) {
	def := celrule.Def{Severity: lint.Error, Source: fmt.Sprintf("%s:%d", file, n.Line)}
	exprLine := n.Line
	err := eachKey(file, n, "a custom rule", customKeys, func(k, v *yaml.Node) *Error {
		s, err := str(file, k.Value, v)
		if err != nil {
			return err
		}
		switch k.Value {
		case "id":
			if !customID.MatchString(s) {
				return errorf(file, v.Line, "custom rule id %q must start with %q and be lower-case words joined by '-'", s, celrule.Prefix)
			}
			if _, builtin := l.Registry.Lookup(s); builtin {
				return errorf(file, v.Line, "custom rule id %q is a built-in rule", s)
			}
			def.ID = s
		case "severity":
			sev, perr := lint.ParseSeverity(s)
			if perr != nil {
				return errorf(file, v.Line, "custom rule: %v", perr)
			}
			def.Severity = sev
		case "message":
			def.Message = s
		case "hint":
			def.Hint = s
		case "expr":
			def.Expr, exprLine = s, v.Line
		case "each":
			if s != "documents" {
				return errorf(file, v.Line, "each: want documents, not %q", s)
			}
			def.Each = s
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for key, val := range map[string]string{"id": def.ID, "message": def.Message, "expr": def.Expr} {
		if val == "" {
			return nil, errorf(file, n.Line, "custom rule %s has no %s; a custom rule needs id, message and expr", def.ID, key)
		}
	}
	r, cerr := celrule.Compile(def)
	if cerr != nil {
		return nil, errorf(file, exprLine, "custom rule %s: expr: %s", def.ID, celMessage(cerr))
	}
	return r, nil
}

// celMessage keeps CEL's error lines, without the caret drawings, on one
// line: "ERROR: <input>:1:21: found no matching overload…".
func celMessage(err error) string {
	var parts []string
	for _, line := range strings.Split(err.Error(), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "|") {
			continue
		}
		parts = append(parts, strings.Replace(strings.TrimPrefix(line, "ERROR: "), "<input>:", "column ", 1))
	}
	return strings.Join(parts, "; ")
}
