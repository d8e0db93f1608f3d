package ruleset

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/kyclint/kyclint/pkg/lint"
)

// decodeParam turns a YAML value into the Go value of a parameter's type.
func decodeParam(file string, p *lint.Param, n *yaml.Node) (any, *Error) {
	bad := func(want string) (any, *Error) {
		return nil, errorf(file, n.Line, "parameter %s: want %s, got %s", p.Name, want, describe(n))
	}
	switch p.Type {
	case lint.IntParam:
		if v, ok := intValue(n); ok {
			return v, nil
		}
		return bad("an integer")
	case lint.FloatParam:
		if f, ok := floatValue(n); ok {
			return f, nil
		}
		return bad("a number")
	case lint.BoolParam:
		if n.Kind == yaml.ScalarNode && n.Tag == "!!bool" {
			return n.Value == "true", nil
		}
		return bad("true or false")
	case lint.StringParam:
		if n.Kind == yaml.ScalarNode && n.Tag == "!!str" {
			return n.Value, nil
		}
		return bad("a string")
	case lint.ListParam:
		if l, ok := listValue(n); ok {
			return l, nil
		}
		return bad("a list of strings such as [a, b]")
	case lint.BytesParam:
		if v, ok := bytesValue(n); ok {
			return v, nil
		}
		return bad(`a size such as 2097152 or "2 MiB"`)
	case lint.IntMapParam, lint.ListMapParam, lint.FloatMapParam:
		return decodeMap(file, p, n)
	}
	return bad(p.Type.String())
}

func decodeMap(file string, p *lint.Param, n *yaml.Node) (any, *Error) {
	if n.Kind != yaml.MappingNode {
		return nil, errorf(file, n.Line, "parameter %s: want a %s, got %s", p.Name, p.Type, describe(n))
	}
	ints, floats, lists := map[string]int{}, map[string]float64{}, map[string][]string{}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if seen[k.Value] {
			return nil, errorf(file, k.Line, "parameter %s: duplicate key %q", p.Name, k.Value)
		}
		seen[k.Value] = true
		if p.Type == lint.FloatMapParam {
			x, ok := floatValue(v)
			if !ok {
				return nil, errorf(file, v.Line, "parameter %s: %s: want a number, got %s", p.Name, k.Value, describe(v))
			}
			floats[k.Value] = x
			continue
		}
		if p.Type == lint.IntMapParam {
			x, ok := intValue(v)
			if !ok {
				return nil, errorf(file, v.Line, "parameter %s: %s: want an integer, got %s", p.Name, k.Value, describe(v))
			}
			ints[k.Value] = x
			continue
		}
		l, ok := listValue(v)
		if !ok {
			return nil, errorf(file, v.Line, "parameter %s: %s: want a list of strings, got %s", p.Name, k.Value, describe(v))
		}
		lists[k.Value] = l
	}
	switch p.Type {
	case lint.IntMapParam:
		return ints, nil
	case lint.FloatMapParam:
		return floats, nil
	}
	return lists, nil
}

func intValue(n *yaml.Node) (int, bool) {
	if n.Kind != yaml.ScalarNode || n.Tag != "!!int" {
		return 0, false
	}
	v, err := strconv.ParseInt(strings.ReplaceAll(n.Value, "_", ""), 0, 32)
	return int(v), err == nil
}

func floatValue(n *yaml.Node) (float64, bool) {
	if n.Kind != yaml.ScalarNode || (n.Tag != "!!int" && n.Tag != "!!float") {
		return 0, false
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(n.Value, "_", ""), 64)
	return f, err == nil && !math.IsNaN(f) && !math.IsInf(f, 0)
}

func listValue(n *yaml.Node) ([]string, bool) {
	if n.Kind != yaml.SequenceNode {
		return nil, false
	}
	l := make([]string, 0, len(n.Content))
	for _, c := range n.Content {
		if c.Kind != yaml.ScalarNode || c.Tag != "!!str" {
			return nil, false
		}
		l = append(l, c.Value)
	}
	return l, true
}

var sizePattern = regexp.MustCompile(`^\s*([0-9]+(?:\.[0-9]+)?)\s*([KMG]i?B|B)?\s*$`)

var sizeUnits = map[string]float64{"": 1, "B": 1, "KB": 1e3, "MB": 1e6, "GB": 1e9, "KiB": 1 << 10, "MiB": 1 << 20, "GiB": 1 << 30}

// bytesValue reads a size: a whole number of bytes, or a number with a unit
// (KB, MB, GB are powers of 1000; KiB, MiB, GiB powers of 1024).
func bytesValue(n *yaml.Node) (int64, bool) {
	if n.Kind != yaml.ScalarNode {
		return 0, false
	}
	if n.Tag == "!!int" {
		v, err := strconv.ParseInt(n.Value, 10, 64)
		return v, err == nil && v >= 0
	}
	m := sizePattern.FindStringSubmatch(n.Value)
	if m == nil {
		return 0, false
	}
	f, err := strconv.ParseFloat(m[1], 64)
	if err != nil || f*sizeUnits[m[2]] > math.MaxInt64/2 {
		return 0, false
	}
	return int64(f * sizeUnits[m[2]]), true
}

// refusedLine returns the line of the first list item, mapping key or
// mapping list item that p refuses, so that an error in a block list points
// at the offending entry; else n's own line.
func refusedLine(p *lint.Param, n *yaml.Node) int {
	for i, c := range n.Content {
		var items []any
		switch {
		case p.Type == lint.ListParam:
			items = []any{[]string{c.Value}}
		case p.Type == lint.IntMapParam && i%2 == 0:
			items = []any{map[string]int{c.Value: 0}}
		case p.Type == lint.ListMapParam && i%2 == 0:
			items = []any{map[string][]string{c.Value: nil}}
		case p.Type == lint.ListMapParam:
			for _, item := range c.Content {
				if p.Check(map[string][]string{n.Content[i-1].Value: {item.Value}}) != nil {
					return item.Line
				}
			}
		}
		for _, v := range items {
			if p.Check(v) != nil {
				return c.Line
			}
		}
	}
	return n.Line
}

// describe names what a YAML node holds, for error messages.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	}
	if n.Tag == "!!null" {
		return "nothing"
	}
	return strconv.Quote(n.Value)
}
