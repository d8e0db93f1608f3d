package lint

import (
	"reflect"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/pack"
)

type sampleParams struct {
	Limit   float64            `param:"limit" min:"1" max:"10" doc:"a bound"`
	Count   int                `param:"count" doc:"how many"`
	Enabled bool               `param:"enabled" doc:"on or off"`
	Mode    string             `param:"mode" values:"fast,slow" doc:"speed"`
	Kinds   []string           `param:"kinds" values:"@categories" doc:"categories"`
	Size    Bytes              `param:"size" doc:"a size"`
	PerKind map[string]float64 `param:"per_kind" keys:"@categories" doc:"limit per category"`
}

func sampleRule(got *sampleParams) *Rule {
	return New(&Rule{ID: "sample.rule", Title: "a sample", Why: "tests", Hint: "None.", Severity: Error},
		sampleParams{Limit: 2, Count: 3, Mode: "fast", Kinds: []string{"identity"}, Size: 1 << 20,
			PerKind: map[string]float64{"selfie": 5}},
		func(p *Pass, c sampleParams) { *got = c })
}

func TestNewDeclaresParamsFromTags(t *testing.T) {
	r := sampleRule(new(sampleParams))
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	want := []Param{
		{Name: "limit", Type: FloatParam, Default: 2.0, Doc: "a bound", Min: 1, Max: 10},
		{Name: "count", Type: IntParam, Default: 3, Doc: "how many"},
		{Name: "enabled", Type: BoolParam, Default: false, Doc: "on or off"},
		{Name: "mode", Type: StringParam, Default: "fast", Doc: "speed", Values: []string{"fast", "slow"}},
		{Name: "kinds", Type: ListParam, Default: []string{"identity"}, Doc: "categories", Values: categoryWords},
		{Name: "size", Type: BytesParam, Default: int64(1 << 20), Doc: "a size"},
		{Name: "per_kind", Type: FloatMapParam, Default: map[string]float64{"selfie": 5}, Doc: "limit per category", Keys: categoryWords},
	}
	if !reflect.DeepEqual(r.Params, want) {
		t.Errorf("params:\n got %+v\nwant %+v", r.Params, want)
	}
	if err := r.Param("limit").Check(11.0); err == nil || !strings.Contains(err.Error(), "at most 10") {
		t.Errorf("limit 11: got %v, want an upper-bound error", err)
	}
	if err := r.Param("limit").Check(0.5); err == nil {
		t.Error("limit 0.5 passed its lower bound")
	}
}

