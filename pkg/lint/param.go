package lint

import (
	"fmt"
	"sort"
	"strings"
)

// A ParamType is the type of a rule parameter. Rule sets are checked against
// it before any pack is read.
type ParamType int

// Parameter types.
const (
	IntParam      ParamType = iota + 1 // a whole number
	FloatParam                         // a number
	BoolParam                          // true or false
	StringParam                        // one word
	ListParam                          // a list of words
	BytesParam                         // a size: 2097152, "2 MiB", "500 KB"
	IntMapParam                        // a mapping of words to whole numbers
	ListMapParam                       // a mapping of words to lists of words
	FloatMapParam                      // a mapping of words to numbers
)

var paramTypeNames = map[ParamType]string{
	IntParam: "integer", FloatParam: "number", BoolParam: "boolean", StringParam: "string",
	ListParam: "list of strings", BytesParam: "size in bytes", IntMapParam: "mapping of names to integers",
	ListMapParam: "mapping of names to lists", FloatMapParam: "mapping of names to numbers",
}

func (t ParamType) String() string { return paramTypeNames[t] }

// A Param is a typed parameter of a rule, with its default. Values holds the
// words allowed in a string, a list or a mapping's lists, and Keys the words
// allowed as mapping keys; empty means any.
type Param struct {
	Name    string
	Type    ParamType
	Default any
	Doc     string
	Min     float64 // smallest allowed number, for numeric types
	Max     float64 // largest allowed number, for numeric types; 0 means no bound
	Values  []string
	Keys    []string
}

func (p *Param) validate() error {
	if p.Name == "" || p.Doc == "" {
		return fmt.Errorf("parameter %q: name and doc are required", p.Name)
	}
	if err := p.Check(p.Default); err != nil {
		return fmt.Errorf("parameter %s: default: %w", p.Name, err)
	}
	return nil
}

// Check verifies that v has the parameter's Go type (int, float64, bool,
// string, []string, int64, map[string]int, map[string]float64, map[string][]string) and allowed values.
func (p *Param) Check(v any) error {
	var ok bool
	switch p.Type {
	case IntParam:
		var n int
		n, ok = v.(int)
		if ok {
			if err := p.checkBounds(float64(n)); err != nil {
				return err
			}
		}
	case FloatParam:
		var f float64
		f, ok = v.(float64)
		if ok {
			if err := p.checkBounds(f); err != nil {
				return err
			}
		}
	case BoolParam:
		_, ok = v.(bool)
	case StringParam:
		var s string
		if s, ok = v.(string); ok {
			return p.checkWords([]string{s}, p.Values)
		}
	case ListParam:
		var l []string
		if l, ok = v.([]string); ok {
			return p.checkWords(l, p.Values)
		}
	case BytesParam:
		var n int64
		n, ok = v.(int64)
		if ok && n < 0 {
			return fmt.Errorf("must not be negative")
		}
	case IntMapParam:
		var m map[string]int
		if m, ok = v.(map[string]int); ok {
			return p.checkWords(keys(m), p.Keys)
		}
	case FloatMapParam:
		var m map[string]float64
		if m, ok = v.(map[string]float64); ok {
			return p.checkWords(keys(m), p.Keys)
		}
	case ListMapParam:
		var m map[string][]string
		if m, ok = v.(map[string][]string); ok {
			if err := p.checkWords(keys(m), p.Keys); err != nil {
				return err
			}
			for _, l := range m {
				if err := p.checkWords(l, p.Values); err != nil {
					return err
				}
			}
		}
	}
	if !ok {
		return fmt.Errorf("want a %s, got %T", p.Type, v)
	}
	return nil
}

func (p *Param) checkBounds(n float64) error {
	switch {
	case n < p.Min:
		return fmt.Errorf("must be at least %v", p.Min)
	case p.Max != 0 && n > p.Max:
		return fmt.Errorf("must be at most %v", p.Max)
	}
	return nil
}

func (p *Param) checkWords(words, allowed []string) error {
	if len(allowed) == 0 {
		return nil
	}
	for _, w := range words {
		found := false
		for _, a := range allowed {
			if w == a {
				found = true
				break
			}
		}
		if !found {
			return fmt.Errorf("%q is not allowed (valid: %s)", w, strings.Join(allowed, ", "))
		}
	}
	return nil
}

func keys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
