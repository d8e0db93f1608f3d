package cache

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kyclint/kyclint/pkg/pack"
)

// doc makes a pack document whose content is content.
func doc(t *testing.T, name, content string) *pack.Document {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	p := pack.Load(pack.Target{Dir: dir, Path: dir})
	t.Cleanup(func() { p.Close() })
	for i := range p.Documents {
		if p.Documents[i].File == name {
			return p.Documents[i]
		}
	}
	t.Fatalf("no document %s in %+v", name, p.Documents)
	return nil
}

func entryFiles(t *testing.T, root string) []string {
	t.Helper()
	var files []string
	filepath.WalkDir(root, func(path string, de os.DirEntry, err error) error {
		if err == nil && !de.IsDir() {
			files = append(files, path)
		}
		return nil
	})
	return files
}

func TestEntriesAreSealedAndPrivate(t *testing.T) {
	root := filepath.Join(t.TempDir(), "c")
	s, err := Open(root, "build-1", 0)
	if err != nil {
		t.Fatal(err)
	}
	const secret = "ANNA LINDQVIST P<SWELINDQVIST<<ANNA"
	d := doc(t, "passport.jpg", "the photo's bytes")
	if _, ok := s.Get(d, "mrz-photo@1"); ok {
		t.Fatal("hit in an empty cache")
	}
	s.Put(d, "mrz-photo@1", []byte(secret))
	got, ok := s.Get(d, "mrz-photo@1")
	if !ok || string(got) != secret {
		t.Fatalf("got %q, %v", got, ok)
	}
	if _, ok := s.Get(d, "mrz-photo@2"); ok {
		t.Error("another key hits")
	}
	files := entryFiles(t, root)
	if len(files) != 1 {
		t.Fatalf("files %v", files)
	}
	sum := sha256.Sum256([]byte("the photo's bytes"))
	raw, _ := os.ReadFile(files[0])
	if strings.Contains(files[0], hex.EncodeToString(sum[:])) || bytes.Contains(raw, []byte("LINDQVIST")) || bytes.Contains(raw, sum[:]) {
		t.Error("the entry shows the content's hash or the personal value")
	}
	if st, _ := os.Stat(files[0]); st.Mode().Perm() != 0o600 {
		t.Errorf("entry mode %v", st.Mode().Perm())
	}
	for _, dir := range []string{root, filepath.Dir(files[0])} {
		if st, _ := os.Stat(dir); st.Mode().Perm() != 0o700 {
			t.Errorf("%s mode %v", dir, st.Mode().Perm())
		}
	}
	// Another build's kyclint, or another content, finds nothing.
	other, _ := Open(root, "build-2", 0)
	if _, ok := other.Get(d, "mrz-photo@1"); ok {
		t.Error("another build reads the entry")
	}
	if _, ok := s.Get(doc(t, "passport.jpg", "other bytes"), "mrz-photo@1"); ok {
		t.Error("another content reads the entry")
	}
	// An entry moved under another content's name cannot be opened with
	// that content's key.
	d2 := doc(t, "id.jpg", "other bytes")
	s.Put(d2, "k", []byte("x"))
	var name2 string
	for _, f := range entryFiles(t, root) {
		if f != files[0] {
			name2 = f
		}
	}
	if err := os.Rename(files[0], name2); err != nil {
		t.Fatal(err)
	}
	if _, ok := s.Get(d2, "k"); ok {
		t.Error("an entry sealed for one content opens for another")
	}
}

func TestCorruptEntriesAreMissesAndRewritten(t *testing.T) {
	root := t.TempDir()
	s, _ := Open(root, "b", 0)
	d := doc(t, "bill.pdf", "%PDF-1.7 ...")
	s.Put(d, "pdf@1", []byte("the structure"))
	path := entryFiles(t, root)[0]
	raw, _ := os.ReadFile(path)
	for name, bad := range map[string][]byte{
		"empty":     {},
		"truncated": raw[:len(raw)-5],
		"flipped":   append(append([]byte{}, raw[:len(raw)-1]...), raw[len(raw)-1]^1),
		"foreign":   []byte("not a kyclint cache entry at all, but long enough"),
	} {
		os.WriteFile(path, bad, 0o600)
		if got, ok := s.Get(d, "pdf@1"); ok {
			t.Errorf("%s entry: hit %q", name, got)
		}
		s.Put(d, "pdf@1", []byte("the structure"))
		if got, ok := s.Get(d, "pdf@1"); !ok || string(got) != "the structure" {
			t.Errorf("%s entry not rewritten: %q %v", name, got, ok)
		}
	}
	if hits, misses, puts := s.Stats(); hits != 4 || misses != 4 || puts != 5 {
		t.Errorf("stats %d hits, %d misses, %d puts", hits, misses, puts)
	}
}

