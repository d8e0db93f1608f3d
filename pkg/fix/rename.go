package fix

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"

	"github.com/kyclint/kyclint/pkg/filetype"
	"github.com/kyclint/kyclint/pkg/pack"
)

// rename gives a step's output the extension of its content when the name
// promises another format, and rewrites the `file:` value of every manifest
// entry naming it. A rename that cannot be made (the name is taken, or the
// manifest line is not a plain `file: NAME`) leaves the name; a conversion
// that would then end under a lying name is not made either.
func (b *builder) rename(st Step, source filetype.Format, docs []*pack.Document) Step {
	content := st.format
	if content == filetype.Unknown || filetype.SameFamily(filetype.FromExtension(st.Src), content) {
		return st
	}
	to := withExt(st.Src, content.Extension())
	err := b.claim(to)
	if err == nil && b.manifest != nil {
		err = b.manifest.rename(docs, content.Extension())
	}
	if err != nil {
		if content != source {
			return keep(st.Src, source, fmt.Sprintf("would become %s but cannot be renamed %s: %v; copied unchanged",
				content.Label(), path.Base(to), err))
		}
		st.Notes = append(st.Notes, fmt.Sprintf("holds %s data but cannot be renamed %s: %v", content.Label(), path.Base(to), err))
		return st
	}
	b.taken[strings.ToLower(to)] = true
	st.Action, st.Dst = Rewrite, to
	if content == source {
		st.Notes = append(st.Notes, fmt.Sprintf("renamed: it holds %s data", content.Label()))
	}
	return st
}

// claim checks that no file of the pack or of the output has the name.
func (b *builder) claim(name string) error {
	if b.taken[strings.ToLower(name)] {
		return fmt.Errorf("%s already exists", name)
	}
	if _, err := b.root.Lstat(filepath.FromSlash(name)); err == nil {
		return fmt.Errorf("%s already exists", name)
	}
	return nil
}

// withExt replaces the extension of a name, or adds one.
func withExt(name, ext string) string {
	return strings.TrimSuffix(name, path.Ext(name)) + ext
}
