package report

import (
	"strings"

	"github.com/kyclint/kyclint/pkg/lint"
)

// fixture is a small report with the cases the machine formats treat
// differently: a finding on the manifest, one on an image the manifest
// declares (in a pack whose manifest is kyc.yml), one on an unlisted file,
// and one on a pack without a manifest.
func fixture() *Report {
	r := Build(nil, Meta{ToolVersion: "1.2.3", Ruleset: "auto", Date: "2026-11-26", FailOn: lint.Error})
	r.Add(Pack{Path: "packs/a", Ruleset: "gb", Manifest: "kyc.yml", Status: "fail", Findings: []Finding{
		{Rule: "image.blur", Severity: lint.Error, File: "id front.jpg", ManifestLine: 9, Message: "image is blurry", Hint: "Retake it.", Data: map[string]any{}},
		{Rule: "document.expired", Severity: lint.Error, File: "kyc.yml", Line: 12, ManifestLine: 12, Message: "passport.jpg expired", Hint: "Renew it.", Data: map[string]any{}},
		{Rule: "pack.unlisted-file", Severity: lint.Warning, File: "notes.txt", Message: "notes.txt is not listed", Hint: "List it.", Data: map[string]any{}},
	}})
	r.Add(Pack{Path: "packs/b", Ruleset: "base", Status: "pass", Findings: []Finding{
		{Rule: "pack.manifest", Severity: lint.Info, Message: "no kyc.yaml", Hint: "Write one.", Data: map[string]any{}},
	}})
	r.Add(Pack{Path: "packs/c", Ruleset: "base", Manifest: "kyc.yaml", Status: "pass", Findings: []Finding{}})
	return r
}

var fixtureRules = []RuleDoc{
	{ID: "pack.manifest", Title: "the manifest is missing or invalid", Why: "Reviewers need it.", Hint: "Fix it.", Severity: lint.Error},
	{ID: "image.blur", Title: "a photo is blurry", Why: "Blurry photos are declined.", Hint: "Retake it.", Severity: lint.Error},
	{ID: "pack.unlisted-file", Title: "a file is not in the manifest", Why: "Stray files confuse.", Hint: "List it.", Severity: lint.Warning},
	{ID: "file.exif", Title: "a photo has no date", Why: "Informative.", Hint: "None.", Severity: lint.Info},
}

func render(t interface{ Fatal(...any) }, format string, o Options, r *Report) string {
	w, err := New(format, o)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := w.Write(&b, r); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
