package lint

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
)

// mapPacks is a PackCache in memory.
type mapPacks struct {
	mu      sync.Mutex
	entries map[[32]byte][]byte
	hits    int
}

func (c *mapPacks) GetPack(inputs *[32]byte) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.entries[*inputs]
	if ok {
		c.hits++
	}
	return v, ok
}

func (c *mapPacks) PutPack(inputs *[32]byte, data []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries[*inputs] = data
}

// point is a Data value of a type gob was not told about.
type point struct{ X int }

// TestPackCacheSkipsUnchangedPacks: a second run over unchanged packs runs
// no rule and returns the same results; a change to any input of a pack's
// result (its files, its manifest, the date, the rule set, fingerprints)
// lints it again; results that would not come back equal, and crashed
// ones, are not kept.
func TestPackCacheSkipsUnchangedPacks(t *testing.T) {
	targets := packDirs(t, 3)
	var runs atomic.Int64
	var dataOf atomic.Value // what the rule puts in Data, per run
	dataOf.Store(map[string]any{"n": 3, "share": 0.25, "words": []string{"a"}})
	rule := &Rule{ID: "x.count", Title: "counts", Why: "tests", Hint: "None.", Severity: Warning, Run: func(p *Pass) {
		runs.Add(1)
		p.Report(Finding{File: "p.jpg", Data: dataOf.Load().(map[string]any)})
		p.Reportf("kyc.yaml", 2, "content %d", p.Pack.Documents[0].Size)
	}}
	reg, err := NewRegistry([]*Rule{rule})
	if err != nil {
		t.Fatal(err)
	}
	settings := Defaults(reg)
	cache := &mapPacks{entries: map[[32]byte][]byte{}}
	date, _ := pack.ParseDate("2026-11-26")
	opt := Options{Registry: reg, Jobs: 2, Date: date, Packs: cache,
		Resolve: func(*pack.Pack) (*Settings, *pack.Problem) { return settings, nil }}
	lintRuns := func(o Options) ([]PackResult, int64) {
		t.Helper()
		runs.Store(0)
		res, err := Run(context.Background(), targets, o)
		if err != nil {
			t.Fatal(err)
		}
		return res, runs.Load()
	}
	first, n := lintRuns(opt)
	if n != 3 || len(cache.entries) != 3 {
		t.Fatalf("first run: %d rule runs, %d entries", n, len(cache.entries))
	}
	again, n := lintRuns(opt)
	if n != 0 || cache.hits != 3 {
		t.Errorf("second run over unchanged packs: %d rule runs, %d hits", n, cache.hits)
	}
	if !reflect.DeepEqual(again, first) {
		t.Errorf("kept results differ:\n%+v\n%+v", again, first)
	}
	uncached := opt
	uncached.Packs = nil
	if fresh, _ := lintRuns(uncached); !reflect.DeepEqual(fresh, first) {
		t.Errorf("results without the cache differ:\n%+v\n%+v", fresh, first)
	}

	// Each input, changed, lints again.
	for _, c := range []struct {
		name   string
		change func(o *Options)
		want   int64
	}{
		{"another date", func(o *Options) { o.Date, _ = pack.ParseDate("2026-11-27") }, 3},
		{"fingerprints", func(o *Options) { o.Fingerprint = true }, 3},
		{"another severity", func(o *Options) {
			s := Defaults(reg)
			s.Rules["x.count"] = RuleSettings{Severity: Error}
			o.Resolve = func(*pack.Pack) (*Settings, *pack.Problem) { return s, nil }
		}, 3},
		{"a document's content, same size", func(o *Options) {
			os.WriteFile(filepath.Join(targets[0].Dir, "p.jpg"), []byte("not a photX"), 0o644)
		}, 1},
		{"the manifest", func(o *Options) {
			os.WriteFile(filepath.Join(targets[1].Dir, "kyc.yaml"), []byte("version: 1\ndocuments:\n  - file: p.jpg\n    type: id_card\n"), 0o644)
		}, 1},
		{"a file added", func(o *Options) {
			os.WriteFile(filepath.Join(targets[2].Dir, "notes.txt"), []byte("x"), 0o644)
		}, 1},
	} {
		o := opt
		c.change(&o)
		if _, n := lintRuns(o); n != c.want {
			t.Errorf("%s: %d rule runs, want %d", c.name, n, c.want)
		}
		if _, n := lintRuns(o); n != 0 {
			t.Errorf("%s, run again: %d rule runs, want 0", c.name, n)
		}
	}

	// A result that would not come back equal is not kept.
	dataOf.Store(map[string]any{"at": point{1}})
	o := opt
	o.Date, _ = pack.ParseDate("2027-01-01")
	lintRuns(o)
	if res, n := lintRuns(o); n != 3 || res[0].Findings[1].Data["at"] != (point{1}) {
		t.Errorf("a Data value of an unknown type: %d rule runs (want 3, none kept), findings %+v", n, res[0].Findings)
	}
}

