package ruleset_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/analysis"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/ruleset"
)

func TestBuiltinsLoad(t *testing.T) {
	l := builtinLoader()
	ids := l.BuiltinIDs()
	if !slices.Contains(ids, "base") || !slices.Contains(ids, "gb") || !slices.IsSorted(ids) {
		t.Fatalf("built-ins %q", ids)
	}
	for _, id := range ids {
		s, err := l.Load(id)
		if err != nil {
			t.Errorf("%s: %v", id, err)
			continue
		}
		if s.ID != id || !s.Builtin || s.File != "rules/"+id+".yaml" || s.Chain[len(s.Chain)-1] != s.File {
			t.Errorf("%s: set %+v", id, s)
		}
		for _, r := range l.Registry.List() {
			rs, ok := s.Settings.Rules[r.ID]
			if !ok {
				t.Errorf("%s: no settings for %s", id, r.ID)
				continue
			}
			for _, p := range r.Params {
				if err := p.Check(rs.Params[p.Name]); err != nil {
					t.Errorf("%s: %s.%s: %v", id, r.ID, p.Name, err)
				}
			}
		}
	}
}

func TestGB(t *testing.T) {
	s, err := builtinLoader().Load("gb")
	if err != nil {
		t.Fatal(err)
	}
	rec := s.Settings.Rules["address.recency"].Params
	if rec["max_age_days"] != 90 || !reflect.DeepEqual(rec["by_type"], map[string]int{"tax_notice": 365}) {
		t.Errorf("address.recency = %v", rec)
	}
	if !slices.Equal(s.Chain, []string{"rules/base.yaml", "rules/gb.yaml"}) || s.Extends != "base" {
		t.Errorf("chain %q extends %q", s.Chain, s.Extends)
	}
	if s.Origins["rules.address.recency.by_type"] != "rules/gb.yaml" || s.Origins["rules.file.size.max_bytes"] != "rules/base.yaml" {
		t.Errorf("origins %v", s.Origins)
	}
	if s.Settings.Rules["file.size"].Params["max_bytes"] != int64(2_000_000) { // base.yaml: "2 MB", as the platforms write it
		t.Errorf("file.size = %v", s.Settings.Rules["file.size"].Params)
	}
	if s.Settings.Documents.Accepts(pack.PhoneBill) || !s.Settings.Documents.Accepts(pack.TaxNotice) {
		t.Errorf("documents %+v", s.Settings.Documents)
	}
}

const parentYAML = `id: parent
name: Parent
description: the parent
documents:
  identity: {accepted: [passport], min: 1}
rules:
  identity.age: {min_years: 21, severity: warning}
  address.recency: {max_age_days: 60, by_type: {tax_notice: 200}}
`

const childYAML = `id: child
extends: parent
rules:
  identity.age: {min_years: 16}
  address.recency: {by_type: {government_letter: 30}}
  document.expiring-soon: off
`

