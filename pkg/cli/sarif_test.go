package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

func sampleReport(t *testing.T, format string) string {
	t.Helper()
	_, out, errOut := run(t, "lint", "testdata/packs", "--date", "2026-11-26", "--format", format)
	if out == "" {
		t.Fatalf("no %s output; stderr %q", format, errOut)
	}
	return out
}

// TestSARIFValidatesAgainstOfficialSchema checks the sample run's SARIF
// against the OASIS SARIF 2.1.0 schema kept in pkg/report/testdata.
func TestSARIFValidatesAgainstOfficialSchema(t *testing.T) {
	inRoot(t)
	schema, err := os.ReadFile(filepath.Join("pkg", "report", "testdata", "sarif", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := validateJSON(t, schema, sampleReport(t, "sarif")); err != nil {
		t.Errorf("SARIF does not validate: %v", err)
	}
	if validateJSON(t, schema, `{"version":"2.1.0","runs":[{"results":[]}]}`) == nil {
		t.Error("a run without a tool validates: the schema check checks nothing")
	}
}

type sarifLocationDoc struct {
	ID               int `json:"id"`
	PhysicalLocation struct {
		ArtifactLocation struct {
			URI string `json:"uri"`
		} `json:"artifactLocation"`
		Region *struct {
			StartLine int `json:"startLine"`
		} `json:"region"`
	} `json:"physicalLocation"`
}

type sarifDoc struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name, Version, InformationURI string
				Rules                         []struct {
					ID                   string `json:"id"`
					DefaultConfiguration struct {
						Level string `json:"level"`
					} `json:"defaultConfiguration"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Results []struct {
			RuleID    string `json:"ruleId"`
			RuleIndex int    `json:"ruleIndex"`
			Level     string `json:"level"`
			Message   struct {
				Text string `json:"text"`
			} `json:"message"`
			Locations           []sarifLocationDoc `json:"locations"`
			RelatedLocations    []sarifLocationDoc `json:"relatedLocations"`
			PartialFingerprints map[string]string  `json:"partialFingerprints"`
		} `json:"results"`
	} `json:"runs"`
}

// TestSARIFStructure checks what code scanning relies on without the
// corpus: rules sorted with valid levels, each result pointing at its rule
// by id and index, and locations relative to the working directory.
func TestSARIFStructure(t *testing.T) {
	inRoot(t)
	var doc sarifDoc
	if err := json.Unmarshal([]byte(sampleReport(t, "sarif")), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Schema == "" || doc.Version != "2.1.0" || len(doc.Runs) != 1 {
		t.Fatalf("header: $schema %q, version %q, %d runs", doc.Schema, doc.Version, len(doc.Runs))
	}
	run := doc.Runs[0]
	d := run.Tool.Driver
	if d.Name != "kyclint" || d.Version == "" || d.InformationURI != "https://github.com/kyclint/kyclint" {
		t.Errorf("driver %q %q %q", d.Name, d.Version, d.InformationURI)
	}
	levels := map[string]bool{"error": true, "warning": true, "note": true}
	var ids []string
	for _, r := range d.Rules {
		ids = append(ids, r.ID)
		if !levels[r.DefaultConfiguration.Level] {
			t.Errorf("rule %s: level %q", r.ID, r.DefaultConfiguration.Level)
		}
	}
	if len(ids) < 20 || !sort.StringsAreSorted(ids) {
		t.Errorf("rules not sorted or missing: %v", ids)
	}
	related := 0
	for i, res := range run.Results {
		if res.RuleIndex < 0 || res.RuleIndex >= len(ids) || ids[res.RuleIndex] != res.RuleID {
			t.Errorf("result %d: rule %s at index %d", i, res.RuleID, res.RuleIndex)
		}
		if !levels[res.Level] || res.Message.Text == "" || len(res.Locations) != 1 {
			t.Errorf("result %d: level %q, message %q, %d locations", i, res.Level, res.Message.Text, len(res.Locations))
		}
		for _, loc := range append(res.Locations, res.RelatedLocations...) {
			uri := loc.PhysicalLocation.ArtifactLocation.URI
			if !strings.HasPrefix(uri, "testdata/packs/") || strings.Contains(uri, "//") {
				t.Errorf("result %d: uri %q is not relative to the working directory", i, uri)
			}
		}
		// GitHub code scanning needs a start line on every result.
		if r := res.Locations[0].PhysicalLocation.Region; r == nil || r.StartLine < 1 {
			t.Errorf("result %d: no start line: %+v", i, res.Locations[0])
		}
		if len(res.PartialFingerprints["kyclint/v1"]) == 0 {
			t.Errorf("result %d: no partialFingerprints", i)
		}
		for _, loc := range res.RelatedLocations {
			related++
			primary := res.Locations[0].PhysicalLocation.ArtifactLocation.URI
			if loc.ID != 1 || strings.HasSuffix(loc.PhysicalLocation.ArtifactLocation.URI, "/kyc.yaml") || !strings.HasSuffix(primary, "/kyc.yaml") {
				t.Errorf("result %d: a finding on a photo should point at its kyc.yaml line (got %s) with the photo related (got %+v)", i, primary, loc)
			}
		}
	}
	if len(run.Results) != 29 || related != 7 {
		t.Errorf("%d results, %d with a related location; want 29 and 7 (the image findings of emma-wrong-files, "+
			"and mrz.unreadable on the two photos of kai-resident-id)", len(run.Results), related)
	}
}
