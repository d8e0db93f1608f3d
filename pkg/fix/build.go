package fix

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kyclint/kyclint/pkg/filetype"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
)

// A builder holds what planning one pack needs.
type builder struct {
	pack     *pack.Pack
	settings *lint.Settings
	root     *os.Root
	manifest *manifestText   // nil without a readable manifest
	taken    map[string]bool // output names in use, lower-cased
}

// Build plans the fix of a loaded pack under the rule set s. It reads the
// pack only, through a read-only handle on its folder; the pack must stay
// open until Build returns. Only files the pack lists, and documents whose
// path is PathOK, are ever opened.
func Build(p *pack.Pack, s *lint.Settings) (*Plan, error) {
	root, err := os.OpenRoot(p.Dir)
	if err != nil {
		return nil, fmt.Errorf("opening pack %s: %w", p.Path, err)
	}
	b := &builder{pack: p, settings: s, root: root, taken: map[string]bool{}}
	plan := &Plan{root: root}
	names, docs := b.files()
	for _, n := range names {
		b.taken[strings.ToLower(n)] = true
	}
	var manifestSteps []Step
	if p.ManifestFile != "" {
		var st Step
		b.manifest, st = b.readManifest(p.ManifestFile)
		if b.manifest == nil {
			manifestSteps = append(manifestSteps, st)
		}
	}
	for _, n := range names {
		plan.Steps = append(plan.Steps, b.file(n, docs[n]))
	}
	if b.manifest != nil {
		manifestSteps = append(manifestSteps, b.manifest.step())
	}
	manifestSteps = append(manifestSteps, b.otherManifests()...)
	plan.Steps = append(plan.Steps, manifestSteps...)
	plan.Steps = append(plan.Steps, b.unsafe()...)
	sort.SliceStable(plan.Steps, func(i, j int) bool { return plan.Steps[i].Src < plan.Steps[j].Src })
	return plan, nil
}

// files returns the names to copy, sorted: every safe file of the pack and
// every readable document, with the documents listing each.
func (b *builder) files() ([]string, map[string][]*pack.Document) {
	docs := map[string][]*pack.Document{}
	seen := map[string]bool{}
	var names []string
	add := func(n string) {
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	for _, f := range b.pack.Files {
		if !f.Unsafe {
			add(f.Name)
		}
	}
	for _, d := range b.pack.Documents {
		if d.State != pack.PathOK {
			continue
		}
		n := path.Clean(filepath.ToSlash(d.File))
		docs[n] = append(docs[n], d)
		add(n)
	}
	sort.Strings(names)
	return names, docs
}

// file plans one file: documents are fixed, other files copied.
func (b *builder) file(name string, docs []*pack.Document) Step {
	f, err := b.root.Open(filepath.FromSlash(name))
	if err != nil {
		return Step{Action: Skip, Src: name, Dst: name, Notes: []string{"cannot be read: " + errText(err) + "; not copied"}}
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return Step{Action: Skip, Src: name, Dst: name, Notes: []string{"not a regular file; not copied"}}
	}
	head := make([]byte, pack.HeadBytes)
	n, err := f.ReadAt(head, 0)
	if err != nil && !errors.Is(err, io.EOF) {
		return Step{Action: Skip, Src: name, Dst: name, Notes: []string{"cannot be read: " + errText(err) + "; not copied"}}
	}
	format := filetype.Sniff(head[:n])
	step := Step{Action: Copy, Src: name, Dst: name, format: format}
	if len(docs) == 0 {
		return step // a file no document lists is copied as it is
	}
	if format.IsImage() || format == filetype.HEIC || format == filetype.HEIF || format == filetype.AVIF {
		step = b.image(name, docs, format, f, st.Size())
	}
	if step.Action == Copy || step.Action == Rewrite {
		step = b.rename(step, format, docs)
	}
	return step
}

// unsafe lists the pack's symlinks that leave it: never followed, never copied.
func (b *builder) unsafe() []Step {
	var out []Step
	for _, f := range b.pack.Files {
		if f.Unsafe {
			out = append(out, Step{Action: Skip, Src: f.Name, Dst: f.Name, Notes: []string{f.UnsafeWhy + "; not followed, not copied"}})
		}
	}
	return out
}

// otherManifests copies the manifests the pack ignores (a kyc.yml beside a
// kyc.yaml), so that the copy is linted as the pack was.
func (b *builder) otherManifests() []Step {
	var out []Step
	for _, m := range pack.ManifestNames {
		if m == b.pack.ManifestFile || b.pack.ManifestFile == "" {
			continue
		}
		if st, err := b.root.Lstat(m); err == nil && st.Mode().IsRegular() {
			out = append(out, Step{Action: Copy, Src: m, Dst: m})
		}
	}
	return out
}

func errText(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
