package pack

import (
	"crypto/sha256"
	"errors"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kyclint/kyclint/pkg/redact"
)

// A Target is a pack folder found by Discover.
type Target struct {
	Dir  string // the folder on disk
	Path string // the folder as reports show it
	// Manifest is the manifest's file name in Dir, or "" for a folder of
	// documents without one.
	Manifest string
}

// Load reads a pack. It never fails: problems become Problems. The caller
// must Close the pack when its rules have run.
func Load(t Target) *Pack {
	p := &Pack{Dir: t.Dir, Path: t.Path, ManifestFile: t.Manifest}
	root, err := os.OpenRoot(t.Dir)
	if err != nil {
		p.problem(ManifestProblem, "", 0, "Check that the folder exists and can be read.", "cannot open pack folder: %s", errText(err))
		return p
	}
	p.fsys = &packFS{root: root}
	realDir, err := filepath.EvalSymlinks(t.Dir)
	if err != nil {
		realDir = t.Dir
	}
	realDir = absolute(realDir)
	if t.Manifest != "" {
		p.loadManifest(root)
	}
	p.listFiles(root, realDir, t.Manifest == "")
	if p.Manifest == nil && t.Manifest == "" {
		p.guessDocuments()
	}
	p.limitDocuments()
	pairSides(p.Documents)
	p.resolveDocuments(root, realDir)
	return p
}

// ManifestSHA256 returns the SHA-256 of the manifest's bytes as Load read
// and decoded them, or nil when the pack has no manifest or it was not read.
func (p *Pack) ManifestSHA256() *[32]byte { return p.manifestSum }

func (p *Pack) problem(kind ProblemKind, file string, line int, hint, format string, args ...any) {
	p.Problems = append(p.Problems, Problem{Kind: kind, File: file, Line: line, Text: redact.Textf(format, args...), Hint: hint})
}

// loadManifest reads the manifest, refusing one over MaxManifestBytes unread.
func (p *Pack) loadManifest(root *os.Root) {
	name := p.ManifestFile
	st, err := root.Stat(name)
	if err != nil {
		if _, lerr := root.Lstat(name); lerr == nil {
			p.problem(UnsafePathProblem, name, 0, "Replace the symlink with the manifest itself.",
				"%s is a symlink that leads outside the pack, nowhere, or round in a loop; it was not read", name)
			return
		}
		p.problem(ManifestProblem, name, 0, "Check the file's permissions.", "cannot read %s: %v", name, errText(err))
		return
	}
	switch {
	case st.IsDir():
		p.problem(ManifestProblem, name, 0, "Rename the folder: "+name+" must be a file.", "%s is a folder, not a file", name)
		return
	case !st.Mode().IsRegular():
		p.problem(ManifestProblem, name, 0, "Replace it with a regular file.", "%s is not a regular file", name)
		return
	case st.Size() > MaxManifestBytes:
		p.problem(ManifestProblem, name, 0, "A manifest lists a few documents; check that the right file is named "+name+".",
			"%s is %d bytes, over the %d-byte limit; it was not read", name, st.Size(), MaxManifestBytes)
		return
	}
	f, err := root.Open(name)
	if err != nil {
		p.problem(ManifestProblem, name, 0, "Check the file's permissions.", "cannot read %s: %v", name, errText(err))
		return
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxManifestBytes+1))
	if err != nil {
		p.problem(ManifestProblem, name, 0, "Check the file's permissions.", "cannot read %s: %v", name, errText(err))
		return
	}
	if len(data) > MaxManifestBytes {
		p.problem(ManifestProblem, name, 0, "A manifest lists a few documents.", "%s is over the %d-byte limit; it was not read", name, MaxManifestBytes)
		return
	}
	sum := sha256.Sum256(data)
	p.manifestSum = &sum
	m, docs, problems := decodeManifest(name, data)
	p.Manifest, p.Documents = m, docs
	p.Problems = append(p.Problems, problems...)
	for _, other := range ManifestNames {
		if other != name {
			if _, err := root.Lstat(other); err == nil {
				p.problem(ManifestProblem, other, 0, "Keep one manifest per pack.", "%s is ignored: the pack is described by %s", other, name)
			}
		}
	}
}

func errText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// listFiles records every file of the pack, skipping hidden entries, the
// manifest, and sub-folders that are packs of their own. Symlinked folders
// are not followed. A folder without a manifest is its direct files only.
func (p *Pack) listFiles(root *os.Root, realDir string, flat bool) {
	_ = fs.WalkDir(rootDirs{root}, ".", func(name string, e fs.DirEntry, err error) error {
		if err != nil {
			if name != "." {
				p.problem(ManifestProblem, name, 0, "Check the folder's permissions.", "cannot read %s: %v", redact.FileOf(name), errText(err))
			}
			return nil
		}
		if name == "." {
			return nil
		}
		if strings.HasPrefix(path.Base(name), ".") {
			if e.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if e.IsDir() {
			if flat || isPackDir(root, name) {
				return fs.SkipDir
			}
			return nil
		}
		if !strings.Contains(name, "/") && isManifestName(name) {
			return nil
		}
		f := &File{Name: name}
		if e.Type()&fs.ModeSymlink != 0 {
			state, why, size := resolve(root, p.Dir, realDir, name)
			if state == PathUnsafe {
				f.Unsafe, f.UnsafeWhy = true, why
			} else if state == PathNotAFile {
				return nil // a symlinked folder: not followed
			}
			f.Size = size
		} else if !e.Type().IsRegular() {
			return nil
		} else if info, err := e.Info(); err == nil {
			f.Size = info.Size()
		}
		p.Files = append(p.Files, f)
		return nil
	})
	sort.Slice(p.Files, func(i, j int) bool { return p.Files[i].Name < p.Files[j].Name })
}

func isManifestName(name string) bool {
	for _, m := range ManifestNames {
		if name == m {
			return true
		}
	}
	return false
}

func isPackDir(root *os.Root, dir string) bool {
	for _, m := range ManifestNames {
		if _, err := root.Lstat(filepath.Join(filepath.FromSlash(dir), m)); err == nil {
			return true
		}
	}
	return false
}

// guessDocuments turns each document-like file of a folder without a
// manifest into a Document with a type guessed from its name.
func (p *Pack) guessDocuments() {
	for _, f := range p.Files {
		if !LooksLikeDocument(f.Name) {
			continue
		}
		t, side := GuessType(f.Name)
		p.Documents = append(p.Documents, &Document{Index: len(p.Documents), File: f.Name, Type: t, Side: side, Guessed: true})
	}
}

// documentExts are the extensions of files kyclint treats as documents in a
// folder without a manifest.
var documentExts = map[string]bool{
	".jpg": true, ".jpeg": true, ".png": true, ".gif": true, ".webp": true, ".tif": true, ".tiff": true,
	".bmp": true, ".heic": true, ".heif": true, ".avif": true, ".pdf": true,
}

// LooksLikeDocument reports whether a file name has a document extension.
func LooksLikeDocument(name string) bool {
	return documentExts[strings.ToLower(path.Ext(name))]
}

// resolveDocuments decides, for each document, whether its file may be
// opened, and marks the pack's files that a document lists.
func (p *Pack) resolveDocuments(root *os.Root, realDir string) {
	byName := map[string]*File{}
	for _, f := range p.Files {
		byName[f.Name] = f
	}
	for _, d := range p.Documents {
		d.pack = p
		d.State, d.StateErr, d.Size = resolve(root, p.Dir, realDir, d.File)
		if f, ok := byName[path.Clean(filepath.ToSlash(d.File))]; ok {
			f.Listed = true
		}
	}
}
