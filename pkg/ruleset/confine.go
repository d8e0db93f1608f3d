package ruleset

import (
	"os"
	"path/filepath"
	"strings"
)

// chainRoot returns the folder an extends chain starting in dir may read
// from: the repository holding dir (the nearest folder with a .git), else
// dir itself, free of symlinks. A rule set from a pull request must not
// make kyclint read files elsewhere on the runner.
func chainRoot(dir string) string {
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real
	}
	for cur := dir; ; {
		if _, err := os.Lstat(filepath.Join(cur, ".git")); err == nil {
			return cur
		}
		parent := filepath.Dir(cur)
		if parent == cur {
			return dir
		}
		cur = parent
	}
}

// within reports whether p is dir or lies inside it.
func within(dir, p string) bool {
	rel, err := filepath.Rel(dir, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}
