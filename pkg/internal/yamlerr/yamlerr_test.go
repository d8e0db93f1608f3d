package yamlerr

import (
	"testing"

	"gopkg.in/yaml.v3"
)

func TestSplitLines(t *testing.T) {
	cases := []struct {
		src  string
		line int
	}{
		{"a: 1\nb: [1, 2\nc: 3\n", 2}, // parser error: unclosed flow sequence
		{"a: 1\nb: {x: 1\n", 2},       // parser error: unclosed flow mapping
		{"- a\nb: 1\n", 2},            // parser error: '-' indicator
		{"a: 1\n\tb: 2\n", 2},         // scanner error: tab
		{"a: 1\n  b: 2\n", 2},         // scanner error: mapping value
		{"a: 1\nb: \"abc\nc: 2\n", 2}, // scanner error: unclosed quote
	}
	for _, c := range cases {
		var n yaml.Node
		err := yaml.Unmarshal([]byte(c.src), &n)
		if err == nil {
			t.Fatalf("%q: no error", c.src)
		}
		line, msg := Split(err)
		if line != c.line {
			t.Errorf("%q: line %d (%s), want %d", c.src, line, msg, c.line)
		}
	}
}
