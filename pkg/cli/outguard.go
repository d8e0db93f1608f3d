package cli

import (
	"os"
	"path/filepath"

	"github.com/kyclint/kyclint/pkg/pack"
)

// An outputGuard refuses paths kyclint would write (reports, the baseline,
// fix's copy) that lie inside a pack: a folder being linted, or any folder
// holding a manifest. A report written there would change the pack, or
// replace its manifest or a photo, and no flag allows it.
type outputGuard struct {
	linted map[string]string // real folder of each pack being linted → its path as shown
}

// newOutputGuard guards the packs of targets, and every folder with a manifest.
func newOutputGuard(targets []pack.Target) *outputGuard {
	g := &outputGuard{linted: map[string]string{}}
	for _, t := range targets {
		g.linted[realPath(t.Dir)] = t.Path
	}
	return g
}

// checkFile refuses a file path whose folder, or a folder above it, is a
// pack: the folder as written, and the one an existing symlink leads to.
func (g *outputGuard) checkFile(flag, path string) error {
	if err := g.check(flag, path, realPath(filepath.Dir(path))); err != nil {
		return err
	}
	return g.check(flag, path, filepath.Dir(realPath(path)))
}

// checkDir refuses a folder that is a pack or lies inside one.
func (g *outputGuard) checkDir(flag, dir string) error {
	return g.check(flag, dir, realPath(dir))
}

func (g *outputGuard) check(flag, path, from string) error {
	for dir := from; ; {
		if shown, ok := g.linted[dir]; ok {
			return usageErrorf("%s %s is inside the pack %s being linted; write it outside every pack", flag, path, shown)
		}
		if m := manifestIn(dir); m != "" {
			return usageErrorf("%s %s is inside a pack (%s holds %s); write it outside every pack", flag, path, shortPath(dir), m)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return nil
		}
		dir = parent
	}
}

// manifestIn returns the name of a manifest in dir, or "".
func manifestIn(dir string) string {
	for _, m := range pack.ManifestNames {
		if _, err := os.Lstat(filepath.Join(dir, m)); err == nil {
			return m
		}
	}
	return ""
}

// realPath returns p absolute and free of symlinks, resolving the longest
// part of it that exists, so that a path through a symlink is judged by
// where it leads.
func realPath(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return filepath.Clean(p)
	}
	rest := ""
	for cur := abs; ; {
		if real, err := filepath.EvalSymlinks(cur); err == nil {
			return filepath.Join(real, rest)
		}
		parent := filepath.Dir(cur)
		if parent == cur {
			return abs
		}
		rest = filepath.Join(filepath.Base(cur), rest)
		cur = parent
	}
}
