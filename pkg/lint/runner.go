package lint

import (
	"runtime"
	"sync"

	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
)

// Options configure a lint run.
type Options struct {
	Registry *Registry
	// Resolve returns the settings for a pack (its rule set may depend on its
	// manifest) and, when the pack asked for something unusable such as an
	// unknown jurisdiction, a problem to report on it.
	Resolve func(*pack.Pack) (*Settings, *pack.Problem)
	Date    pack.Date
	Jobs    int // packs linted at once; 0 means the number of CPUs
	// Fingerprint fills each finding's SHA256, for baselines.
	Fingerprint bool
}

// A PackResult is the outcome of linting one pack.
type PackResult struct {
	Path     string
	Dir      string // the folder on disk
	Ruleset  string
	Manifest string // the manifest's name inside the pack ("kyc.yaml"), or "" when it has none
	Findings []Finding
	Crashed  bool // a rule panicked on this pack
	// Baselined counts findings dropped because a baseline recorded them.
	Baselined int
}

// Run lints every target and returns the results in target order.
func Run(targets []pack.Target, opt Options) []PackResult {
	results := make([]PackResult, 0, len(targets))
	Stream(targets, opt, func(r PackResult) { results = append(results, r) })
	return results
}

// Stream lints the targets with at most opt.Jobs packs in flight and calls
// emit for each result in target order, as soon as it and every earlier one
// are done. The output does not depend on Jobs, and memory is bounded by a
// window of a few packs per worker, however many targets there are.
func Stream(targets []pack.Target, opt Options, emit func(PackResult)) {
	jobs := opt.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
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
	for i := range targets {
		window <- struct{}{}
		next <- i
	}
	close(next)
	wg.Wait()
}

// LintPack loads one pack and runs every enabled rule on it.
func LintPack(t pack.Target, opt Options) PackResult {
	p := pack.Load(t)
	defer p.Close()
	settings, problem := opt.Resolve(p)
	if problem != nil {
		p.Problems = append(p.Problems, *problem)
	}
	res := PackResult{Path: p.Path, Dir: t.Dir, Ruleset: settings.ID, Findings: []Finding{}}
	res.Manifest = p.ManifestFile
	rules := opt.Registry.List()
	if len(settings.Custom) > 0 {
		rules = append(rules[:len(rules):len(rules)], settings.Custom...)
	}
	for _, r := range rules {
		rs := settings.Rules[r.ID]
		if rs.Severity == Off || (r.NeedsManifest && !p.HasManifest()) {
			continue
		}
		pass := &Pass{Rule: r, Pack: p, Date: opt.Date, Documents: settings.Documents,
			Settings: settings, params: rs.Params, config: settings.config(r), severity: rs.Severity}
		if crash := runRule(pass); crash != nil {
			res.Crashed = true
			pass.findings = append(pass.findings, *crash)
		}
		res.Findings = append(res.Findings, pass.findings...)
	}
	for i := range res.Findings {
		f := &res.Findings[i]
		res.Crashed = res.Crashed || f.Crash
		f.Subject, f.About = p.Subject(f.File, f.Line)
		if opt.Fingerprint {
			f.SHA256 = p.FileSHA256(f.About)
		}
	}
	SortFindings(res.Findings)
	return res
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
