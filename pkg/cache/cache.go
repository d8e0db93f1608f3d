// Package cache keeps analysis and pack results from one lint run to the
// next, in the manner of ruff's and golangci-lint's caches, so that a run
// over packs that did not change lints none of them again, and a run whose
// rule set or date changed decodes none of their photos again.
//
// An analysis entry is one analysis's result for one file content. It is
// found by a lookup key, an HMAC of the analysis key under the file's
// SHA-256, so that the name of an entry reveals neither the file nor its
// hash; and it is sealed with AES-256-GCM under a key derived from the
// file's SHA-256 by HKDF with another context, so that only someone holding
// the file can read what was learnt from it (names, numbers, MRZ and PDF
// text). A pack entry is one pack's result (its findings, whose messages
// hold names), found and sealed in the same way under the hash of every
// input of that result (lint.PackCache), which holds the hashes of the
// pack's manifest and documents: only someone holding the pack can read it. Entries are
// written atomically (a temporary file, then a rename) with mode 0600 in
// folders of mode 0700; a run that cannot open, decrypt or decode an entry
// takes it as absent and writes it again. The cache is bounded: after a run
// that added entries, the least recently used ones are removed until it is
// back within its size.
package cache

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"time"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
)

// DefaultMaxSize is the size a cache is trimmed to when none is given.
const DefaultMaxSize = 1 << 30

// entriesDir is the folder under the cache's root that holds the entries;
// Clean removes it and nothing else, whatever else the root holds.
const entriesDir = "analyses-v1"

// magic begins every entry, before its nonce and sealed content.
const magic = "KYC1"

// touchAfter is how stale an entry's time may be before a hit renews it:
// the time orders entries for trimming, and a day is fine enough.
const touchAfter = 24 * time.Hour

// A Store is a cache folder opened for one run. It implements
// lint.ResultCache.
type Store struct {
	dir     string // root/entriesDir
	salt    string // the build: entries of another kyclint are misses
	maxSize int64

	hits, misses, puts   atomic.Int64
	packHits, packMisses atomic.Int64
}

var (
	_ lint.ResultCache = (*Store)(nil)
	_ lint.PackCache   = (*Store)(nil)
)

// The HKDF contexts of the keys that seal entries: an analysis of one file
// content, and a whole pack's result.
const (
	analysisKeyInfo = "kyclint cache entry key v1"
	packKeyInfo     = "kyclint cache pack key v1"
)

// Open opens (creating it, mode 0700) the cache under root. salt names the
// build of kyclint, whose entries are not another build's; maxSize is the
// size Close trims the cache to (DefaultMaxSize when 0 or less).
func Open(root, salt string, maxSize int64) (*Store, error) {
	if maxSize <= 0 {
		maxSize = DefaultMaxSize
	}
	dir := filepath.Join(root, entriesDir)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("cache: %w", err)
	}
	return &Store{dir: dir, salt: salt, maxSize: maxSize}, nil
}

// Get returns the entry stored under key for d's content.
func (s *Store) Get(d *pack.Document, key string) ([]byte, bool) {
	sum := d.SHA256()
	if sum == nil {
		return nil, false
	}
	name := s.lookup(sum, key)
	data, ok := s.read(s.path(name), name, sum, analysisKeyInfo)
	if ok {
		s.hits.Add(1)
	} else {
		s.misses.Add(1)
	}
	return data, ok
}

// Put stores data under key for d's content, replacing what was there.
func (s *Store) Put(d *pack.Document, key string, data []byte) {
	sum := d.SHA256()
	if sum == nil {
		return
	}
	name := s.lookup(sum, key)
	if s.write(s.path(name), name, sum, analysisKeyInfo, data) == nil {
		s.puts.Add(1)
	}
}

// GetPack returns the pack result stored under inputs, the hash of every
// input of a pack's result (lint.PackCache).
func (s *Store) GetPack(inputs *[32]byte) ([]byte, bool) {
	name := s.packLookup(inputs)
	data, ok := s.read(s.path(name), name, inputs, packKeyInfo)
	if ok {
		s.packHits.Add(1)
	} else {
		s.packMisses.Add(1)
	}
	return data, ok
}

// PutPack stores a pack result under inputs, replacing what was there.
func (s *Store) PutPack(inputs *[32]byte, data []byte) {
	name := s.packLookup(inputs)
	if s.write(s.path(name), name, inputs, packKeyInfo, data) == nil {
		s.puts.Add(1)
	}
}

// PackStats returns the run's pack results read from the cache and those
// looked for in vain.
func (s *Store) PackStats() (hits, misses int64) {
	return s.packHits.Load(), s.packMisses.Load()
}

// Stats returns the run's hits, misses and entries written.
func (s *Store) Stats() (hits, misses, puts int64) {
	return s.hits.Load(), s.misses.Load(), s.puts.Load()
}

// Close trims the cache to its size when the run added entries.
func (s *Store) Close() error {
	if s.puts.Load() == 0 {
		return nil
	}
	_, err := trim(s.dir, s.maxSize)
	return err
}

