package ruleset

import (
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/kyclint/kyclint/pkg/internal/yamlerr"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/suggest"
)

// fileDoc is one rule-set file as written, validated but not merged.
type fileDoc struct {
	id, name, description, extends string
	layer                          string
	extendsLine                    int
	documents                      map[pack.Category]categoryDoc
	rules                          []ruleDoc
	analyses                       []analysisDoc
	custom                         []*lint.Rule
}

// analysisDoc is one analysis's settings as a file writes them.
type analysisDoc struct {
	name   string
	params map[string]any
}

type categoryDoc struct {
	accepted []pack.DocType // nil when not written
	min      int
	minSet   bool
}

type ruleDoc struct {
	id       string
	severity lint.Severity
	sevSet   bool
	params   map[string]any
}

var topKeys = []string{"id", "name", "description", "layer", "extends", "documents", "rules", "analyses", "custom"}

func (l *Loader) parse(src *source) (*fileDoc, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(src.data, &root); err != nil {
		line, msg := yamlerr.Split(err, src.data)
		return nil, errorf(src.display, line, "invalid YAML: %s", msg)
	}
	if len(root.Content) == 0 {
		return nil, errorf(src.display, 0, "the file is empty; a rule set needs at least an id or an extends")
	}
	if top := root.Content[0]; top.Kind == yaml.ScalarNode && top.Tag != "!!null" {
		// Never quote it: a file named by mistake (a key, a token) would be
		// printed whole.
		return nil, errorf(src.display, top.Line, "not a rule set: the file holds a single value, not `key: value` lines")
	}
	doc := &fileDoc{documents: map[pack.Category]categoryDoc{}}
	err := eachKey(src.display, root.Content[0], "the rule set", topKeys, func(k, v *yaml.Node) *Error {
		switch k.Value {
		case "layer":
			s, err := str(src.display, k.Value, v)
			if err != nil {
				return err
			}
			if !contains(Layers, s) {
				return errorf(src.display, v.Line, "layer %q: want one of %s", s, strings.Join(Layers, ", "))
			}
			doc.layer = s
		case "id", "name", "description", "extends":
			s, err := str(src.display, k.Value, v)
			if err != nil {
				return err
			}
			switch k.Value {
			case "id":
				doc.id = s
			case "name":
				doc.name = s
			case "description":
				doc.description = s
			case "extends":
				doc.extends, doc.extendsLine = s, v.Line
			}
		case "documents":
			return parseDocuments(src.display, v, doc)
		case "rules":
			return l.parseRules(src.display, v, doc)
		case "analyses":
			return l.parseAnalyses(src.display, v, doc)
		case "custom":
			rules, err := l.parseCustom(src.display, v)
			doc.custom = rules
			return err
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if src.builtin && doc.id != strings.TrimSuffix(strings.TrimPrefix(src.display, "rules/"), ".yaml") {
		return nil, errorf(src.display, 0, "built-in rule set id %q must match its file name", doc.id)
	}
	return doc, nil
}

// eachKey walks a mapping, refusing duplicate and unknown keys.
func eachKey(file string, n *yaml.Node, where string, known []string, f func(k, v *yaml.Node) *Error) *Error {
	if n.Kind != yaml.MappingNode {
		return errorf(file, n.Line, "%s must be a mapping, not %s", where, describe(n))
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if first, dup := seen[k.Value]; dup {
			return errorf(file, k.Line, "duplicate key %q in %s (first at line %d)", k.Value, where, first)
		}
		seen[k.Value] = k.Line
		if known != nil && !contains(known, k.Value) {
			return errorf(file, k.Line, "unknown key %q in %s%s; valid keys: %s", k.Value, where,
				suggest.DidYouMean(k.Value, known), strings.Join(known, ", "))
		}
		if err := f(k, v); err != nil {
			return err
		}
	}
	return nil
}

func str(file, key string, v *yaml.Node) (string, *Error) {
	if v.Kind != yaml.ScalarNode || v.Tag == "!!null" {
		return "", errorf(file, v.Line, "%s: want a string, got %s", key, describe(v))
	}
	return v.Value, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

var categoryNames = []string{string(pack.Identity), string(pack.AddressProof), string(pack.SelfieCat)}

func parseDocuments(file string, n *yaml.Node, doc *fileDoc) *Error {
	return eachKey(file, n, "documents", categoryNames, func(k, v *yaml.Node) *Error {
		cat := pack.Category(k.Value)
		var cd categoryDoc
		err := eachKey(file, v, "documents."+k.Value, []string{"accepted", "min"}, func(k2, v2 *yaml.Node) *Error {
			if k2.Value == "min" {
				m, ok := intValue(v2)
				if !ok || m < 0 {
					return errorf(file, v2.Line, "documents.%s.min: want a whole number, got %s", k.Value, describe(v2))
				}
				cd.min, cd.minSet = m, true
				return nil
			}
			l, ok := listValue(v2)
			if !ok {
				return errorf(file, v2.Line, "documents.%s.accepted: want a list of document types, got %s", k.Value, describe(v2))
			}
			cd.accepted = []pack.DocType{}
			for i, t := range l {
				dt := pack.DocType(t)
				if !dt.Known() || dt.Category() != cat {
					return errorf(file, v2.Content[i].Line, "documents.%s.accepted: %q is not a %s document type%s; valid: %s",
						k.Value, t, k.Value, suggest.DidYouMean(t, typesOf(cat)), strings.Join(typesOf(cat), ", "))
				}
				cd.accepted = append(cd.accepted, dt)
			}
			return nil
		})
		doc.documents[cat] = cd
		return err
	})
}

func typesOf(c pack.Category) []string {
	var out []string
	for _, t := range pack.DocTypes {
		if t.Category() == c {
			out = append(out, string(t))
		}
	}
	return out
}

func (l *Loader) parseRules(file string, n *yaml.Node, doc *fileDoc) *Error {
	return eachKey(file, n, "rules", nil, func(k, v *yaml.Node) *Error {
		rule, ok := l.Registry.Lookup(k.Value)
		if !ok {
			return errorf(file, k.Line, "unknown rule %q%s; valid rules: %s", k.Value,
				suggest.DidYouMean(k.Value, l.Registry.IDs()), strings.Join(l.Registry.IDs(), ", "))
		}
		rd := ruleDoc{id: rule.ID, params: map[string]any{}}
		if v.Kind == yaml.ScalarNode && v.Tag == "!!str" { // shorthand: `image.exif-gps: off`
			sev, err := lint.ParseSeverity(v.Value)
			if err != nil {
				return errorf(file, v.Line, "rule %s: %v", rule.ID, err)
			}
			rd.severity, rd.sevSet = sev, true
			doc.rules = append(doc.rules, rd)
			return nil
		}
		known := append([]string{"severity"}, rule.ParamNames()...)
		err := eachKey(file, v, "rule "+rule.ID, nil, func(pk, pv *yaml.Node) *Error {
			if pk.Value == "severity" {
				s, err := str(file, "severity", pv)
				if err != nil {
					return err
				}
				sev, perr := lint.ParseSeverity(s)
				if perr != nil {
					return errorf(file, pv.Line, "rule %s: %v", rule.ID, perr)
				}
				rd.severity, rd.sevSet = sev, true
				return nil
			}
			p := rule.Param(pk.Value)
			if p == nil {
				if why, ok := rule.Replaced[pk.Value]; ok {
					return errorf(file, pk.Line, "rule %s no longer has parameter %q: %s", rule.ID, pk.Value, why)
				}
				return errorf(file, pk.Line, "rule %s has no parameter %q%s; valid: %s", rule.ID, pk.Value,
					suggest.DidYouMean(pk.Value, known), strings.Join(known, ", "))
			}
			return setParam(file, "rule "+rule.ID, p, pv, rd.params)
		})
		doc.rules = append(doc.rules, rd)
		return err
	})
}

// setParam decodes and checks one parameter's value into params.
func setParam(file, owner string, p *lint.Param, n *yaml.Node, params map[string]any) *Error {
	val, err := decodeParam(file, p, n)
	if err != nil {
		err.Msg = owner + ": " + err.Msg
		return err
	}
	if cerr := p.Check(val); cerr != nil {
		return errorf(file, refusedLine(p, n), "%s: parameter %s: %v", owner, p.Name, cerr)
	}
	params[p.Name] = val
	return nil
}

// parseAnalyses reads the settings of the shared analyses, such as
// analyses.image.max_pixels.
func (l *Loader) parseAnalyses(file string, n *yaml.Node, doc *fileDoc) *Error {
	var names []string
	for _, a := range l.Registry.Analyzers() {
		if len(a.Params()) > 0 {
			names = append(names, a.Name())
		}
	}
	return eachKey(file, n, "analyses", names, func(k, v *yaml.Node) *Error {
		a, _ := l.Registry.Analyzer(k.Value)
		ad := analysisDoc{name: a.Name(), params: map[string]any{}}
		var known []string
		for _, p := range a.Params() {
			known = append(known, p.Name)
		}
		err := eachKey(file, v, "analyses."+a.Name(), known, func(pk, pv *yaml.Node) *Error {
			for i := range a.Params() {
				if p := &a.Params()[i]; p.Name == pk.Value {
					return setParam(file, "analyses."+a.Name(), p, pv, ad.params)
				}
			}
			return nil
		})
		doc.analyses = append(doc.analyses, ad)
		return err
	})
}
