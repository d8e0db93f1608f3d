package lint

import (
	"context"
	"runtime"
	"sync"

	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
)

// MaxJobs is the most packs Stream lints at once, whatever Options.Jobs
// asks: each worker holds a pack's documents and its window of results.
const MaxJobs = 256

// Options configure a lint run.
type Options struct {
	Registry *Registry
	// Resolve returns the settings for a pack (its rule set may depend on its
	// manifest) and, when the pack asked for something unusable such as an
	// unknown jurisdiction, a problem to report on it.
	Resolve func(*pack.Pack) (*Settings, *pack.Problem)
	Date    pack.Date
	Jobs    int // packs linted at once; 0 means the number of CPUs; at most MaxJobs and the number of targets
	// Fingerprint fills each finding's SHA256, for baselines.
	Fingerprint bool
	// Cache keeps the results of the analyses that allow it (Analysis.Keep)
	// from run to run; nil for none.
	Cache ResultCache
	// Packs keeps whole pack results from run to run, keyed by every input
	// they depend on (see PackCache); nil for none.
	Packs PackCache
}

// A PackResult is the outcome of linting one pack.
type PackResult struct {
	Path     string
	Dir      string // the folder on disk
	Ruleset  string
	Manifest string // the manifest's name inside the pack ("kyc.yaml"), or "" when it has none
	Findings []Finding
	Crashed  bool // a rule, or loading or resolving the pack, panicked on it
	// Baselined counts findings dropped because a baseline recorded them.
	Baselined int
	// Checked lists the ids of the rules that ran on the pack, in the
	// registry's order, so that a report can say what passed.
	Checked []string
}

// Run lints every target and returns the results in target order. When
// ctx ends first it returns the results of the packs begun before that (a
// prefix of targets) and ctx.Err().
func Run(ctx context.Context, targets []pack.Target, opt Options) ([]PackResult, error) {
	results := make([]PackResult, 0, len(targets))
	err := Stream(ctx, targets, opt, func(r PackResult) { results = append(results, r) })
	return results, err
}

// Stream lints the targets with at most opt.Jobs packs in flight and calls
// emit for each result in target order, as soon as it and every earlier one
// are done. The output does not depend on Jobs, and memory is bounded by a
// window of a few packs per worker, however many targets there are.
//
// Once ctx is done no further pack is begun: the packs in flight finish and
// are emitted, and Stream returns ctx.Err(). It returns nil when every
// target was linted.
func Stream(ctx context.Context, targets []pack.Target, opt Options, emit func(PackResult)) error {
	jobs := opt.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	jobs = min(jobs, MaxJobs, max(len(targets), 1))
	window := make(chan struct{}, jobs*4) // results held before emission
	next := make(chan int)
	var mu sync.Mutex
	done := map[int]PackResult{}
	emitted := 0
	var wg sync.WaitGroup
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				r := LintPack(targets[i], opt)
				mu.Lock()
				done[i] = r
				for {
					r, ok := done[emitted]
					if !ok {
						break
					}
					delete(done, emitted)
					emitted++
					emit(r)
					<-window
				}
				mu.Unlock()
			}
		}()
	}
	begun := feed(ctx, len(targets), window, next)
	close(next)
	wg.Wait()
	if begun < len(targets) {
		return ctx.Err()
	}
	return nil
}

// feed hands the indexes 0..n-1 to the workers while the window has room,
// until ctx is done, and returns how many it handed out. ctx is checked
// before each one, so that a pack is never begun after ctx ended, even
// when a worker was free at the same moment.
func feed(ctx context.Context, n int, window chan struct{}, next chan<- int) int {
	for i := 0; i < n; i++ {
		if ctx.Err() != nil {
			return i
		}
		select {
		case window <- struct{}{}:
		case <-ctx.Done():
			return i
		}
		if ctx.Err() != nil {
			return i
		}
		select {
		case next <- i:
		case <-ctx.Done():
			return i
		}
	}
	return n
}

// CrashRule is the rule of the finding that stands for a panic outside any
// rule: while loading a pack, choosing its rule set or finishing its
// result.
const CrashRule = "internal.crash"

