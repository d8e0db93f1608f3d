// Package pack reads KYC packs: one applicant's folder of documents and the
// manifest (kyc.yaml) that declares what the person typed and what each
// document shows. Loading never fails: whatever is wrong with a pack becomes a
// Problem that the pack.* rules report, so a batch goes on.
package pack

import (
	"strconv"

	"github.com/kyclint/kyclint/pkg/redact"
)

// ManifestNames are the manifest file names, in order of preference.
var ManifestNames = []string{"kyc.yaml", "kyc.yml", "kyc.json"}

// MaxManifestBytes is the largest manifest kyclint reads; a larger one is
// refused unread, since no real declaration comes near it.
const MaxManifestBytes = 1 << 20

// A Pack is one applicant's folder, loaded.
type Pack struct {
	Dir      string // the folder on disk
	Path     string // the folder as reports show it, slash-separated
	Manifest *Manifest
	// ManifestFile is the manifest's name inside the pack ("kyc.yaml"), or ""
	// when the folder has none.
	ManifestFile string
	Documents    []*Document
	Files        []*File // every file of the pack but the manifest and hidden ones
	Problems     []Problem
	fsys         *packFS
	manifestSum  *[32]byte // of the bytes decoded, when the manifest was read
}

// HasManifest reports whether identity data was declared; rules that compare
// declared data are skipped without it.
func (p *Pack) HasManifest() bool { return p.Manifest != nil }

// A Manifest is the decoded kyc.yaml.
type Manifest struct {
	Version      int
	Jurisdiction string
	Platform     string
	Applicant    Applicant
	// Lines holds the line of each top-level key ("jurisdiction", "documents").
	Lines map[string]int
}

// An Applicant is what the person typed into the application form.
type Applicant struct {
	Name        string
	DateOfBirth Date
	Nationality string
	Address     string
	Fields
}

// A Problem is something wrong with a pack found while loading it. Its Kind
// says what sort of thing is wrong; the pack.* rule that reports that kind
// makes the finding.
type Problem struct {
	Kind ProblemKind
	File string // pack-relative, slash-separated
	Line int
	Text redact.Text
	Hint string
}

// A ProblemKind classifies a Problem, so that each pack.* rule reports the
// problems of its kind.
type ProblemKind int

// Problem kinds. The zero value is no kind: every Problem names one.
const (
	// ManifestProblem: the manifest or the pack folder cannot be read, the
	// manifest is invalid, or it names something kyclint cannot use, such
	// as an unknown jurisdiction (reported by pack.manifest).
	ManifestProblem ProblemKind = iota + 1
	// UnsafePathProblem: a path of the pack leads outside it, and the file
	// was not opened (reported by pack.unsafe-path).
	UnsafePathProblem
)

func (k ProblemKind) String() string {
	switch k {
	case ManifestProblem:
		return "manifest"
	case UnsafePathProblem:
		return "unsafe-path"
	}
	return "ProblemKind(" + strconv.Itoa(int(k)) + ")"
}

// A File is a file found in the pack folder.
type File struct {
	Name   string // pack-relative, slash-separated; may hold bytes that are not UTF-8
	Size   int64
	Unsafe bool // a symlink that resolves outside the pack, or not at all
	// UnsafeWhy says how, when Unsafe.
	UnsafeWhy string
	Listed    bool // named by a document of the manifest
}

// Fields records, for decoded mappings, where each key stood and which values
// were present but invalid (reported once by pack.manifest, then treated as
// absent by other rules).
type Fields struct {
	Line    int // line of the mapping itself
	lines   map[string]int
	invalid map[string]bool
}

// FieldLine returns the line of key, or the mapping's own line when absent.
func (f *Fields) FieldLine(key string) int {
	if l, ok := f.lines[key]; ok {
		return l
	}
	return f.Line
}

// Present reports whether key was written, valid or not.
func (f *Fields) Present(key string) bool { _, ok := f.lines[key]; return ok }

// Invalid reports whether key was written with a value that could not be read.
func (f *Fields) Invalid(key string) bool { return f.invalid[key] }

func (f *Fields) set(key string, line int) {
	if f.lines == nil {
		f.lines = map[string]int{}
	}
	f.lines[key] = line
}

func (f *Fields) markInvalid(key string) {
	if f.invalid == nil {
		f.invalid = map[string]bool{}
	}
	f.invalid[key] = true
}
