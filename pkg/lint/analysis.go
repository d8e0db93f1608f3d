package lint

import (
	"fmt"
	"strings"

	"github.com/kyclint/kyclint/pkg/pack"
)

// An Analyzer is what every Analysis has in common, whatever its result
// type: rules list the analyses they use in Rule.Requires, and the registry
// collects their settings.
type Analyzer interface {
	Name() string
	Doc() string
	// Params are the analysis's settings, which a rule set changes under
	// analyses.NAME; nil when it has none.
	Params() []Param
	configFrom(values map[string]any) any
	validate() error
	// requires lists the analyses this one reads (see NewDerivedAnalysis).
	requires() []Analyzer
}

// An Analysis is work several rules need from one document — decoding an
// image and measuring it, reading an MRZ, parsing a PDF, hashing the file —
// done at most once per document per lint and shared, with a result of Go
// type T. Make one with NewAnalysis or NewConfiguredAnalysis.
type Analysis[T any] struct {
	name, doc string
	params    []Param
	config    func(map[string]any) any
	run       func(p *Pass, d *pack.Document, config any) T
	needs     []Analyzer
	declErr   error
	keep      *keeper[T]
}

// A keeper encodes an analysis's results for a ResultCache (see Keep).
type keeper[T any] struct {
	version string
	encode  func(T) ([]byte, bool)
	decode  func([]byte) (T, error)
}

// NewAnalysis declares an analysis without settings.
func NewAnalysis[T any](name, doc string, run func(*pack.Document) T) *Analysis[T] {
	return &Analysis[T]{name: name, doc: doc, run: func(_ *Pass, d *pack.Document, _ any) T { return run(d) }}
}

// NewDerivedAnalysis declares an analysis built on others: run receives the
// pass of the rule that asked, through which it reads the analyses listed in
// requires (with that rule set's settings). A rule that lists the derived
// analysis may use them without listing them itself.
func NewDerivedAnalysis[T any](name, doc string, requires []Analyzer, run func(*Pass, *pack.Document) T) *Analysis[T] {
	return &Analysis[T]{name: name, doc: doc, needs: requires,
		run: func(p *Pass, d *pack.Document, _ any) T { return run(p, d) }}
}

// NewConfiguredAnalysis declares an analysis with settings: the fields of
// P, tagged as New describes for a rule's parameters, with defaults. A rule
// set changes them under analyses.NAME, and every rule that requires the
// analysis sees the same result.
func NewConfiguredAnalysis[T, P any](name, doc string, defaults P, run func(*pack.Document, P) T) *Analysis[T] {
	params, err := paramsOf(defaults)
	return &Analysis[T]{
		name: name, doc: doc, params: params, declErr: err,
		config: func(values map[string]any) any { return buildConfig(defaults, values) },
		run:    func(_ *Pass, d *pack.Document, c any) T { return run(d, c.(P)) },
	}
}

// NewConfiguredDerivedAnalysis declares an analysis with settings (as
// NewConfiguredAnalysis) that is built on others (as NewDerivedAnalysis).
func NewConfiguredDerivedAnalysis[T, P any](name, doc string, defaults P, requires []Analyzer, run func(*Pass, *pack.Document, P) T) *Analysis[T] {
	params, err := paramsOf(defaults)
	return &Analysis[T]{
		name: name, doc: doc, params: params, declErr: err, needs: requires,
		config: func(values map[string]any) any { return buildConfig(defaults, values) },
		run:    func(p *Pass, d *pack.Document, c any) T { return run(p, d, c.(P)) },
	}
}

// Name returns the analysis's name, as rule sets write it.
func (a *Analysis[T]) Name() string { return a.name }

// Doc says what the analysis computes.
func (a *Analysis[T]) Doc() string { return a.doc }

// Params returns the analysis's settings.
func (a *Analysis[T]) Params() []Param { return a.params }

func (a *Analysis[T]) requires() []Analyzer { return a.needs }

func (a *Analysis[T]) configFrom(values map[string]any) any {
	if a.config == nil {
		return nil
	}
	return a.config(values)
}

// Of returns the analysis of document d, computing it on first use in this
// lint. The rule running p must list a in its Requires, or an analysis it
// lists must require a: what a rule depends on is declared, not discovered.
func (a *Analysis[T]) Of(p *Pass, d *pack.Document) T {
	if !reaches(p.Rule.Requires, a) {
		panic(fmt.Sprintf("rule %s uses analysis %s without listing it in Requires", p.Rule.ID, a.name))
	}
	return d.Shared(a, func() any { return a.compute(p, d) }).(T)
}

// Keep lets a run's ResultCache keep a's results from run to run, keyed by
// the document's content, version and the settings of a and of the
// analyses it requires. encode returns false for a result not to keep (one
// it cannot encode exactly); decode's error makes the entry a miss, so the
// result is computed again. version names both the work and the encoding:
// change it whenever either changes. It returns a.
func (a *Analysis[T]) Keep(version string, encode func(T) ([]byte, bool), decode func([]byte) (T, error)) *Analysis[T] {
	a.keep = &keeper[T]{version: version, encode: encode, decode: decode}
	return a
}

// compute runs a on d, or reads its result from the run's cache.
func (a *Analysis[T]) compute(p *Pass, d *pack.Document) T {
	config := p.Settings.analysisConfig(a)
	if a.keep == nil || p.cache == nil {
		return a.run(p, d, config)
	}
	key := a.cacheKey(p.Settings)
	if data, ok := p.cache.Get(d, key); ok {
		if v, err := a.keep.decode(data); err == nil {
			return v
		}
	}
	v := a.run(p, d, config)
	if data, ok := a.keep.encode(v); ok {
		p.cache.Put(d, key, data)
	}
	return v
}

// cacheKey names a's result for a ResultCache: its name and version and
// the settings of a and of every analysis it requires.
func (a *Analysis[T]) cacheKey(s *Settings) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s@%s", a.name, a.keep.version)
	var add func(x Analyzer)
	add = func(x Analyzer) {
		fmt.Fprintf(&b, ";%s=%#v", x.Name(), s.analysisConfig(x))
		for _, y := range x.requires() {
			add(y)
		}
	}
	add(a)
	return b.String()
}

// A ResultCache keeps analysis results from run to run (Options.Cache).
// Both methods are called from several goroutines at once; a cache that
// fails says it has nothing, and stores nothing.
type ResultCache interface {
	// Get returns what Put stored under key for a document with d's
	// content.
	Get(d *pack.Document, key string) ([]byte, bool)
	// Put stores an encoded result under key for d's content.
	Put(d *pack.Document, key string, data []byte)
}

// reaches reports whether a is in list or required, at any depth, by an
// analysis in it.
func reaches(list []Analyzer, a Analyzer) bool {
	for _, b := range list {
		if b == a || reaches(b.requires(), a) {
			return true
		}
	}
	return false
}

func (a *Analysis[T]) validate() error {
	if a.name == "" || a.doc == "" {
		return fmt.Errorf("analysis %q: name and doc are required", a.name)
	}
	if a.declErr != nil {
		return fmt.Errorf("analysis %s: %w", a.name, a.declErr)
	}
	for _, p := range a.params {
		if err := p.validate(); err != nil {
			return fmt.Errorf("analysis %s: %w", a.name, err)
		}
	}
	return nil
}

// SettingsOf returns analysis a's settings under s as the type P that a was
// declared with (see NewConfiguredAnalysis); ok is false when they are not
// a P.
func SettingsOf[P any](s *Settings, a Analyzer) (c P, ok bool) {
	c, ok = s.analysisConfig(a).(P)
	return c, ok
}