// LintPack loads one pack and runs every enabled rule on it. A panic
// anywhere in that (loading the pack, resolving its settings, a rule) gives
// a crashed result instead of ending the batch.
func LintPack(t pack.Target, opt Options) (res PackResult) {
	stage, ruleset := "loading it", ""
	defer func() {
		if v := recover(); v != nil {
			res = crashedPack(t, ruleset, stage, v)
		}
	}()
	p := pack.Load(t)
	defer p.Close()
	stage = "choosing its rule set"
	settings, problem := opt.Resolve(p)
	if problem != nil {
		p.Problems = append(p.Problems, *problem)
	}
	ruleset = settings.ID
	var inputs *[32]byte
	if opt.Packs != nil {
		stage = "reading its result from the cache"
		if inputs = packInputs(t, p, settings, opt); inputs != nil {
			if r, ok := cachedResult(opt.Packs, inputs); ok {
				return r
			}
		}
	}
	stage = "running its rules"
	res = PackResult{Path: p.Path, Dir: t.Dir, Ruleset: settings.ID, Findings: []Finding{}}
	res.Manifest = p.ManifestFile
	rules := opt.Registry.List()
	if len(settings.Custom) > 0 {
		rules = append(rules[:len(rules):len(rules)], settings.Custom...)
	}
	budget := &findingBudget{}
	for _, r := range rules {
		rs := settings.Rules[r.ID]
		if rs.Severity == Off || (r.NeedsManifest && !p.HasManifest()) {
			continue
		}
		res.Checked = append(res.Checked, r.ID)
		pass := &Pass{Rule: r, Pack: p, Date: opt.Date, Documents: settings.Documents,
			Settings: settings, config: settings.config(r), severity: rs.Severity, budget: budget, cache: opt.Cache}
		if crash := runRule(pass); crash != nil {
			res.Crashed = true
			pass.findings = append(pass.findings, *crash)
		}
		res.Findings = append(res.Findings, pass.findings...)
	}
	if f := budget.summary(); f != nil {
		res.Findings = append(res.Findings, *f)
	}
	stage = "placing its findings"
	for i := range res.Findings {
		f := &res.Findings[i]
		res.Crashed = res.Crashed || f.Crash
		f.Subject, f.About = p.Subject(f.File, f.Line)
		if opt.Fingerprint {
			f.SHA256 = p.FileSHA256(f.About)
		}
	}
	SortFindings(res.Findings)
	if inputs != nil && !res.Crashed {
		stage = "keeping its result in the cache"
		keepResult(opt.Packs, inputs, res)
	}
	stage = "closing it"
	return res
}

// crashedPack is the result of a pack whose processing panicked outside a
// rule: one finding that says so, in place of any the rules made.
func crashedPack(t pack.Target, ruleset, stage string, v any) PackResult {
	return Crashed(PackResult{Path: t.Path, Dir: t.Dir, Ruleset: ruleset, Manifest: t.Manifest}, stage, v)
}

// Crashed returns r as a crashed result: in place of its findings, one
// that says kyclint panicked with v while doing stage ("reporting it"). A
// caller that processes results further (suppressions, reports) uses it so
// that a panic there too ends one pack, not the batch.
func Crashed(r PackResult, stage string, v any) PackResult {
	r.Crashed, r.Baselined = true, 0
	r.Findings = []Finding{{
		Rule: CrashRule, Severity: Error, Crash: true,
		Message: redact.Textf("internal error: kyclint crashed on this pack while %s: %v", stage, v),
		Hint:    "This is a bug in kyclint, not in the pack; please report it with the message.",
	}}
	return r
}

// runRule runs a rule, turning a panic into a finding so that one bad pack
// or one bug does not stop a batch.
func runRule(p *Pass) (crash *Finding) {
	defer func() {
		if v := recover(); v != nil {
			crash = &Finding{
				Rule: p.Rule.ID, Severity: Error, Crash: true,
				Message: redact.Textf("internal error: rule %s crashed on this pack: %v", p.Rule.ID, v),
				Hint:    "This is a bug in kyclint, not in the pack; please report it with the rule id and message.",
			}
		}
	}()
	p.Rule.Run(p)
	return nil
}