func TestTrimRemovesTheLeastRecentlyUsed(t *testing.T) {
	root := t.TempDir()
	s, _ := Open(root, "b", 0)
	old := time.Now().Add(-72 * time.Hour)
	var docs []*pack.Document
	for i := range 10 {
		d := doc(t, "f.pdf", strings.Repeat("x", i+1))
		docs = append(docs, d)
		s.Put(d, "k", bytes.Repeat([]byte{'v'}, 1000))
	}
	// Entry i was last used i hours after the oldest; then entry 0 is
	// read, which renews it.
	for i, d := range docs {
		name := s.lookup(d.SHA256(), "k")
		os.Chtimes(s.path(name), old.Add(time.Duration(i)*time.Hour), old.Add(time.Duration(i)*time.Hour))
	}
	if _, ok := s.Get(docs[0], "k"); !ok {
		t.Fatal("miss")
	}
	u, _ := Status(root)
	if u.Entries != 10 {
		t.Fatalf("status %+v", u)
	}
	removed, err := Trim(root, u.Size/2)
	if err != nil {
		t.Fatal(err)
	}
	after, _ := Status(root)
	if removed == 0 || after.Size > u.Size/2/10*9 {
		t.Fatalf("removed %d, %d of %d bytes left", removed, after.Size, u.Size)
	}
	for i, d := range docs {
		_, ok := s.Get(d, "k")
		if want := i == 0 || i > removed; ok != want {
			t.Errorf("entry %d kept %v, want %v (%d removed)", i, ok, want, removed)
		}
	}
	// A run that added entries trims on Close.
	small, _ := Open(root, "b", 1500)
	small.Put(doc(t, "g.pdf", "new"), "k", []byte("v"))
	small.Close()
	if u, _ := Status(root); u.Size > 1500 {
		t.Errorf("after Close: %+v", u)
	}
}

func TestCleanRemovesOnlyTheEntries(t *testing.T) {
	root := t.TempDir()
	keep := filepath.Join(root, "notes.txt")
	os.WriteFile(keep, []byte("mine"), 0o644)
	s, _ := Open(root, "b", 0)
	s.Put(doc(t, "a.jpg", "a"), "k", []byte("v"))
	s.Put(doc(t, "b.jpg", "b"), "k", []byte("v"))
	u, err := Clean(root)
	if err != nil || u.Entries != 2 {
		t.Fatalf("clean %+v, %v", u, err)
	}
	if _, err := os.Stat(keep); err != nil {
		t.Error("clean removed a file that is not the cache's")
	}
	if u, _ := Status(root); u.Entries != 0 {
		t.Errorf("after clean: %+v", u)
	}
}

// TestPackEntriesAreSealed: a pack result is found and opened only with the
// hash of the pack's inputs, never under another build, and its file shows
// neither that hash nor the names it holds; a damaged one is a miss.
func TestPackEntriesAreSealed(t *testing.T) {
	root := filepath.Join(t.TempDir(), "c")
	s, err := Open(root, "build-1", 0)
	if err != nil {
		t.Fatal(err)
	}
	inputs := sha256.Sum256([]byte("manifest bytes and document hashes"))
	other := sha256.Sum256([]byte("another pack"))
	const result = "name on the ID: ANNA LINDQVIST"
	if _, ok := s.GetPack(&inputs); ok {
		t.Fatal("hit in an empty cache")
	}
	s.PutPack(&inputs, []byte(result))
	if got, ok := s.GetPack(&inputs); !ok || string(got) != result {
		t.Fatalf("got %q, %v", got, ok)
	}
	if _, ok := s.GetPack(&other); ok {
		t.Error("other inputs hit")
	}
	if hits, misses := s.PackStats(); hits != 1 || misses != 2 {
		t.Errorf("pack stats %d hits, %d misses", hits, misses)
	}
	files := entryFiles(t, root)
	if len(files) != 1 {
		t.Fatalf("files %v", files)
	}
	raw, _ := os.ReadFile(files[0])
	if strings.Contains(files[0], hex.EncodeToString(inputs[:])) || bytes.Contains(raw, []byte("LINDQVIST")) || bytes.Contains(raw, inputs[:]) {
		t.Error("the entry shows the inputs' hash or the personal value")
	}
	if st, _ := os.Stat(files[0]); st.Mode().Perm() != 0o600 {
		t.Errorf("entry mode %v", st.Mode().Perm())
	}
	if s2, _ := Open(root, "build-2", 0); s2 != nil {
		if _, ok := s2.GetPack(&inputs); ok {
			t.Error("another build reads the entry")
		}
	}
	raw[len(raw)-1] ^= 1
	os.WriteFile(files[0], raw, 0o600)
	if _, ok := s.GetPack(&inputs); ok {
		t.Error("a damaged entry hits")
	}
	s.PutPack(&inputs, []byte(result))
	if got, ok := s.GetPack(&inputs); !ok || string(got) != result {
		t.Errorf("rewritten entry: %q, %v", got, ok)
	}
}
