package cli

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/kyclint/kyclint/pkg/engine"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/report"
)

// cacheFiles lists the entries under a cache folder.
func cacheFiles(t *testing.T, root string) []string {
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

// TestReportIsTheSameWithTheCache lints the sample packs without a cache,
// into an empty cache, from the full cache (pack results), with another
// date and another rule set (analyses only), over a copy with one pack
// edited, and from a cache whose every entry was damaged, in every format:
// the reports are byte for byte those of a run without a cache, and
// damaged entries are written again.
func TestReportIsTheSameWithTheCache(t *testing.T) {
	inRoot(t)
	dir := t.TempDir()
	cacheDir := filepath.Join(dir, "cache")
	lintAt := func(packs, prefix string, extra ...string) {
		t.Helper()
		args := append([]string{"lint", packs, "-q"}, formatFlags(dir, prefix)...)
		if code, _, errOut := run(t, append(args, extra...)...); code != ExitFailed {
			t.Fatalf("%s: exit %d, %s", prefix, code, errOut)
		}
	}
	lintTo := func(prefix string, extra ...string) {
		t.Helper()
		lintAt("testdata/packs", prefix, append([]string{"--date", mergeDate}, extra...)...)
	}
	same := func(want string, got ...string) {
		t.Helper()
		for _, f := range report.Formats() {
			w := readFile(t, filepath.Join(dir, want+"."+f))
			for _, g := range got {
				if r := readFile(t, filepath.Join(dir, g+"."+f)); r != w {
					t.Errorf("%s, %s: the report differs from %s's:\n%s", f, g, want, diff(w, r))
				}
			}
		}
	}
	lintTo("none", "--no-cache")
	if files := cacheFiles(t, cacheDir); len(files) != 0 {
		t.Fatalf("--no-cache wrote %v", files)
	}
	lintTo("cold", "--cache-dir", cacheDir)
	entries := cacheFiles(t, cacheDir)
	if len(entries) < 20 {
		t.Fatalf("%d cache entries after a run over the sample packs", len(entries))
	}
	lintTo("warm", "--cache-dir", cacheDir)
	if after := cacheFiles(t, cacheDir); len(after) != len(entries) {
		t.Fatalf("a warm run wrote entries: %d, then %d", len(entries), len(after))
	}
	// The human report in Chinese, rendered again from the messages the
	// cache kept, is the one rendered from fresh messages.
	_, zhNone, _ := run(t, "lint", "testdata/packs", "--date", mergeDate, "--lang", "zh-CN", "--no-cache")
	_, zhWarm, _ := run(t, "lint", "testdata/packs", "--date", mergeDate, "--lang", "zh-CN", "--cache-dir", cacheDir)
	if zhWarm != zhNone || !strings.Contains(zhNone, "未通过") {
		t.Errorf("zh-CN report from the cache differs:\n%s", diff(zhNone, zhWarm))
	}

	// Another date and another rule set miss the pack results and read the
	// analyses.
	lintTo("date-none", "--no-cache", "--date", "2027-03-01")
	lintTo("date-warm", "--cache-dir", cacheDir, "--date", "2027-03-01")
	lintTo("rules-none", "--no-cache", "--rules", "de")
	lintTo("rules-warm", "--cache-dir", cacheDir, "--rules", "de")
	same("date-none", "date-warm")
	same("rules-none", "rules-warm")

	// A pack edited after it was kept is linted again.
	copied := filepath.Join(dir, "packs")
	if err := os.CopyFS(copied, os.DirFS("testdata/packs")); err != nil {
		t.Fatal(err)
	}
	lintAt(copied, "copy-cold", "--date", mergeDate, "--cache-dir", cacheDir)
	manifest := filepath.Join(copied, "ines-typed-differently", "kyc.yaml")
	edited := strings.Replace(readFile(t, manifest), "date_of_birth: 19", "date_of_birth: 20", 1)
	if err := os.WriteFile(manifest, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	lintAt(copied, "edited-none", "--date", mergeDate, "--no-cache")
	lintAt(copied, "edited-warm", "--date", mergeDate, "--cache-dir", cacheDir)
	same("edited-none", "edited-warm")
	if readFile(t, filepath.Join(dir, "edited-none.json")) == readFile(t, filepath.Join(dir, "copy-cold.json")) {
		t.Fatal("the edit changed nothing in the report: pick another")
	}
	entries = cacheFiles(t, cacheDir)

	for _, e := range entries {
		raw, _ := os.ReadFile(e)
		raw[len(raw)/2] ^= 0x40
		os.WriteFile(e, raw, 0o600)
	}
	lintTo("damaged", "--cache-dir", cacheDir)
	for _, f := range report.Formats() {
		want := readFile(t, filepath.Join(dir, "none."+f))
		for _, run := range []string{"cold", "warm", "damaged"} {
			if got := readFile(t, filepath.Join(dir, run+"."+f)); got != want {
				t.Errorf("%s, %s cache: the report differs from the one without a cache:\n%s", f, run, diff(want, got))
			}
		}
	}
	// The damaged entries were written again: a fourth run reads them.
	lintTo("again", "--cache-dir", cacheDir)
	if after := cacheFiles(t, cacheDir); len(after) != len(entries) {
		t.Errorf("%d entries, then %d", len(entries), len(after))
	}
	if code, out, _ := run(t, "cache", "status", "--cache-dir", cacheDir); code != ExitOK || !strings.Contains(out, "entries: "+strconv.Itoa(len(entries))) {
		t.Errorf("cache status: %q", out)
	}
	if code, out, _ := run(t, "cache", "clean", "--cache-dir", cacheDir); code != ExitOK || !strings.Contains(out, "removed "+strconv.Itoa(len(entries))+" entries") {
		t.Errorf("cache clean: %q", out)
	}
	if files := cacheFiles(t, cacheDir); len(files) != 0 {
		t.Errorf("after clean: %v", files)
	}
}

// TestNoUserCacheFolderMeansNoCache: without HOME or XDG_CACHE_HOME (as in
// these tests' environment) lint runs uncached and cache status says so.
func TestNoUserCacheFolderMeansNoCache(t *testing.T) {
	inRoot(t)
	if code, _, errOut := run(t, "lint", "testdata/packs/anna-clean", "-q"); code != ExitOK || errOut != "" {
		t.Errorf("lint: exit %d, %q", code, errOut)
	}
	if code, _, errOut := run(t, "cache", "status"); code != ExitTrouble || !strings.Contains(errOut, "give --cache-dir") {
		t.Errorf("cache status: exit %d, %q", code, errOut)
	}
	home := t.TempDir()
	code, out, _ := runEnv(t, map[string]string{"HOME": home}, "cache", "status")
	if want := filepath.Join(home, ".cache", "kyclint"); code != ExitOK || !strings.Contains(out, want) {
		t.Errorf("cache status with HOME: %q, want %s", out, want)
	}
}

// mapCache is a lint.ResultCache in memory that can refuse keys.
type mapCache struct {
	mu      sync.Mutex
	entries map[string][]byte
	refuse  func(key string) bool
	hits    map[string]int
}

func (c *mapCache) name(d *pack.Document, key string) string {
	if d.SHA256() == nil {
		return "unreadable " + key // never stored: Put refuses it too
	}
	return hex.EncodeToString(d.SHA256()[:]) + key
}

func (c *mapCache) Get(d *pack.Document, key string) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.refuse != nil && c.refuse(key) {
		return nil, false
	}
	v, ok := c.entries[c.name(d, key)]
	if ok {
		c.hits[strings.SplitN(key, "@", 2)[0]]++
	}
	return v, ok
}

func (c *mapCache) Put(d *pack.Document, key string, data []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if d.SHA256() != nil {
		c.entries[c.name(d, key)] = data
	}
}

// TestKeptImageWithoutItsZone: when a photo's image analysis is kept but
// its MRZ reading is not, the reading decodes the photo again and finds
// what a run without a cache finds, personal values included.
func TestKeptImageWithoutItsZone(t *testing.T) {
	inRoot(t)
	f, resolver, targets, date := samplePackRun(t)
	lintWith := func(c lint.ResultCache) string {
		opt := lint.Options{Registry: f.Registry, Resolve: resolver.Resolve, Date: date, Jobs: 2}
		if c != nil {
			opt.Cache = c
		}
		results, err := lint.Run(context.Background(), targets, opt)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(report.Build(results, report.Meta{Reveal: true, FailOn: lint.Error}))
		return string(b)
	}
	want := lintWith(nil)
	c := &mapCache{entries: map[string][]byte{}, hits: map[string]int{}}
	if got := lintWith(c); got != want {
		t.Fatalf("cold cache:\n%s", diff(want, got))
	}
	c.refuse = func(key string) bool { return strings.HasPrefix(key, "mrz-photo@") }
	if got := lintWith(c); got != want {
		t.Errorf("image kept, zone not:\n%s", diff(want, got))
	}
	if c.hits["image"] == 0 || c.hits["mrz-photo"] != 0 {
		t.Errorf("hits %v", c.hits)
	}
	c.refuse = nil
	if got := lintWith(c); got != want || c.hits["mrz-photo"] == 0 || c.hits["pdf-text"] == 0 {
		t.Errorf("warm cache (hits %v):\n%s", c.hits, diff(want, got))
	}
}

// packMap is a lint.PackCache in memory.
type packMap struct {
	mu      sync.Mutex
	entries map[[32]byte][]byte
	hits    int
}

func (c *packMap) GetPack(inputs *[32]byte) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.entries[*inputs]
	if ok {
		c.hits++
	}
	return v, ok
}

