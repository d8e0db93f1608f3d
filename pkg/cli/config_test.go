package cli

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const benSuppressed = `# what the compliance team accepted
suppressions:
  - rule: document.expired
    packs: "packs/ben*"
    file: passport.jpg
    reason: renewal seen by a reviewer, ticket KYC-12
`

func TestSuppressionMarksFindingAndKeepsExitZero(t *testing.T) {
	repoDir(t)
	samplePack(t, "ben-expired-passport", "packs/ben")
	writeFile(t, ".kyclint.yaml", benSuppressed)
	code, rep, errOut := lintJSON(t, "packs")
	if code != ExitOK {
		t.Fatalf("exit %d, want 0: %s", code, errOut)
	}
	f := rep.Packs[0].Findings[0]
	if f.Rule != "document.expired" || f.Suppression == nil || f.Suppression.Source != ".kyclint.yaml:3" ||
		!strings.Contains(f.Suppression.Reason, "KYC-12") {
		t.Errorf("finding %+v, suppression %+v", f, f.Suppression)
	}
	if rep.Packs[0].Status != "pass" || rep.Summary.Suppressed != 1 || rep.Summary.Errors != 0 {
		t.Errorf("status %s, summary %+v", rep.Packs[0].Status, rep.Summary)
	}
	_, sarif, _ := run(t, "lint", "-f", "sarif", "--date", "2026-11-26", "packs")
	if !strings.Contains(sarif, `"kind": "external"`) || !strings.Contains(sarif, `"justification": "renewal seen by a reviewer, ticket KYC-12"`) {
		t.Errorf("SARIF has no external suppression:\n%s", sarif)
	}
	_, human, _ := run(t, "lint", "--date", "2026-11-26", "packs")
	if strings.Contains(human, "document.expired") || !strings.Contains(human, "; 1 suppressed") {
		t.Errorf("human output shows the suppressed finding or no count:\n%s", human)
	}
	if code, _, _ := lintJSON(t, "--no-suppressions", "packs"); code != ExitFailed {
		t.Errorf("--no-suppressions: exit %d, want 1", code)
	}
}

func TestExpiredSuppressionStopsApplying(t *testing.T) {
	repoDir(t)
	samplePack(t, "ben-expired-passport", "packs/ben")
	writeFile(t, ".kyclint.yaml", benSuppressed+"    expires: 2026-10-31\n")
	code, rep, errOut := lintJSON(t, "packs")
	if code != ExitFailed || rep.Summary.Suppressed != 0 {
		t.Errorf("exit %d, summary %+v; want 1 and nothing suppressed", code, rep.Summary)
	}
	if !strings.Contains(errOut, ".kyclint.yaml:3: the suppression of document.expired expired on 2026-10-31") {
		t.Errorf("stderr does not say the suppression expired: %s", errOut)
	}
	// On its last day it still applies.
	if code, _, _ := run(t, "lint", "--date", "2026-10-31", "packs"); code != ExitFailed {
		t.Logf("on 2026-10-31 the passport had not expired yet either; exit %d", code)
	}
}

func TestUnmatchedSuppressionIsNoted(t *testing.T) {
	repoDir(t)
	samplePack(t, "ben-expired-passport", "packs/ben")
	writeFile(t, ".kyclint.yaml", "suppressions:\n  - rule: image.*\n    packs: \"**\"\n    reason: photos checked by hand\n")
	code, _, errOut := lintJSON(t, "packs")
	if code != ExitFailed || !strings.Contains(errOut, ".kyclint.yaml:2: the suppression of image.* matched no finding") {
		t.Errorf("exit %d, stderr %s", code, errOut)
	}
}

func TestManifestCannotSuppressItsOwnFindings(t *testing.T) {
	repoDir(t)
	samplePack(t, "ben-expired-passport", "packs/ben")
	editFile(t, "packs/ben/kyc.yaml", "documents:", "suppressions:\n  - rule: document.expired\n    reason: trust me\ndocuments:")
	code, rep, _ := lintJSON(t, "packs")
	got := findingsOf(rep, "packs/ben")
	if code != ExitFailed || !slices.Contains(got, "document.expired") || !slices.Contains(got, "pack.manifest") {
		t.Errorf("exit %d, findings %v; want document.expired still reported and pack.manifest for the unknown key", code, got)
	}
}

func TestConfigIsValidatedWithFileAndLine(t *testing.T) {
	repoDir(t)
	samplePack(t, "anna-clean", "packs/anna")
	for text, want := range map[string]string{
		"rules: gb\nsupressions: []\n":                                                              ".kyclint.yaml:2: unknown key \"supressions\" in the configuration (did you mean \"suppressions\"?); valid keys: rules, formats",
		"suppressions:\n  - rule: document.expired\n    packs: \"**\"\n":                            ".kyclint.yaml:2: a suppression needs reason",
		"suppressions:\n  - rule: document.expird\n    packs: x\n    reason: r\n":                   ".kyclint.yaml:2: unknown rule \"document.expird\"",
		"suppressions:\n  - rule: image.blur\n    packs: x\n    reason: r\n    expires: 1/2/2027\n": ".kyclint.yaml:5: expires:",
		"overrides:\n  - packs: x\n    rules:\n      file.size: { max_byte: 1 }\n":                  ".kyclint.yaml:4: rule file.size has no parameter \"max_byte\"",
	} {
		writeFile(t, ".kyclint.yaml", text)
		code, _, errOut := run(t, "lint", "packs")
		if code != ExitTrouble || !strings.Contains(errOut, want) {
			t.Errorf("%q: exit %d, stderr %q; want 2 and %q", text, code, errOut, want)
		}
	}
	if code, _, errOut := run(t, "lint", "--no-config", "packs"); code != ExitOK {
		t.Errorf("--no-config: exit %d: %s", code, errOut)
	}
}

func TestConfigDefaultsAndOverrides(t *testing.T) {
	repoDir(t)
	samplePack(t, "ben-expired-passport", "packs/uk/ben")
	samplePack(t, "ben-expired-passport", "packs/eu/ben")
	writeFile(t, ".kyclint.yaml", "rules: gb\nformats: [json]\noverrides:\n  - packs: \"packs/uk/**\"\n    rules:\n      document.expired: warning\n")
	code, out, errOut := run(t, "lint", "--date", "2026-11-26", "packs")
	if code != ExitFailed || !strings.HasPrefix(out, "{") || !strings.Contains(out, `"ruleset": "gb"`) {
		t.Fatalf("exit %d, stderr %s, out %.200s", code, errOut, out)
	}
	_, rep, _ := lintJSON(t, "packs")
	for _, p := range rep.Packs {
		want := "error"
		if strings.Contains(p.Path, "/uk/") {
			want = "warning"
		}
		if got := p.Findings[0].Severity.String(); got != want {
			t.Errorf("%s: document.expired is %s, want %s", p.Path, got, want)
		}
	}
	sub := t.TempDir()
	if err := os.WriteFile(filepath.Join(sub, "other.yaml"), []byte("rules: base\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, _ := run(t, "lint", "--config", sub+"/other.yaml", "-f", "human", "--date", "2026-11-26", "packs"); code != ExitFailed || strings.HasPrefix(out, "{") {
		t.Errorf("--config FILE: exit %d, out %.100s", code, out)
	}
}
