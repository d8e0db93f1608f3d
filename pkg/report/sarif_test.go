package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

func TestSARIFURI(t *testing.T) {
	workDir = func() (string, error) { return "/srv", nil }
	defer func() { workDir = os.Getwd }()
	for in, want := range map[string]string{
		"packs/a/kyc.yaml":      "packs/a/kyc.yaml",
		"./packs/a/kyc.yaml":    "packs/a/kyc.yaml",
		"packs/a/id front.jpg":  "packs/a/id%20front.jpg",
		"../packs/a/50%.jpg":    "../packs/a/50%25.jpg",
		"/srv/packs/a/kyc.yaml": "packs/a/kyc.yaml",
		"/home/x/a/kyc.yaml":    "../home/x/a/kyc.yaml",
		"a:b/kyc.yaml":          "./a:b/kyc.yaml",
	} {
		if got := sarifURI(in); got != want {
			t.Errorf("%q: got %q, want %q", in, got, want)
		}
	}
}

func TestSARIFLocationsAndRules(t *testing.T) {
	var log sarifLog
	if err := json.Unmarshal([]byte(render(t, "sarif", Options{Rules: fixtureRules}, fixture())), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	var ids []string
	for _, r := range run.Tool.Driver.Rules {
		ids = append(ids, r.ID+"="+r.DefaultConfiguration.Level)
	}
	// document.expired is not among the known rules but a finding names it.
	wantIDs := "[document.expired=error file.exif=note image.blur=error pack.manifest=error pack.unlisted-file=warning]"
	if got := fmt.Sprint(ids); got != wantIDs {
		t.Errorf("rules %s, want %s", got, wantIDs)
	}
	want := []struct {
		uri, related string
		line, index  int
	}{
		{"packs/a/kyc.yml", "packs/a/id%20front.jpg", 9, 2},
		{"packs/a/kyc.yml", "", 12, 0},
		{"packs/a/notes.txt", "", 1, 4},
		{"packs/b", "", 1, 3},
	}
	if len(run.Results) != len(want) {
		t.Fatalf("%d results", len(run.Results))
	}
	for i, w := range want {
		res := run.Results[i]
		loc := res.Locations[0].PhysicalLocation
		line := 0
		if loc.Region != nil {
			line = loc.Region.StartLine
		}
		related := ""
		if len(res.RelatedLocations) == 1 {
			rel := res.RelatedLocations[0]
			related = rel.PhysicalLocation.ArtifactLocation.URI
			if rel.ID != 1 || rel.PhysicalLocation.Region != nil {
				t.Errorf("result %d: related location %+v", i, rel)
			}
		}
		if loc.ArtifactLocation.URIBaseID != "%SRCROOT%" || len(res.PartialFingerprints["kyclint/v1"]) == 0 {
			t.Errorf("result %d: uriBaseId %q, fingerprints %v", i, loc.ArtifactLocation.URIBaseID, res.PartialFingerprints)
		}
		if loc.ArtifactLocation.URI != w.uri || line != w.line || related != w.related || res.RuleIndex != w.index {
			t.Errorf("result %d: %s line %d related %q index %d; want %+v", i, loc.ArtifactLocation.URI, line, related, res.RuleIndex, w)
		}
	}
}

// TestSARIFValidatesAgainstOASISSchema checks the fixture's SARIF against the
// OASIS SARIF 2.1.0 schema kept in testdata/sarif.
func TestSARIFValidatesAgainstOASISSchema(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "sarif", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("sarif-schema-2.1.0.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		doc   string
		valid bool
	}{
		{"fixture", render(t, "sarif", Options{Rules: fixtureRules}, fixture()), true},
		{"no findings", render(t, "sarif", Options{}, Build(nil, Meta{ToolVersion: "1.2.3", Date: "2026-11-26"})), true},
		{"a run without a tool", `{"version":"2.1.0","runs":[{"results":[]}]}`, false},
	} {
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(c.doc))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if err := sch.Validate(inst); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, want %v: %v", c.name, err == nil, c.valid, err)
		}
	}
}