func TestExtendsMerge(t *testing.T) {
	l := mapLoader(map[string]string{"parent.yaml": parentYAML, "child.yaml": childYAML})
	before, err := l.Load("parent")
	if err != nil {
		t.Fatal(err)
	}
	child, err := l.Load("child")
	if err != nil {
		t.Fatal(err)
	}
	after, err := l.Load("parent")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(before, after) {
		t.Errorf("loading the child changed the parent:\n%+v\n%+v", before, after)
	}
	age := child.Settings.Rules["identity.age"]
	if age.Params["min_years"] != 16 || age.Severity != lint.Warning {
		t.Errorf("child identity.age = %+v (the severity comes from the parent)", age)
	}
	rec := child.Settings.Rules["address.recency"].Params
	if rec["max_age_days"] != 60 || !reflect.DeepEqual(rec["by_type"], map[string]int{"government_letter": 30}) {
		t.Errorf("child address.recency = %v (a mapping is replaced whole)", rec)
	}
	if child.Settings.Rules["document.expiring-soon"].Severity != lint.Off {
		t.Error("shorthand off not applied")
	}
	if p := before.Settings.Rules["identity.age"]; p.Params["min_years"] != 21 || before.Settings.Rules["document.expiring-soon"].Severity == lint.Off {
		t.Errorf("parent identity.age = %+v", p)
	}
	if child.Name != "extends parent" || child.Description != "" || child.Settings.ID != "child" {
		t.Errorf("child name %q description %q id %q", child.Name, child.Description, child.Settings.ID)
	}
	want := map[string]string{
		"rules.identity.age.min_years":          "rules/child.yaml",
		"rules.identity.age.severity":           "rules/parent.yaml",
		"rules.address.recency.max_age_days":    "rules/parent.yaml",
		"rules.address.recency.by_type":         "rules/child.yaml",
		"rules.document.expiring-soon.severity": "rules/child.yaml",
		"documents.identity":                    "rules/parent.yaml",
	}
	for k, v := range want {
		if child.Origins[k] != v {
			t.Errorf("origin of %s = %q, want %q", k, child.Origins[k], v)
		}
	}
	if len(child.Origins) != len(want) {
		t.Errorf("origins %v", child.Origins)
	}
	if !slices.Equal(child.Chain, []string{"rules/parent.yaml", "rules/child.yaml"}) {
		t.Errorf("chain %q", child.Chain)
	}
	if !slices.Equal(child.Settings.Documents["identity"].Accepted, []pack.DocType{pack.Passport}) {
		t.Errorf("documents %+v", child.Settings.Documents)
	}
}

func TestFileExtendsFileAndBuiltin(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, ".git/HEAD", "ref: refs/heads/main\n") // a repository: extends may leave mine/
	writeFile(t, dir, "shared/team.yaml", "id: team\nextends: gb\nrules:\n  identity.age: {min_years: 19}\n")
	p := writeFile(t, dir, "mine/mine.yaml", "id: mine\nextends: ../shared/team.yaml\nrules:\n  file.size: {max_bytes: 500 KB}\n")
	s, err := builtinLoader().Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Chain) != 4 || s.Chain[0] != "rules/base.yaml" || s.Chain[1] != "rules/gb.yaml" || !strings.HasSuffix(s.Chain[2], "shared/team.yaml") || s.Builtin {
		t.Errorf("chain %q", s.Chain)
	}
	if s.Settings.Rules["identity.age"].Params["min_years"] != 19 || s.Settings.Rules["file.size"].Params["max_bytes"] != int64(500000) {
		t.Errorf("settings %v", s.Settings.Rules)
	}
	if s.Settings.Rules["address.recency"].Params["max_age_days"] != 90 || !strings.HasSuffix(s.Origins["rules.file.size.max_bytes"], "mine/mine.yaml") {
		t.Errorf("origins %v", s.Origins)
	}
}

func TestSizes(t *testing.T) {
	cases := map[string]int64{
		"2 MiB": 2 << 20, "500 KB": 500000, "2097152": 2097152, "2 MB": 2000000, "1.5 KiB": 1536,
		"10KiB": 10240, "0": 0, "3 GB": 3e9, "7 B": 7,
	}
	for text, want := range cases {
		l := mapLoader(map[string]string{"s.yaml": "id: s\nrules:\n  file.size:\n    max_bytes: " + text + "\n"})
		s, err := l.Load("s")
		if err != nil {
			t.Errorf("%q: %v", text, err)
			continue
		}
		if got := s.Settings.Rules["file.size"].Params["max_bytes"]; got != want {
			t.Errorf("%q = %v, want %d", text, got, want)
		}
	}
	for _, text := range []string{"big", "-1", "2 mb", "2 TB", "1e3", "[1]", "99999999999 GiB", "~"} {
		src := "id: s\nrules:\n  file.size:\n    max_bytes: " + text + "\n"
		_, err := mapLoader(map[string]string{"s.yaml": src}).Load("s")
		if err == nil {
			t.Errorf("%q accepted", text)
			continue
		}
		if re := asError(t, err); re.Line != lineOf(t, src, "max_bytes") || !strings.Contains(re.Msg, "size") {
			t.Errorf("%q: %v", text, err)
		}
	}
}

