package pack

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// packFS opens files through an os.Root, so that even a path that slipped past
// the checks in resolve cannot leave the pack folder.
type packFS struct {
	root *os.Root
}

// open opens name cleaned as resolve cleans it, so the file opened is the
// one resolve judged ("a/../b.jpg" is b.jpg even when a is a symlink).
func (p *packFS) open(name string) (fs.File, error) {
	return p.root.Open(filepath.Clean(filepath.FromSlash(name)))
}

// Close releases the pack folder. Documents cannot be opened afterwards.
func (p *Pack) Close() error {
	for _, d := range p.Documents {
		d.closeContent()
	}
	if p.fsys == nil {
		return nil
	}
	err := p.fsys.root.Close()
	p.fsys = nil
	return err
}

// resolve decides whether a manifest path may be opened. It never opens the
// file: it cleans the path, refuses absolute and climbing paths, then follows
// symlinks and refuses any that end outside the pack, or that leave it on
// the way and come back (../pack/a.jpg, an absolute path into the pack):
// the os.Root that opens documents refuses those too.
func resolve(root *os.Root, packDir, realDir, name string) (PathState, string, int64) {
	if name == "" {
		return PathMissing, "no file named", 0
	}
	if strings.ContainsRune(name, 0) {
		return PathUnsafe, "a name holding a NUL byte", 0
	}
	if filepath.IsAbs(name) || strings.HasPrefix(name, "/") || strings.HasPrefix(name, `\`) || filepath.VolumeName(name) != "" {
		return PathUnsafe, "an absolute path", 0
	}
	clean := filepath.Clean(filepath.FromSlash(name))
	if clean == ".." || strings.HasPrefix(clean, ".."+string(filepath.Separator)) {
		return PathUnsafe, "a path that leaves the pack folder", 0
	}
	full := filepath.Join(packDir, clean)
	real, err := filepath.EvalSymlinks(full)
	if err != nil {
		if _, lerr := os.Lstat(full); lerr == nil {
			return PathUnsafe, "a symlink that leads nowhere or round in a loop", 0
		}
		if os.IsNotExist(err) {
			return PathMissing, "no such file", 0
		}
		return PathUnreadable, errText(err), 0
	}
	if !within(realDir, absolute(real)) {
		return PathUnsafe, "a symlink resolving outside the pack folder", 0
	}
	st, err := root.Stat(clean)
	if err != nil {
		if errText(err) == errPathEscapes {
			return PathUnsafe, "a symlink that leaves the pack folder and comes back into it", 0
		}
		return PathUnreadable, errText(err), 0
	}
	if !st.Mode().IsRegular() {
		if st.IsDir() {
			return PathNotAFile, "a folder, not a file", 0
		}
		return PathNotAFile, "not a regular file", 0
	}
	return PathOK, "", st.Size()
}

// errPathEscapes is how os.Root refuses a path that leaves it.
const errPathEscapes = "path escapes from parent"

// absolute returns p as an absolute path, so that a relative pack folder
// compares rightly with a symlink's absolute target.
func absolute(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return p
}

// rootDirs lists folders through an os.Root for fs.WalkDir. Unlike
// Root.FS, it accepts names that are not UTF-8, which file systems allow.
type rootDirs struct{ root *os.Root }

func (r rootDirs) Open(name string) (fs.File, error) { return r.root.Open(filepath.FromSlash(name)) }

func (r rootDirs) ReadDir(name string) ([]fs.DirEntry, error) {
	f, err := r.root.Open(filepath.FromSlash(name))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	entries, err := f.ReadDir(-1)
	slices.SortFunc(entries, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return entries, err
}

// within reports whether path lies inside dir (both already free of symlinks).
func within(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	if err != nil {
		return false
	}
	return rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}
