package ruleset

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kyclint/kyclint/pkg/internal/regular"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/suggest"
)

// maxFileBytes bounds a rule-set file; real ones are a few KiB.
const maxFileBytes = 1 << 20

// maxDepth bounds an extends chain.
const maxDepth = 16

// A Loader reads rule sets: built-ins from an embedded folder, and files.
type Loader struct {
	Registry *lint.Registry
	Builtins fs.FS // *.yaml, one per built-in rule set
}

// BuiltinIDs lists the built-in rule sets, sorted.
func (l *Loader) BuiltinIDs() []string {
	entries, _ := fs.ReadDir(l.Builtins, ".")
	var ids []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".yaml") {
			ids = append(ids, strings.TrimSuffix(e.Name(), ".yaml"))
		}
	}
	sort.Strings(ids)
	return ids
}

// IsFile reports whether ref names a file rather than a built-in id.
func IsFile(ref string) bool {
	return strings.ContainsAny(ref, `/\`) || strings.HasSuffix(ref, ".yaml") || strings.HasSuffix(ref, ".yml")
}

// Load reads the rule set ref, a built-in id or a file path, with everything
// it extends, and validates it against the registry.
// "gb+binance" layers a platform's built-in on a jurisdiction's, as a
// manifest naming both does; reports print such names.
func (l *Loader) Load(ref string) (*Set, error) {
	if j, p, ok := strings.Cut(ref, "+"); ok && !IsFile(ref) {
		return l.loadLayered(j, p)
	}
	return l.load(ref, nil, 0, nil)
}

// loadLayered loads "JURISDICTION+PLATFORM".
func (l *Loader) loadLayered(j, p string) (*Set, error) {
	js, err := l.load(j, nil, 0, nil)
	if err != nil {
		return nil, err
	}
	ps, err := l.load(p, nil, 0, nil)
	if err != nil {
		return nil, err
	}
	if err := CheckLayer(js, "jurisdiction"); err != nil {
		return nil, fmt.Errorf("%s+%s: %w", j, p, err)
	}
	if err := CheckLayer(ps, "platform"); err != nil {
		return nil, fmt.Errorf("%s+%s: %w", j, p, err)
	}
	return Layer(js, ps), nil
}

// CheckLayer reports a rule set used in the wrong place: a platform's as
// a jurisdiction, or a jurisdiction's (or base) as a platform.
func CheckLayer(s *Set, as string) error {
	switch {
	case as == "platform" && s.Layer != "platform":
		return fmt.Errorf("%s is a %s rule set, not a platform's; name it as the jurisdiction", s.ID, orBase(s.Layer))
	case as == "jurisdiction" && s.Layer == "platform":
		return fmt.Errorf("%s is a platform's rule set, not a jurisdiction's; name it as the platform", s.ID)
	}
	return nil
}

func orBase(layer string) string {
	if layer == "" {
		return "base"
	}
	return layer
}

// source is one rule-set file, read.
type source struct {
	key     string // identity for cycle detection: "builtin:gb" or an absolute path
	display string // the name errors use
	dir     string // folder for relative extends; "" for built-ins
	// root is the folder every file of the chain must lie in: the
	// repository holding the first file, else that file's folder.
	root    string
	builtin bool
	data    []byte
}

func (l *Loader) load(ref string, from *source, fromLine int, stack []string) (*Set, error) {
	src, err := l.read(ref, from, fromLine)
	if err != nil {
		return nil, err
	}
	for _, k := range stack {
		if k != src.key {
			continue
		}
		if from != nil && from.key == src.key {
			return nil, errorf(from.display, fromLine, "%s extends itself", src.display)
		}
		return nil, errorf(from.display, fromLine, "extends cycle: %s leads back to %s", from.display, src.display)
	}
	if len(stack) >= maxDepth {
		return nil, errorf(from.display, fromLine, "extends chain is deeper than %d files", maxDepth)
	}
	doc, err := l.parse(src)
	if err != nil {
		return nil, err
	}
	var parent *Set
	if doc.extends != "" {
		parent, err = l.load(doc.extends, src, doc.extendsLine, append(stack, src.key))
		if err != nil {
			return nil, err
		}
	}
	return l.merge(src, doc, parent), nil
}

// read finds a rule set: a built-in id, or a file (relative to the file that
// extends it). Built-ins only extend built-ins.
func (l *Loader) read(ref string, from *source, fromLine int) (*source, error) {
	fail := func(format string, args ...any) error {
		if from != nil {
			return errorf(from.display, fromLine, format, args...)
		}
		return fmt.Errorf(format, args...)
	}
	if !IsFile(ref) || (from != nil && from.builtin) {
		data, err := fs.ReadFile(l.Builtins, ref+".yaml")
		if err != nil || IsFile(ref) {
			return nil, fail("unknown rule set %q%s; built-in rule sets: %s", ref,
				l.didYouMean(ref), strings.Join(l.BuiltinIDs(), ", "))
		}
		return &source{key: "builtin:" + ref, display: path.Join("rules", ref+".yaml"), builtin: true, data: data}, nil
	}
	p := ref
	if from != nil && !filepath.IsAbs(p) {
		p = filepath.Join(from.dir, p)
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		abs = p
	}
	root := chainRoot(filepath.Dir(abs))
	if from != nil {
		root = from.root
		if real, err := filepath.EvalSymlinks(abs); err == nil && !within(root, real) {
			return nil, fail("extends %s: the file lies outside %s, the repository or folder of the rule set; it was not read",
				filepath.ToSlash(p), filepath.ToSlash(root))
		}
	}
	data, err := readFile(p)
	if err != nil {
		if from != nil {
			return nil, fail("extends %s: %v", filepath.ToSlash(p), err)
		}
		return nil, fmt.Errorf("reading rule set %s: %w", filepath.ToSlash(p), err)
	}
	return &source{key: abs, display: filepath.ToSlash(p), dir: filepath.Dir(p), root: root, data: data}, nil
}

// readFile reads a rule-set file: a regular file of at most maxFileBytes
// (a FIFO or /dev/zero is refused at once, not read).
func readFile(p string) ([]byte, error) {
	data, err := regular.ReadFile(p, maxFileBytes)
	var pe *fs.PathError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, errors.New("no such file")
	case errors.As(err, &pe):
		return nil, pe.Err
	}
	return data, err
}

// didYouMean suggests the built-in an unknown id was meant to be: ids are
// lower-case, so "GB" is "gb", else the nearest spelling.
func (l *Loader) didYouMean(ref string) string {
	ids := l.BuiltinIDs()
	for _, id := range ids {
		if strings.EqualFold(id, ref) {
			return ` (did you mean "` + id + `"?)`
		}
	}
	return suggest.DidYouMean(ref, ids)
}
