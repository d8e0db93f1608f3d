package fix

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// CheckOut refuses an output folder that would put the pack at risk or mix
// the fixed copy with other files: one inside the pack or holding it, a
// file, or a folder that is not empty (unless force). The folder need not
// exist.
func CheckOut(packDir, outDir string, force bool) error {
	packReal, err := realPath(packDir)
	if err != nil {
		return fmt.Errorf("%s: %w", packDir, err)
	}
	outReal, err := realPath(outDir)
	if err != nil {
		return fmt.Errorf("%s: %w", outDir, err)
	}
	switch {
	case within(packReal, outReal):
		return fmt.Errorf("--out %s is inside the pack %s; write the fixed copy to a folder outside it", outDir, packDir)
	case within(outReal, packReal):
		return fmt.Errorf("--out %s holds the pack %s; write the fixed copy to a folder beside it", outDir, packDir)
	}
	st, err := os.Stat(outDir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("--out %s: %w", outDir, err)
	}
	if !st.IsDir() {
		return fmt.Errorf("--out %s is a file, not a folder", outDir)
	}
	if !force && !emptyDir(outDir) {
		return fmt.Errorf("--out %s is not empty; use --force to write into it (files of the same name are replaced, others are left)", outDir)
	}
	return nil
}

func emptyDir(dir string) bool {
	f, err := os.Open(dir)
	if err != nil {
		return false
	}
	defer f.Close()
	_, err = f.Readdirnames(1)
	return errors.Is(err, io.EOF)
}

// realPath returns p absolute and free of symlinks, resolving the longest
// part of it that exists.
func realPath(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	rest := ""
	for cur := abs; ; {
		if real, err := filepath.EvalSymlinks(cur); err == nil {
			return filepath.Join(real, rest), nil
		}
		parent := filepath.Dir(cur)
		if parent == cur {
			return abs, nil
		}
		rest = filepath.Join(filepath.Base(cur), rest)
		cur = parent
	}
}

// within reports whether p is dir or lies inside it.
func within(dir, p string) bool {
	rel, err := filepath.Rel(dir, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}