func TestRuleReceivesTypedValues(t *testing.T) {
	var got sampleParams
	r := sampleRule(&got)
	reg, err := NewRegistry([]*Rule{r})
	if err != nil {
		t.Fatal(err)
	}
	s := Defaults(reg)
	s.Rules["sample.rule"].Params["limit"] = 7.5
	s.Rules["sample.rule"].Params["size"] = int64(42)
	p := &Pass{Rule: r, Settings: s, config: s.config(r)}
	r.Run(p)
	want := sampleParams{Limit: 7.5, Count: 3, Mode: "fast", Kinds: []string{"identity"}, Size: 42,
		PerKind: map[string]float64{"selfie": 5}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

func TestMalformedDeclarationIsRefused(t *testing.T) {
	type untagged struct{ Limit float64 }
	type badType struct {
		C complex128 `param:"c" doc:"no"`
	}
	type badMin struct {
		N int `param:"n" min:"one" doc:"no"`
	}
	for name, r := range map[string]*Rule{
		"untagged": New(&Rule{ID: "a.b", Title: "t", Why: "w", Hint: "H.", Severity: Error}, untagged{}, func(*Pass, untagged) {}),
		"type":     New(&Rule{ID: "a.b", Title: "t", Why: "w", Hint: "H.", Severity: Error}, badType{}, func(*Pass, badType) {}),
		"min":      New(&Rule{ID: "a.b", Title: "t", Why: "w", Hint: "H.", Severity: Error}, badMin{}, func(*Pass, badMin) {}),
		"nodoc": New(&Rule{ID: "a.b", Title: "t", Why: "w", Hint: "H.", Severity: Error}, struct {
			N int `param:"n"`
		}{}, func(*Pass, struct {
			N int `param:"n"`
		}) {
		}),
	} {
		if _, err := NewRegistry([]*Rule{r}); err == nil {
			t.Errorf("%s: registry accepted a malformed declaration", name)
		}
	}
}

type budget struct {
	MaxPixels int `param:"max_pixels" min:"1" doc:"largest image decoded"`
}

func TestAnalysisRunsOncePerDocumentWithItsSettings(t *testing.T) {
	runs := 0
	a := NewConfiguredAnalysis("sample", "counts runs", budget{MaxPixels: 10},
		func(d *pack.Document, b budget) int { runs++; return b.MaxPixels })
	var seen []int
	mk := func(id string) *Rule {
		return &Rule{ID: id, Title: "t", Why: "w", Hint: "H.", Severity: Error, Requires: []Analyzer{a},
			Run: func(p *Pass) { seen = append(seen, a.Of(p, p.Pack.Documents[0])) }}
	}
	reg, err := NewRegistry([]*Rule{mk("x.one"), mk("x.two")})
	if err != nil {
		t.Fatal(err)
	}
	if got := reg.Analyzers(); len(got) != 1 || got[0].Name() != "sample" {
		t.Fatalf("analyzers = %v, want the one analysis", got)
	}
	s := Defaults(reg)
	s.Analyses["sample"]["max_pixels"] = 99
	pk := &pack.Pack{Documents: []*pack.Document{{File: "a.jpg"}}}
	for _, r := range reg.List() {
		r.Run(&Pass{Rule: r, Pack: pk, Settings: s})
	}
	if runs != 1 || !reflect.DeepEqual(seen, []int{99, 99}) {
		t.Errorf("runs = %d, seen = %v; want 1 run seen as [99 99]", runs, seen)
	}
}

func TestUndeclaredAnalysisPanics(t *testing.T) {
	a := NewAnalysis("sample", "doc", func(*pack.Document) int { return 1 })
	r := &Rule{ID: "x.y", Title: "t", Why: "w", Hint: "H.", Severity: Error}
	defer func() {
		if v := recover(); v == nil || !strings.Contains(v.(string), "without listing it in Requires") {
			t.Errorf("recover() = %v, want the undeclared-analysis panic", v)
		}
	}()
	a.Of(&Pass{Rule: r, Settings: &Settings{}}, &pack.Document{})
}

func TestHandWrittenParamsAreRefused(t *testing.T) {
	r := &Rule{ID: "a.b", Title: "t", Why: "w", Hint: "H.", Severity: Error, Run: func(*Pass) {},
		Params: []Param{{Name: "n", Type: IntParam, Default: 1, Doc: "a number"}}}
	if _, err := NewRegistry([]*Rule{r}); err == nil || !strings.Contains(err.Error(), "lint.New") {
		t.Errorf("NewRegistry: %v, want a refusal naming lint.New", err)
	}
}

func TestDerivedAnalysisReadsItsRequirements(t *testing.T) {
	base := NewConfiguredAnalysis("base", "a number", budget{MaxPixels: 10},
		func(_ *pack.Document, b budget) int { return b.MaxPixels })
	derived := NewDerivedAnalysis("derived", "twice the number", []Analyzer{base},
		func(p *Pass, d *pack.Document) int { return 2 * base.Of(p, d) })
	var got int
	r := &Rule{ID: "x.y", Title: "t", Why: "w", Hint: "H.", Severity: Error, Requires: []Analyzer{derived},
		Run: func(p *Pass) { got = derived.Of(p, p.Pack.Documents[0]) }}
	reg, err := NewRegistry([]*Rule{r})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(reg.Analyzers()); n != 2 {
		t.Fatalf("registry knows %d analyses, want the derived one and its requirement", n)
	}
	s := Defaults(reg)
	s.Analyses["base"]["max_pixels"] = 21
	r.Run(&Pass{Rule: r, Pack: &pack.Pack{Documents: []*pack.Document{{File: "a"}}}, Settings: s})
	if got != 42 {
		t.Errorf("derived = %d, want 42: the requirement must see the rule set's settings", got)
	}
}
