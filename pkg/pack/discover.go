package pack

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

// Discover finds the packs named by paths. A path may be a pack folder, a
// manifest, a document file (its pack is linted), or a folder searched
// recursively; hidden folders are skipped and symlinked folders are not
// followed. Each pack is returned once, sorted by Path. A path that does not
// exist is an error; finding no pack is not (the caller decides).
func Discover(paths []string) ([]Target, error) {
	cwd, _ := os.Getwd()
	seen := map[string]bool{}
	var out []Target
	add := func(dir, manifest string) {
		abs, err := filepath.Abs(dir)
		if err != nil {
			abs = dir
		}
		if seen[abs] {
			return
		}
		seen[abs] = true
		out = append(out, Target{Dir: dir, Path: displayPath(cwd, abs, dir), Manifest: manifest})
	}
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, notExist(err))
		}
		if !st.IsDir() {
			dir, manifest := packOfFile(p)
			add(dir, manifest)
			continue
		}
		if err := walk(p, add); err != nil {
			return nil, err
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, nil
}

func notExist(err error) error {
	if os.IsNotExist(err) {
		return fmt.Errorf("no such file or folder")
	}
	return err
}

// packOfFile returns the pack holding a file: the nearest folder, up to the
// working folder, that has a manifest (a document may sit in a sub-folder of
// its pack), else the file's own folder.
func packOfFile(p string) (string, string) {
	dir := filepath.Dir(p)
	if isManifestName(filepath.Base(p)) {
		return dir, filepath.Base(p)
	}
	cwd, _ := os.Getwd()
	d, err := filepath.Abs(dir)
	if err != nil {
		return dir, ""
	}
	for {
		if m := manifestIn(d); m != "" {
			return d, m
		}
		parent := filepath.Dir(d)
		if d == cwd || parent == d || !within(cwd, parent) {
			return dir, ""
		}
		d = parent
	}
}

// manifestIn returns the preferred manifest name present in dir, or "".
func manifestIn(dir string) string {
	for _, m := range ManifestNames {
		if _, err := os.Lstat(filepath.Join(dir, m)); err == nil {
			return m
		}
	}
	return ""
}

// walk visits dir and its sub-folders. A folder with a manifest is a pack; a
// folder without one that directly holds document files is a pack too,
// unless it lies inside a pack with a manifest, whose files it holds.
func walk(root string, add func(dir, manifest string)) error {
	var described []string // folders with a manifest, each before its sub-folders
	return filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			if p == root {
				return err
			}
			return nil // an unreadable sub-folder is skipped; its pack cannot be linted
		}
		if !e.IsDir() {
			return nil
		}
		if p != root && strings.HasPrefix(e.Name(), ".") {
			return fs.SkipDir
		}
		if m := manifestIn(p); m != "" {
			add(p, m)
			described = append(described, p)
			return nil
		}
		if hasDocuments(p) && !slices.ContainsFunc(described, func(d string) bool { return within(d, p) }) {
			add(p, "")
		}
		return nil
	})
}

func hasDocuments(dir string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range entries {
		if e.Type().IsRegular() && !strings.HasPrefix(e.Name(), ".") && LooksLikeDocument(e.Name()) {
			return true
		}
	}
	return false
}

// displayPath shows a pack relative to the working folder when it lies
// inside it, else as given, always with forward slashes.
func displayPath(cwd, abs, given string) string {
	if cwd != "" {
		if rel, err := filepath.Rel(cwd, abs); err == nil && !strings.HasPrefix(rel, "..") {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.ToSlash(filepath.Clean(given))
}