func TestLayerPlatformOnJurisdiction(t *testing.T) {
	l := mapLoader(map[string]string{
		"base.yaml": "id: base\nlayer: base\ndocuments:\n  address: {accepted: [utility_bill, bank_statement, phone_bill], min: 1}\n" +
			"rules:\n  address.recency: {max_age_days: 90}\n",
		"gb.yaml": "id: gb\nlayer: jurisdiction\nextends: base\ndocuments:\n  address: {accepted: [utility_bill, bank_statement]}\n" +
			"rules:\n  address.recency: {by_type: {tax_notice: 365}}\n",
		"okx.yaml": "id: okx\nlayer: platform\nextends: base\ndocuments:\n  address: {accepted: [bank_statement, phone_bill], min: 1}\n  selfie: {min: 1}\n" +
			"rules:\n  identity.age: {min_years: 21}\n  address.same-document: error\n",
	})
	gb, err := l.Load("gb")
	if err != nil {
		t.Fatal(err)
	}
	okx, err := l.Load("okx")
	if err != nil {
		t.Fatal(err)
	}
	s := ruleset.Layer(gb, okx)
	if got := s.Settings.Documents["address"].Accepted; len(got) != 1 || got[0] != "bank_statement" {
		t.Errorf("accepted address proofs %v, want only what both accept: [bank_statement]", got)
	}
	if s.Settings.Documents["selfie"].Min != 1 {
		t.Error("the platform's selfie requirement was lost")
	}
	if s.Settings.Rules["identity.age"].Params["min_years"] != 21 {
		t.Error("the platform's minimum age does not apply")
	}
	if s.Settings.Rules["address.recency"].Params["by_type"].(map[string]int)["tax_notice"] != 365 {
		t.Error("the jurisdiction's values were overwritten by base values repeated in the platform's chain")
	}
	if s.Settings.Rules["address.same-document"].Severity.String() != "error" {
		t.Error("the platform's severity does not apply")
	}
	if gb.Settings.Rules["identity.age"].Params["min_years"] == 21 {
		t.Error("layering changed the jurisdiction's own set")
	}
}

// TestAnalysisSettings follows analyses.image.max_pixels through extends
// and layering, with its origin, and checks that the rules see it.
func TestAnalysisSettings(t *testing.T) {
	l := mapLoader(map[string]string{
		"base.yaml":  "id: base\nlayer: base\n",
		"gb.yaml":    "id: gb\nlayer: jurisdiction\nextends: base\nanalyses:\n  image: {max_pixels: 30000000}\n",
		"okx.yaml":   "id: okx\nlayer: platform\nextends: base\nanalyses:\n  image:\n    max_pixels: 20000000\n",
		"plain.yaml": "id: plain\nlayer: platform\nextends: base\n",
	})
	load := func(id string) *ruleset.Set {
		s, err := l.Load(id)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	gb, okx, plain, base := load("gb"), load("okx"), load("plain"), load("base")
	if got := base.Settings.Analyses["image"]["max_pixels"]; got != 50000000 {
		t.Errorf("default pixel budget %v, want 50000000", got)
	}
	if got := gb.Settings.Analyses["image"]["max_pixels"]; got != 30000000 || gb.Origins["analyses.image.max_pixels"] != "rules/gb.yaml" {
		t.Errorf("gb pixel budget %v from %q", got, gb.Origins["analyses.image.max_pixels"])
	}
	if got := ruleset.Layer(gb, okx).Settings.Analyses["image"]["max_pixels"]; got != 20000000 {
		t.Errorf("the platform's pixel budget does not apply: %v", got)
	}
	if got := ruleset.Layer(gb, plain).Settings.Analyses["image"]["max_pixels"]; got != 30000000 {
		t.Errorf("a platform that sets nothing replaced the jurisdiction's pixel budget: %v", got)
	}
	if got := gb.Settings.Analyses["image"]["max_pixels"]; got != 30000000 {
		t.Errorf("layering changed the jurisdiction's own set: %v", got)
	}
	img, ok := lint.SettingsOf[analysis.ImageSettings](okx.Settings, analysis.Image)
	if !ok || img.MaxPixels != 20000000 {
		t.Errorf("the image analysis sees %+v, %v", img, ok)
	}
}
