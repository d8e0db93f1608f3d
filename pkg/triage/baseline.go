package triage

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kyclint/kyclint/pkg/internal/regular"
	"github.com/kyclint/kyclint/pkg/lint"
)

// BaselineName is the baseline file kyclint looks for beside the
// configuration, or in the working folder.
const BaselineName = ".kyclint-baseline.json"

// baselineVersion is the version of the baseline file format.
const baselineVersion = 1

// A Baseline is the set of findings a repository accepted when it adopted
// kyclint. It holds no personal data: each entry is a rule id, a pack path
// and a SHA-256 fingerprint of the rule, pack path, pack-relative file, the
// finding's subject (a manifest key or document, never the message) and the
// content hash of the file it concerns. Line numbers are not part of it, so
// editing another line of a manifest keeps the entry, while replacing the
// photo a finding is about makes it a new finding.
type Baseline struct {
	Path    string // the file
	dir     string // absolute folder of the file; pack paths are relative to it
	entries []Entry
	used    []bool
	byFP    map[string][]int
	linted  map[string]bool // packs linted in this run
}

// An Entry is one accepted finding.
type Entry struct {
	Rule        string `json:"rule"`
	Pack        string `json:"pack"`
	Fingerprint string `json:"fingerprint"`
}

type baselineFile struct {
	Version int     `json:"version"`
	Entries []Entry `json:"entries"`
}

// maxBaselineBytes bounds a baseline file: an entry is about 150 bytes, so
// this holds some 400 000 accepted findings.
const maxBaselineBytes = 64 << 20

// OpenBaseline reads the baseline at path; a missing file is an empty
// baseline.
func OpenBaseline(path string) (*Baseline, error) {
	dir, err := filepath.Abs(filepath.Dir(path))
	if err != nil {
		return nil, err
	}
	b := &Baseline{Path: path, dir: dir, byFP: map[string][]int{}, linted: map[string]bool{}}
	data, err := regular.ReadFile(path, maxBaselineBytes)
	var pe *fs.PathError
	switch {
	case errors.Is(err, os.ErrNotExist):
		return b, nil
	case errors.As(err, &pe):
		return nil, fmt.Errorf("reading baseline %s: %w", path, pe.Err)
	case err != nil:
		return nil, fmt.Errorf("reading baseline %s: %w", path, err)
	}
	var f baselineFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("reading baseline %s: %w", path, err)
	}
	if f.Version != baselineVersion {
		return nil, fmt.Errorf("baseline %s: version %d, this kyclint reads version %d", path, f.Version, baselineVersion)
	}
	for _, e := range f.Entries {
		b.add(e)
	}
	return b, nil
}

func (b *Baseline) add(e Entry) {
	b.byFP[e.Fingerprint] = append(b.byFP[e.Fingerprint], len(b.entries))
	b.entries = append(b.entries, e)
	b.used = append(b.used, false)
}

// packPath is a pack folder relative to the baseline's folder.
func (b *Baseline) packPath(r *lint.PackResult) string {
	abs, err := filepath.Abs(r.Dir)
	if err != nil {
		return filepath.ToSlash(r.Path)
	}
	if rel, err := filepath.Rel(b.dir, abs); err == nil {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(abs)
}

// Fingerprint identifies a finding of a pack without its message or line.
func Fingerprint(packPath string, f *lint.Finding) string {
	h := sha256.New()
	for _, part := range []string{f.Rule, packPath, f.File, f.Subject, f.SHA256} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Filter drops r's findings that the baseline records, counting them in
// r.Baselined. Suppressed findings and crashes are kept. Each entry
// accepts one finding.
func (b *Baseline) Filter(r *lint.PackResult) {
	pp := b.packPath(r)
	b.linted[pp] = true
	kept := r.Findings[:0]
	for i := range r.Findings {
		f := r.Findings[i]
		if f.Suppression == nil && !f.Crash && b.take(Fingerprint(pp, &f)) {
			r.Baselined++
			continue
		}
		kept = append(kept, f)
	}
	r.Findings = kept
}

func (b *Baseline) take(fp string) bool {
	for _, i := range b.byFP[fp] {
		if !b.used[i] {
			b.used[i] = true
			return true
		}
	}
	return false
}

// Stale lists the entries of packs linted in this run that matched no
// finding: the problem was fixed, or the file it was about changed.
func (b *Baseline) Stale() []Entry {
	var out []Entry
	for i, e := range b.entries {
		if !b.used[i] && b.linted[e.Pack] {
			out = append(out, e)
		}
	}
	return out
}

// Record replaces the entries of r's pack by its current findings (not
// suppressed ones nor crashes), for `kyclint baseline write`.
func (b *Baseline) Record(r *lint.PackResult) {
	pp := b.packPath(r)
	if !b.linted[pp] {
		b.linted[pp] = true
		b.drop(func(e Entry, _ bool) bool { return e.Pack == pp })
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.Suppression == nil && !f.Crash {
			b.add(Entry{Rule: f.Rule, Pack: pp, Fingerprint: Fingerprint(pp, f)})
			b.used[len(b.used)-1] = true
		}
	}
}

// Prune drops the stale entries and returns how many.
func (b *Baseline) Prune() int {
	before := len(b.entries)
	b.drop(func(e Entry, used bool) bool { return !used && b.linted[e.Pack] })
	return before - len(b.entries)
}

func (b *Baseline) drop(gone func(Entry, bool) bool) {
	entries, used := b.entries, b.used
	b.entries, b.used, b.byFP = nil, nil, map[string][]int{}
	for i, e := range entries {
		if !gone(e, used[i]) {
			b.add(e)
			b.used[len(b.used)-1] = used[i]
		}
	}
}

// Len is the number of entries.
func (b *Baseline) Len() int { return len(b.entries) }

// Write saves the baseline, entries sorted, atomically.
func (b *Baseline) Write() error {
	entries := append([]Entry{}, b.entries...)
	sort.SliceStable(entries, func(i, j int) bool {
		x, y := entries[i], entries[j]
		return strings.Join([]string{x.Pack, x.Rule, x.Fingerprint}, "\x00") < strings.Join([]string{y.Pack, y.Rule, y.Fingerprint}, "\x00")
	})
	data, err := json.MarshalIndent(baselineFile{Version: baselineVersion, Entries: entries}, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(b.Path), ".kyclint-baseline-*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(data, '\n')); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), b.Path)
}