// lookup is the entry's name: an HMAC of the build and key under the
// content's hash, which says nothing of either without the file.
func (s *Store) lookup(sum *[32]byte, key string) string {
	m := hmac.New(sha256.New, sum[:])
	io.WriteString(m, "kyclint cache lookup\x00"+s.salt+"\x00"+key)
	return hex.EncodeToString(m.Sum(nil))
}

// packLookup is the name of a pack result's entry, an HMAC under the hash
// of the pack's inputs, which only someone holding the pack can compute.
func (s *Store) packLookup(inputs *[32]byte) string {
	m := hmac.New(sha256.New, inputs[:])
	io.WriteString(m, "kyclint cache pack lookup\x00"+s.salt)
	return hex.EncodeToString(m.Sum(nil))
}

func (s *Store) path(name string) string { return filepath.Join(s.dir, name[:2], name) }

// sealer is the AEAD that seals the entries of one file content, or of
// one pack's inputs: its key is derived from their hash with a context of
// its own (info), so it is neither the hash nor any lookup key.
func sealer(sum *[32]byte, info string) (cipher.AEAD, error) {
	key, err := hkdf.Key(sha256.New, sum[:], nil, info, 32)
	if err != nil {
		return nil, err
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}

// read opens an entry; a missing, short, foreign or altered one is absent.
func (s *Store) read(path, name string, sum *[32]byte, info string) ([]byte, bool) {
	f, err := os.Open(path)
	if err != nil {
		return nil, false
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || st.Size() > 64<<20 {
		return nil, false
	}
	raw, err := io.ReadAll(f)
	if err != nil {
		return nil, false
	}
	aead, err := sealer(sum, info)
	if err != nil || len(raw) < len(magic)+aead.NonceSize() || string(raw[:len(magic)]) != magic {
		return nil, false
	}
	nonce := raw[len(magic) : len(magic)+aead.NonceSize()]
	plain, err := aead.Open(nil, nonce, raw[len(magic)+aead.NonceSize():], []byte(name))
	if err != nil {
		return nil, false
	}
	if now := time.Now(); now.Sub(st.ModTime()) > touchAfter {
		os.Chtimes(path, now, now) // recently used: trimmed last
	}
	return plain, true
}

// write seals data and replaces the entry at path atomically.
func (s *Store) write(path, name string, sum *[32]byte, info string, data []byte) error {
	aead, err := sealer(sum, info)
	if err != nil {
		return err
	}
	buf := make([]byte, len(magic)+aead.NonceSize(), len(magic)+aead.NonceSize()+len(data)+aead.Overhead())
	copy(buf, magic)
	if _, err := rand.Read(buf[len(magic):]); err != nil {
		return err
	}
	buf = aead.Seal(buf, buf[len(magic):], data, []byte(name))
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".tmp-*") // mode 0600
	if err != nil {
		return err
	}
	_, err = tmp.Write(buf)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

// An entry is one file of the cache, for trimming and status.
type entry struct {
	path string
	size int64
	used time.Time
}

// list returns the cache's entries, and removes temporary files a killed
// run left more than an hour ago.
func list(dir string) ([]entry, error) {
	var out []entry
	err := filepath.WalkDir(dir, func(path string, de fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil
			}
			return err
		}
		if de.IsDir() {
			return nil
		}
		info, err := de.Info()
		if err != nil {
			return nil // removed meanwhile
		}
		if strings.HasPrefix(de.Name(), ".tmp-") {
			if time.Since(info.ModTime()) > time.Hour {
				os.Remove(path)
			}
			return nil
		}
		out = append(out, entry{path: path, size: info.Size(), used: info.ModTime()})
		return nil
	})
	return out, err
}

// trim removes the least recently used entries until the cache holds at
// most nine tenths of maxSize, when it holds more than maxSize. It returns
// how many it removed.
func trim(dir string, maxSize int64) (int, error) {
	entries, err := list(dir)
	if err != nil {
		return 0, err
	}
	var total int64
	for _, e := range entries {
		total += e.size
	}
	if total <= maxSize {
		return 0, nil
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].used.Before(entries[j].used) })
	removed := 0
	for _, e := range entries {
		if total <= maxSize/10*9 {
			break
		}
		if os.Remove(e.path) == nil {
			total -= e.size
			removed++
		}
	}
	return removed, nil
}

// A Usage is what a cache holds.
type Usage struct {
	Dir     string // the folder of the entries
	Entries int
	Size    int64 // bytes
}

// Status reports what the cache under root holds; a cache never written
// holds nothing.
func Status(root string) (Usage, error) {
	dir := filepath.Join(root, entriesDir)
	entries, err := list(dir)
	u := Usage{Dir: dir, Entries: len(entries)}
	for _, e := range entries {
		u.Size += e.size
	}
	return u, err
}

// Clean removes every entry of the cache under root, and returns what it
// held. It removes the entries' folder only, never anything else under
// root.
func Clean(root string) (Usage, error) {
	u, err := Status(root)
	if err != nil {
		return u, err
	}
	return u, os.RemoveAll(u.Dir)
}

// Trim trims the cache under root to maxSize as a run's Close does, and
// returns how many entries it removed.
func Trim(root string, maxSize int64) (int, error) {
	return trim(filepath.Join(root, entriesDir), maxSize)
}
