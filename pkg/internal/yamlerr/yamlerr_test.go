package yamlerr

import (
	"strings"
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
		// Tabs after a value further down, which yaml.v3 reports at the
		// value's line: a manifest and a rule set as people write them.
		{"version: 1\napplicant:\n  name: Jan Nowak\n\tdate_of_birth: 1990-01-15\n", 4},
		{"version: 1\ndocuments:\n  - file: id.jpg\n\t  type: id_card\n", 4},
		{"version: 1\ndocuments:\n  - file: a.jpg\n    type: passport\n\t- file: b.jpg\n", 5},
		{"id: strict\nextends: base\nrules:\n  file.size:\n    severity: error\n\tmax_bytes: 2 MB\n", 6},
		{"a:\n  b: 1\n\tc: 1\n", 3},
		{"a:\n  b: some\n    long text\n\tc: 1\n", 4}, // a value over two lines
		{"a:\n  b: 1\n\t\n  c: 2\n", 3},               // a line of nothing but a tab
		{"a:\r\n  b: 1\r\n\tc: 1\r\n", 3},
		// A tab in a block scalar's indentation, reported at its | or >.
		{"version: 1\ndocuments:\n  - file: a.jpg\n    mrz: |\n\tP<UTOERIKSSON\n", 5},
		{"version: 1\ndocuments:\n  - file: a.jpg\n    address: >\n      12 High St\n\t  London\n", 6},
		// Tabs yaml.v3 already reports on their line.
		{"version: 1\napplicant:\n\tname: A\n", 3},
		{"rules:\n  file.size:\n\tmax_bytes: 1\n", 3},
	}
	for _, c := range cases {
		var n yaml.Node
		err := yaml.Unmarshal([]byte(c.src), &n)
		if err == nil {
			t.Fatalf("%q: no error", c.src)
		}
		line, msg := Split(err, []byte(c.src))
		if line != c.line {
			t.Errorf("%q: line %d (%s), want %d", c.src, line, msg, c.line)
		}
		if strings.HasPrefix(msg, "yaml:") {
			t.Errorf("%q: message %q keeps its prefix", c.src, msg)
		}
	}
}
