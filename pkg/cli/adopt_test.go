package cli

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/racetest"
)

// ageRules is a company rule set with a custom rule in CEL.
const ageRules = `id: acme
extends: gb
custom:
  - id: custom.min-age-21
    severity: error
    message: the applicant is under 21
    hint: Acme serves applicants aged 21 and over.
    expr: applicant.age_years >= 21
  - id: custom.passport-six-months
    severity: warning
    message: an identity document expires within six months
    each: documents
    expr: document.category != "identity" || document.expiry_date == null || document.days_to_expiry >= 183
`

// TestAdoptOnAFolderOf36Packs: baseline write, then lint exits 0; a new
// defect in one pack fails it again; a rule file with a custom rule
// requiring age 21 flags a 20-year-old applicant. Under the race detector
// the folder holds 12 packs.
func TestAdoptOnAFolderOf36Packs(t *testing.T) {
	repoDir(t)
	samples := []string{"ben-expired-passport", "chloe-old-phone-bill", "finn-under-age", "anna-clean"}
	n := 36
	if racetest.Enabled {
		n = 12
	}
	for i := range n {
		samplePack(t, samples[i%len(samples)], fmt.Sprintf("packs/p%02d", i))
	}
	if code, rep, _ := lintJSON(t, "packs"); code != ExitFailed || rep.Summary.Failed != n*3/4 {
		t.Fatalf("before adoption: exit %d, %d failed; want 1 and %d", code, rep.Summary.Failed, n*3/4)
	}
	code, _, errOut := run(t, "baseline", "write", "--date", "2026-11-26", "packs")
	if code != ExitOK || !strings.Contains(errOut, fmt.Sprintf("of %d packs in .kyclint-baseline.json", n)) {
		t.Fatalf("baseline write: exit %d: %s", code, errOut)
	}
	data, _ := os.ReadFile(".kyclint-baseline.json")
	for _, personal := range []string{"Byrne", "2009-03-14", "XF5550101", "Quay", "message"} {
		if strings.Contains(string(data), personal) {
			t.Errorf("the baseline holds %q", personal)
		}
	}
	code, rep, errOut := lintJSON(t, "packs")
	if code != ExitOK || rep.Summary.Baselined == 0 || rep.Summary.Errors != 0 || errOut != "" {
		t.Fatalf("after adoption: exit %d, summary %+v, stderr %s", code, rep.Summary, errOut)
	}
	editFile(t, "packs/p03/kyc.yaml", "documents:", "documents:\n  - file: selfie.jpg\n    type: selfie")
	code, rep, _ = lintJSON(t, "packs")
	if got := findingsOf(rep, "packs/p03"); code != ExitFailed || !slices.Contains(got, "pack.missing-file") || rep.Summary.Failed != 1 {
		t.Errorf("new defect: exit %d, p03 %v, %d failed; want 1, pack.missing-file, 1", code, got, rep.Summary.Failed)
	}
	writeFile(t, "acme.yaml", ageRules)
	editFile(t, "packs/p07/kyc.yaml", "date_of_birth: 1984-08-12", "date_of_birth: 2006-06-01")
	_, rep, _ = lintJSON(t, "--no-baseline", "--rules", "acme.yaml", "packs/p07", "packs/p11")
	if got := findingsOf(rep, "packs/p07"); !slices.Contains(got, "custom.min-age-21") {
		t.Errorf("20-year-old: %v, want custom.min-age-21", got)
	}
	if got := findingsOf(rep, "packs/p11"); slices.Contains(got, "custom.min-age-21") {
		t.Errorf("42-year-old: %v, want no custom.min-age-21", got)
	}
}

func TestBaselineSurvivesUnrelatedEditButNotAReplacedImage(t *testing.T) {
	repoDir(t)
	samplePack(t, "ben-expired-passport", "packs/ben")
	samplePack(t, "anna-clean", "packs/anna")
	if code, _, errOut := run(t, "baseline", "write", "--date", "2026-11-26", "packs"); code != ExitOK {
		t.Fatalf("baseline write: %s", errOut)
	}
	editFile(t, "packs/ben/kyc.yaml", "version: 1", "# checked by the team\n\nversion: 1")
	editFile(t, "packs/ben/kyc.yaml", "name: Ben", "name:  Ben")
	if code, rep, errOut := lintJSON(t, "packs"); code != ExitOK || rep.Summary.Baselined != 1 {
		t.Fatalf("after an unrelated edit: exit %d, summary %+v, %s", code, rep.Summary, errOut)
	}
	photo, err := os.ReadFile("packs/anna/passport.jpg")
	if err != nil {
		t.Fatal(err)
	}
	writeFiles(t, ".", map[string][]byte{"packs/ben/passport.jpg": photo})
	code, rep, errOut := lintJSON(t, "packs")
	if got := findingsOf(rep, "packs/ben"); code != ExitFailed || !slices.Contains(got, "document.expired") {
		t.Errorf("after replacing the photo: exit %d, findings %v; want document.expired again", code, got)
	}
	if !strings.Contains(errOut, "1 entry of .kyclint-baseline.json matched nothing") || !strings.Contains(errOut, "packs/ben  document.expired") {
		t.Errorf("stale entry not listed: %s", errOut)
	}
	if _, _, errOut := run(t, "lint", "packs", "--date", "2026-11-26", "--redact", "always", "-f", "json"); !strings.Contains(errOut, "packs/b**  document.expired") {
		t.Errorf("--redact always: the stale entry's pack should be listed masked: %s", errOut)
	}
	if code, _, errOut := run(t, "baseline", "prune", "--date", "2026-11-26", "packs"); code != ExitOK || !strings.Contains(errOut, "dropped 1 stale entry") {
		t.Errorf("prune: exit %d: %s", code, errOut)
	}
	if code, _, _ := lintJSON(t, "--no-baseline", "packs"); code != ExitFailed {
		t.Errorf("--no-baseline: exit %d, want 1", code)
	}
}

