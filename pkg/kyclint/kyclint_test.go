package kyclint

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kyclint/kyclint/pkg/cli"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/report"
)

const samples = "../../testdata/packs"

var lintDay = time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)

// full lints the sample packs without interference: what the other tests
// compare with.
func full(t *testing.T) []PackResult {
	t.Helper()
	res, err := Lint(context.Background(), []string{samples}, Options{Date: lintDay, Jobs: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Packs) < 5 {
		t.Fatalf("only %d sample packs", len(res.Packs))
	}
	return res.Packs
}

// platformPacks writes copies of a sample pack whose manifests name a
// platform on top of the jurisdiction, an unknown jurisdiction, and an
// unknown platform.
func platformPacks(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	src := filepath.Join(samples, "anna-clean")
	manifest, err := os.ReadFile(filepath.Join(src, "kyc.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for name, edit := range map[string]string{
		"gb-binance": "jurisdiction: gb\nplatform: binance",
		"xx":         "jurisdiction: xx",
		"gb-nowhere": "jurisdiction: gb\nplatform: nowhere",
	} {
		dir := filepath.Join(root, name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		m := strings.Replace(string(manifest), "jurisdiction: gb", edit, 1)
		if err := os.WriteFile(filepath.Join(dir, "kyc.yaml"), []byte(m), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, f := range []string{"passport.jpg", "bill.pdf"} {
			data, err := os.ReadFile(filepath.Join(src, f))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, f), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return root
}

// TestLintIsWhatTheCommandReports renders the library's results as the
// command's JSON report and compares it byte for byte with what `kyclint
// lint --format json` prints, for the sample packs and for packs that name
// a platform or an unknown rule set, with each manifest's rule set and
// with a fixed one.
func TestLintIsWhatTheCommandReports(t *testing.T) {
	platforms := platformPacks(t)
	for _, c := range []struct {
		name  string
		paths []string
		rules string
	}{
		{"samples", []string{samples}, ""},
		{"platforms", []string{platforms}, ""},
		{"fixed", []string{samples, platforms}, "gb"},
	} {
		t.Run(c.name, func(t *testing.T) {
			args := append([]string{"lint", "--date", "2026-11-26", "--format", "json", "--redact", "never",
				"--no-config", "--no-baseline", "--fail-on", "never", "--jobs", "2"}, c.paths...)
			if c.rules != "" {
				args = append(args, "--rules", c.rules)
			}
			io, _, out, errOut := cli.Test()
			f := cli.NewFactory(io)
			if code := cli.Run(args, f); code != 0 {
				t.Fatalf("kyclint %s: exit %d: %s", strings.Join(args, " "), code, errOut)
			}
			res, err := Lint(context.Background(), c.paths, Options{Rules: c.rules, Date: lintDay, Jobs: 2})
			if err != nil {
				t.Fatal(err)
			}
			w, err := report.New("json", report.Options{FailOn: lint.Off})
			if err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			meta := report.Meta{ToolVersion: f.ShortVersion(), Ruleset: res.Ruleset, Date: "2026-11-26", FailOn: lint.Off, Reveal: true}
			if err := w.Write(&got, report.Build(res.Packs, meta)); err != nil {
				t.Fatal(err)
			}
			if got.String() != out.String() {
				t.Errorf("the library's report differs from the command's:\n--- library\n%s\n--- command\n%s", got.String(), out.String())
			}
		})
	}
}

// TestRuleSetPerManifest checks the layering itself: a platform goes on top
// of the jurisdiction, and an unknown rule set is a pack.manifest finding
// on that pack, not an error of the run.
func TestRuleSetPerManifest(t *testing.T) {
	res, err := Lint(context.Background(), []string{platformPacks(t)}, Options{Date: lintDay})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"gb-binance": "gb+binance", "gb-nowhere": "gb", "xx": "base"}
	for _, p := range res.Packs {
		name := filepath.Base(p.Path)
		if p.Ruleset != want[name] {
			t.Errorf("%s: linted with %q, want %q", name, p.Ruleset, want[name])
		}
		manifestFinding := false
		for _, f := range p.Findings {
			manifestFinding = manifestFinding || f.Rule == "pack.manifest"
		}
		if manifestFinding != (name != "gb-binance") {
			t.Errorf("%s: a pack.manifest finding is %v, want %v: %+v", name, manifestFinding, !manifestFinding, p.Findings)
		}
	}
	if res.Ruleset != "auto" || len(res.Packs) != len(want) {
		t.Errorf("run rule set %q with %d packs, want auto with %d", res.Ruleset, len(res.Packs), len(want))
	}
}

// TestCancelledBeforeStart: a context already done reads no pack and
// returns its error at once.
func TestCancelledBeforeStart(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var begun atomic.Int32
	start := time.Now()
	res, err := Lint(ctx, []string{samples}, Options{Date: lintDay, beforeResolve: func(*pack.Pack) { begun.Add(1) }})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if res != nil || begun.Load() != 0 {
		t.Errorf("got %+v and %d packs begun, want no result and none", res, begun.Load())
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("took %v to return", d)
	}
	if err := Stream(ctx, []string{samples}, Options{}, func(PackResult) { t.Error("a pack was emitted") }); !errors.Is(err, context.Canceled) {
		t.Errorf("Stream: err = %v, want context.Canceled", err)
	}
}

// TestCancelledMidBatch cancels after the first result: no pack is begun
// after that, those in progress finish and are reported, and they are the
// first packs with the results of an uninterrupted run.
func TestCancelledMidBatch(t *testing.T) {
	want := full(t)
	for _, jobs := range []int{1, 2} {
		ctx, cancel := context.WithCancel(context.Background())
		var begun atomic.Int32
		var got []PackResult
		err := Stream(ctx, []string{samples}, Options{Date: lintDay, Jobs: jobs, beforeResolve: func(*pack.Pack) { begun.Add(1) }},
			func(r PackResult) {
				got = append(got, r)
				cancel()
			})
		cancel()
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("jobs %d: err = %v, want context.Canceled", jobs, err)
		}
		if int(begun.Load()) != len(got) {
			t.Errorf("jobs %d: %d packs begun, %d reported", jobs, begun.Load(), len(got))
		}
		if jobs == 1 && len(got) != 1 {
			t.Errorf("jobs 1: %d packs reported after cancelling on the first, want 1", len(got))
		}
		if len(got) > jobs+1 || len(got) >= len(want) {
			t.Errorf("jobs %d: %d of %d packs reported: the batch went on after the cancel", jobs, len(got), len(want))
		}
		if !reflect.DeepEqual(got, want[:len(got)]) {
			t.Errorf("jobs %d: the packs reported are not the first ones of a full run", jobs)
		}
	}
}

// TestCancelledLintKeepsResults: Lint returns the results it has with the
// context's error.
func TestCancelledLintKeepsResults(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	res, err := Lint(ctx, []string{samples}, Options{Date: lintDay, Jobs: 1, beforeResolve: func(p *pack.Pack) {
		if filepath.Base(p.Path) == "ben-expired-passport" {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) || res == nil {
		t.Fatalf("got %v, %v; want a result and context.Canceled", res, err)
	}
	if n := len(res.Packs); n != 2 || filepath.Base(res.Packs[1].Path) != "ben-expired-passport" {
		t.Errorf("got %d packs, want the first two, the second cancelled while in progress", n)
	}
}

// TestPanicCrashesOnePack makes choosing one pack's rule set panic: that
// pack has a crashed result saying so, and every other pack is linted as
// usual, in order.
func TestPanicCrashesOnePack(t *testing.T) {
	want := full(t)
	res, err := Lint(context.Background(), []string{samples}, Options{Date: lintDay, Jobs: 2, beforeResolve: func(p *pack.Pack) {
		if filepath.Base(p.Path) == "dev-manifest-typos" {
			panic("boom")
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Packs) != len(want) {
		t.Fatalf("%d packs, want %d", len(res.Packs), len(want))
	}
	crashed := 0
	for i, p := range res.Packs {
		if filepath.Base(p.Path) != "dev-manifest-typos" {
			if !reflect.DeepEqual(p, want[i]) {
				t.Errorf("%s: result differs from an uninterrupted run's", p.Path)
			}
			continue
		}
		crashed++
		if !p.Crashed || p.Path != want[i].Path || p.Dir != want[i].Dir || p.Manifest != "kyc.yaml" || len(p.Findings) != 1 {
			t.Fatalf("crashed pack: %+v", p)
		}
		f := p.Findings[0]
		if f.Rule != lint.CrashRule || !f.Crash || f.Severity != lint.Error ||
			f.Message.Plain != "internal error: kyclint crashed on this pack while choosing its rule set: boom" {
			t.Errorf("crash finding: %+v", f)
		}
	}
	if crashed != 1 {
		t.Errorf("%d crashed packs, want 1", crashed)
	}
}

// TestNilSettingsCrash: a resolver that returns no settings is a crash of
// that pack, not of the run.
func TestNilSettingsCrash(t *testing.T) {
	targets, err := pack.Discover([]string{filepath.Join(samples, "anna-clean")})
	if err != nil || len(targets) != 1 {
		t.Fatal(targets, err)
	}
	r, err := prepare(Options{Date: lintDay})
	if err != nil {
		t.Fatal(err)
	}
	results, err := lint.Run(context.Background(), targets, lint.Options{Registry: r.registry, Date: r.date,
		Resolve: func(*pack.Pack) (*lint.Settings, *pack.Problem) { return nil, nil }})
	if err != nil || len(results) != 1 || !results[0].Crashed {
		t.Fatalf("got %+v, %v; want one crashed result", results, err)
	}
	if m := results[0].Findings[0].Message.Plain; !strings.Contains(m, "while choosing its rule set: runtime error: invalid memory address") {
		t.Errorf("message %q", m)
	}
}

// TestBadOptions: what cannot work is an error before any pack is read.
func TestBadOptions(t *testing.T) {
	for _, opt := range []Options{
		{Rules: "nowhere"},
		{Config: "no-such-config.yaml"},
		{Baseline: "no-such-baseline.json"},
		{Jobs: -1},
	} {
		var begun atomic.Int32
		opt.beforeResolve = func(*pack.Pack) { begun.Add(1) }
		if res, err := Lint(context.Background(), []string{samples}, opt); err == nil || res != nil || begun.Load() != 0 {
			t.Errorf("%+v: got %v, %v after %d packs; want an error first", opt, res, err, begun.Load())
		}
	}
}
