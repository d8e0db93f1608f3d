package pack

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"path"
	"path/filepath"
	"sort"
)

// Subject names what a finding at file and line is about, in words that do
// not move when unrelated lines of the manifest change: "applicant.name",
// "documents[passport.jpg].expiry_date", "jurisdiction". It also returns the
// pack file the finding concerns, whose content identifies it: the document
// a manifest line declares, or file itself for a finding on a file's
// content. Both are "" when there is nothing more stable to say.
func (p *Pack) Subject(file string, line int) (subject, about string) {
	if file == "" || p.ManifestFile == "" || file != p.ManifestFile {
		return "", file
	}
	if line == 0 || p.Manifest == nil {
		return "", ""
	}
	if key, ok := keyAt(&p.Manifest.Applicant.Fields, line); ok {
		return "applicant" + key, ""
	}
	var owner *Document
	for _, d := range p.Documents {
		if key, ok := keyAt(&d.Fields, line); ok {
			return "documents[" + d.File + "]" + key, d.File
		}
		if d.Line <= line && (owner == nil || d.Line > owner.Line) {
			owner = d
		}
	}
	for key, l := range p.Manifest.Lines {
		if l == line {
			return key, ""
		}
	}
	if owner != nil && line > p.Manifest.Lines["documents"] {
		return "documents[" + owner.File + "]", owner.File
	}
	return "", ""
}

// keyAt returns ".key" when a key of f stands on line, or "" for the
// mapping's own line.
func keyAt(f *Fields, line int) (string, bool) {
	keys := make([]string, 0, len(f.lines))
	for k := range f.lines {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if f.lines[k] == line {
			return "." + k, true
		}
	}
	if f.Line == line && f.Line > 0 {
		return "", true
	}
	return "", false
}

// FileSHA256 returns the hex SHA-256 of a pack file's content, or "" when it
// cannot be read safely (missing, unsafe, not a regular file). A document's
// hash is computed once per lint.
func (p *Pack) FileSHA256(name string) string {
	if name == "" || p.fsys == nil {
		return ""
	}
	clean := path.Clean(filepath.ToSlash(name))
	for _, d := range p.Documents {
		if path.Clean(filepath.ToSlash(d.File)) == clean {
			if sum := d.SHA256(); sum != nil {
				return hex.EncodeToString(sum[:])
			}
			return ""
		}
	}
	for _, f := range p.Files {
		if f.Name == clean && !f.Unsafe && f.Size <= MaxReadBytes {
			return hashFile(p, clean)
		}
	}
	return ""
}

// hashKey is the key of a document's hash in its Shared store.
type hashKey struct{}

// SHA256 returns the SHA-256 of the document's content, computed once per
// lint for every rule and for fingerprints, or nil when the file cannot be
// read safely or is over MaxReadBytes.
func (d *Document) SHA256() *[32]byte {
	return d.Shared(hashKey{}, func() any {
		if d.TooLarge() != nil {
			return (*[32]byte)(nil)
		}
		ra, err := d.Content()
		if err != nil {
			return (*[32]byte)(nil)
		}
		h := sha256.New()
		if _, err := io.Copy(h, io.NewSectionReader(ra, 0, d.Size)); err != nil {
			return (*[32]byte)(nil)
		}
		var sum [32]byte
		h.Sum(sum[:0])
		return &sum
	}).(*[32]byte)
}

func hashFile(p *Pack, name string) string {
	f, err := p.fsys.open(name)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if n, err := io.Copy(h, io.LimitReader(f, MaxReadBytes+1)); err != nil || n > MaxReadBytes {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))
}
