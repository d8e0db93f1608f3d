package fix

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/kyclint/kyclint/pkg/pack"
)

// manifestText is the manifest's text, line by line, with the `file:`
// values fix rewrites. It is never re-serialised: comments, order, quoting
// and layout stay as the person wrote them.
type manifestText struct {
	name    string
	lines   []string // without their "\n"
	changed []string // one note per rewritten line
}

// readManifest reads the pack's manifest; when it cannot, the returned step
// says so and the manifest is not copied.
func (b *builder) readManifest(name string) (*manifestText, Step) {
	f, err := b.root.Open(name)
	if err != nil {
		return nil, Step{Action: Skip, Src: name, Dst: name, Notes: []string{"cannot be read: " + errText(err) + "; not copied"}}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, pack.MaxManifestBytes+1))
	if err != nil || len(data) > pack.MaxManifestBytes {
		return nil, Step{Action: Skip, Src: name, Dst: name, Notes: []string{"cannot be read, or over the manifest size limit; not copied"}}
	}
	return &manifestText{name: name, lines: strings.Split(string(data), "\n")}, Step{}
}

// rename rewrites the `file:` value of every manifest entry among docs to
// end in ext. Either every line is rewritten or none is.
func (m *manifestText) rename(docs []*pack.Document, ext string) error {
	edits := map[int]string{}
	var notes []string
	for _, d := range docs {
		if d.Guessed {
			continue
		}
		line := d.FieldLine("file")
		if line < 1 || line > len(m.lines) {
			return fmt.Errorf("%s has no `file:` line for %s", m.name, d.File)
		}
		cur, ok := edits[line]
		if !ok {
			cur = m.lines[line-1]
		}
		to := withExt(d.File, ext)
		next, ok := replaceFileValue(cur, d.File, to)
		if !ok {
			return fmt.Errorf("line %d of %s is not a plain `file: %s`", line, m.name, d.File)
		}
		edits[line] = next
		notes = append(notes, fmt.Sprintf("line %d: file: %s → %s", line, d.File, to))
	}
	for l, s := range edits {
		m.lines[l-1] = s
	}
	m.changed = append(m.changed, notes...)
	return nil
}

// step copies the manifest, or writes it with its rewritten lines.
func (m *manifestText) step() Step {
	if len(m.changed) == 0 {
		return Step{Action: Copy, Src: m.name, Dst: m.name}
	}
	sort.Strings(m.changed)
	var buf bytes.Buffer
	buf.WriteString(strings.Join(m.lines, "\n"))
	return Step{Action: Rewrite, Src: m.name, Dst: m.name, Data: buf.Bytes(), Notes: m.changed}
}