func TestCustomRuleTypeErrorNamesFileAndLine(t *testing.T) {
	repoDir(t)
	samplePack(t, "anna-clean", "packs/anna")
	writeFile(t, "acme.yaml", strings.Replace(ageRules, "applicant.age_years >= 21", `applicant.age_years >= "21"`, 1))
	code, _, errOut := run(t, "lint", "--rules", "acme.yaml", "packs")
	if code != ExitTrouble || !strings.Contains(errOut, "acme.yaml:8: custom rule custom.min-age-21: expr:") ||
		!strings.Contains(errOut, "no matching overload") {
		t.Errorf("exit %d, stderr %s", code, errOut)
	}
	writeFile(t, ".kyclint.yaml", "custom:\n  - id: min-age\n    message: m\n    expr: \"true\"\n")
	if code, _, errOut := run(t, "lint", "packs"); code != ExitTrouble || !strings.Contains(errOut, `.kyclint.yaml:2: custom rule id "min-age" must start with "custom."`) {
		t.Errorf("id without custom.: exit %d, stderr %s", code, errOut)
	}
}

// TestCrashMessageEscapesThePackName: the stderr line naming the pack a
// rule crashed on escapes control characters in its folder name, as the
// report does, so a name cannot drive the terminal.
func TestCrashMessageEscapesThePackName(t *testing.T) {
	repoDir(t)
	samplePack(t, "anna-clean", "packs/an\x1b]0;pwned\x07na")
	writeFile(t, ".kyclint.yaml", slowRuleConfig())
	code, _, errOut := run(t, "lint", "packs")
	if code != ExitTrouble || !strings.Contains(errOut, `a rule crashed on packs/an\x1b]0;pwned\x07na`) || strings.ContainsAny(errOut, "\x1b\x07") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func TestCustomRuleOverItsCostLimitIsACrash(t *testing.T) {
	repoDir(t)
	samplePack(t, "anna-clean", "packs/anna")
	writeFile(t, ".kyclint.yaml", slowRuleConfig())
	code, rep, errOut := lintJSON(t, "packs")
	if code != ExitTrouble || !strings.Contains(errOut, "a rule crashed on packs/anna") {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	if f := rep.Packs[0].Findings; len(f) != 1 || f[0].Rule != "custom.slow" || !strings.Contains(f[0].Message, "cost limit") {
		t.Errorf("findings %+v", f)
	}
}

func TestExplainShowsACustomRule(t *testing.T) {
	repoDir(t)
	writeFile(t, "acme.yaml", ageRules)
	code, out, errOut := run(t, "explain", "--rules", "acme.yaml", "custom.passport-six-months")
	if code != ExitOK || !strings.Contains(out, "document.days_to_expiry >= 183") || !strings.Contains(out, "acme.yaml:9") ||
		!strings.Contains(out, "once per document") {
		t.Errorf("exit %d, %s%s", code, out, errOut)
	}
	if code, _, errOut := run(t, "explain", "custom.nope"); code != ExitTrouble || !strings.Contains(errOut, "unknown custom rule") {
		t.Errorf("unknown: exit %d, %s", code, errOut)
	}
}

func TestRulesetTestComparesEveryFinding(t *testing.T) {
	repoDir(t)
	samplePack(t, "finn-under-age", "cases/finn")
	editFile(t, "cases/finn/kyc.yaml", "date_of_birth: 2009-03-14", `date_of_birth: 2009-03-14   # want "identity.age"`)
	writeFile(t, "cases/finn/.want", "date: 2026-11-26\n")
	if code, out, errOut := run(t, "ruleset", "test", "cases"); code != ExitOK || !strings.Contains(out, "ok    cases/finn") {
		t.Fatalf("exit %d: %s%s", code, out, errOut)
	}
	samplePack(t, "anna-clean", "cases/anna")
	writeFile(t, "cases/anna/.want", "date: 2026-11-26\nrules: .acme.yaml\npassport.jpg image.blur\n")
	writeFile(t, "cases/anna/.acme.yaml", ageRules)
	code, out, _ := run(t, "ruleset", "test", "cases")
	if code != ExitFailed || !strings.Contains(out, "FAIL  cases/anna\n      passport.jpg: expected image.blur finding not reported") ||
		!strings.Contains(out, "1 passed, 1 failed") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

// slowRuleConfig is a .kyclint.yaml whose one custom rule runs past CEL's
// cost limit on any pack: a rule that crashes, for tests of what a crash
// does.
func slowRuleConfig() string {
	var nums []string
	for i := range 60 {
		nums = append(nums, fmt.Sprint(i))
	}
	list := "[" + strings.Join(nums, ",") + "]"
	expr := fmt.Sprintf("%s.all(a, %s.all(b, %s.all(c, a + b + c >= 0)))", list, list, list)
	return "custom:\n  - id: custom.slow\n    message: slow\n    expr: \"" + expr + "\"\n"
}