// TestPackCacheNeedsCustomRuleDefinitions: a rule set with a custom rule
// that has no Definition keeps no result, one whose rules all have one
// does, and a changed Definition lints again.
func TestPackCacheNeedsCustomRuleDefinitions(t *testing.T) {
	targets := packDirs(t, 1)
	var runs atomic.Int64
	custom := func(def string) *Rule {
		return &Rule{ID: "custom.x", Title: "custom", Why: "tests", Hint: "None.", Severity: Error, Definition: def,
			Run: func(p *Pass) { runs.Add(1) }}
	}
	reg, err := NewRegistry([]*Rule{reporting("a.one", 1, Error)})
	if err != nil {
		t.Fatal(err)
	}
	cache := &mapPacks{entries: map[[32]byte][]byte{}}
	for _, c := range []struct {
		def  string
		want []int64 // custom rule runs, first and second run
	}{{"", []int64{1, 1}}, {"cel\x00\x00true", []int64{1, 0}}, {"cel\x00\x00false", []int64{1, 0}}} {
		s := Defaults(reg)
		s.Custom = []*Rule{custom(c.def)}
		s.Rules["custom.x"] = RuleSettings{Severity: Error}
		for i, want := range c.want {
			runs.Store(0)
			if _, err := Run(context.Background(), targets, Options{Registry: reg, Packs: cache,
				Resolve: func(*pack.Pack) (*Settings, *pack.Problem) { return s, nil }}); err != nil {
				t.Fatal(err)
			}
			if runs.Load() != want {
				t.Errorf("definition %q, run %d: %d runs, want %d", c.def, i+1, runs.Load(), want)
			}
		}
	}
}

// TestPackCacheKeepsNoCrash: a pack whose rule crashed is linted again.
func TestPackCacheKeepsNoCrash(t *testing.T) {
	targets := packDirs(t, 1)
	crash := &Rule{ID: "x.crash", Title: "crashes", Why: "tests", Hint: "None.", Severity: Error, Run: func(*Pass) { panic("bug") }}
	reg, err := NewRegistry([]*Rule{crash})
	if err != nil {
		t.Fatal(err)
	}
	s := Defaults(reg)
	cache := &mapPacks{entries: map[[32]byte][]byte{}}
	res, err := Run(context.Background(), targets, Options{Registry: reg, Packs: cache,
		Resolve: func(*pack.Pack) (*Settings, *pack.Problem) { return s, nil }})
	if err != nil || !res[0].Crashed || len(cache.entries) != 0 {
		t.Errorf("crashed %v, %d entries kept, %v", res[0].Crashed, len(cache.entries), err)
	}
}

// TestPackCacheKeepsMessageArguments: a message keeps the format and
// arguments it was built from (for a report in another language) through
// the cache: personal values, a nested message, an error and a Stringer.
func TestPackCacheKeepsMessageArguments(t *testing.T) {
	targets := packDirs(t, 2)
	msg := redact.Textf("%s: %s, %v, %s (%d)", redact.FileOf("p.jpg"), redact.Textf("the name %s", redact.NameOf("Anna")),
		errors.New("bad byte"), Warning, Warning)
	rule := &Rule{ID: "x.msg", Title: "says", Why: "tests", Hint: "None.", Severity: Warning, Run: func(p *Pass) {
		p.Report(Finding{File: "p.jpg", Message: msg})
	}}
	reg, err := NewRegistry([]*Rule{rule})
	if err != nil {
		t.Fatal(err)
	}
	s := Defaults(reg)
	cache := &mapPacks{entries: map[[32]byte][]byte{}}
	opt := Options{Registry: reg, Packs: cache, Resolve: func(*pack.Pack) (*Settings, *pack.Problem) { return s, nil }}
	first, err := Run(context.Background(), targets, opt)
	if err != nil || len(cache.entries) != 2 {
		t.Fatalf("%d entries kept, %v", len(cache.entries), err)
	}
	again, err := Run(context.Background(), targets, opt)
	if err != nil || cache.hits != 2 || !reflect.DeepEqual(again, first) {
		t.Fatalf("%d hits, %v; kept results differ:\n%+v\n%+v", cache.hits, err, again, first)
	}
	got := again[0].Findings[0].Message
	if got.Format != msg.Format || len(got.Args) != 5 || got.Args[1].(redact.Text).Format != "the name %s" {
		t.Errorf("the kept message lost its format or arguments: %#v", got)
	}
	for _, m := range []redact.Mode{redact.PlainMode, redact.MaskedMode, redact.AnonymousMode} {
		if !got.Renders(m) {
			t.Errorf("the kept message does not render again in mode %d", m)
		}
	}
}

// TestCanonicalEncoding: values that differ write different bytes, maps
// whatever their order write the same, and functions have no encoding.
func TestCanonicalEncoding(t *testing.T) {
	enc := func(v any) string {
		var b bytesBuffer
		if err := writeCanonical(&b, reflect.ValueOf(v), 0); err != nil {
			return "error: " + err.Error()
		}
		return string(b)
	}
	distinct := []any{nil, 3, int64(3), 3.0, "3", []string{"3"}, []string{}, []string(nil), map[string]any{"a": 3},
		map[string]any{"a": 4}, map[string]any{"b": 3}, map[string]any{"a": "b", "c": "d"}, map[string]any{"a": "bc", "": "d"},
		[]any{"ab", "c"}, []any{"a", "bc"}, true, false, Warning, Error}
	seen := map[string]int{}
	for i, v := range distinct {
		e := enc(v)
		if j, ok := seen[e]; ok {
			t.Errorf("%#v and %#v encode the same", distinct[j], v)
		}
		seen[e] = i
	}
	m := map[string]int{}
	for i := range 50 {
		m[string(rune('a'+i%26))+string(rune('a'+i/26))] = i
	}
	first := enc(m)
	for range 5 {
		if enc(m) != first {
			t.Fatal("a map encodes differently from run to run")
		}
	}
	if e := enc(map[string]any{"f": func() {}}); e[:6] != "error:" {
		t.Errorf("a function encoded: %q", e)
	}
}

type bytesBuffer []byte

func (b *bytesBuffer) Write(p []byte) (int, error) { *b = append(*b, p...); return len(p), nil }