func (c *packMap) PutPack(inputs *[32]byte, data []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries[*inputs] = data
}

// TestEverySamplePackIsKept: the result of every sample pack, whatever its
// rules put in findings' Data, encodes exactly and is kept, under every
// built-in rule set a manifest names and with fingerprints; a second run
// reads them all and reports the same, personal values included.
func TestEverySamplePackIsKept(t *testing.T) {
	inRoot(t)
	f, resolver, targets, date := samplePackRun(t)
	c := &packMap{entries: map[[32]byte][]byte{}}
	lintWith := func(packs lint.PackCache) string {
		opt := lint.Options{Registry: f.Registry, Resolve: resolver.Resolve, Date: date, Jobs: 2, Fingerprint: true}
		if packs != nil {
			opt.Packs = packs
		}
		results, err := lint.Run(context.Background(), targets, opt)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(report.Build(results, report.Meta{Reveal: true, FailOn: lint.Error}))
		return string(b)
	}
	want := lintWith(nil)
	if got := lintWith(c); got != want {
		t.Fatalf("cold:\n%s", diff(want, got))
	}
	if len(c.entries) != len(targets) {
		t.Errorf("%d of %d pack results kept", len(c.entries), len(targets))
	}
	if got := lintWith(c); got != want || c.hits != len(targets) {
		t.Errorf("warm (%d hits of %d):\n%s", c.hits, len(targets), diff(want, got))
	}
}

// samplePackRun is what the tests that lint the sample packs in-process
// share: the factory, its rule-set resolver, the packs and the lint date.
func samplePackRun(t *testing.T) (*Factory, *engine.Resolver, []pack.Target, pack.Date) {
	t.Helper()
	f := NewFactory(nil)
	resolver, err := engine.NewResolver(f.Loader, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	targets, err := pack.Discover([]string{"testdata/packs"})
	if err != nil {
		t.Fatal(err)
	}
	date, _ := pack.ParseDate(mergeDate)
	return f, resolver, targets, date
}
