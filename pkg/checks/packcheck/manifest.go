package packcheck

import (
	"strings"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
)

// Manifest reports what could not be read in kyc.yaml, and says so when a
// folder has no manifest at all.
var Manifest = &lint.Rule{
	ID:       "pack.manifest",
	Title:    "the manifest is missing, unreadable or invalid",
	Severity: lint.Error,
	Why: "Without a correct kyc.yaml kyclint cannot compare what the applicant typed with the documents, " +
		"and a reviewer would find the same inconsistencies kyclint then cannot see.",
	Hint: "Correct kyc.yaml as the message says: ISO dates (YYYY-MM-DD), known keys only, a file and a type for each document.",
	Details: "A folder with document files but no manifest is still linted: file and image rules run, each document's type is " +
		"guessed from its file name, and one info finding says that identity rules were skipped. A manifest that declares no " +
		"applicant name or date of birth gets an info finding naming the identity rules that had nothing to compare.",
	Run: func(p *lint.Pass) {
		if p.Pack.ManifestFile == "" {
			p.Report(lint.Finding{Severity: lint.Info, Message: redact.Textf("no kyc.yaml: identity and date rules were skipped; document types were guessed from file names"),
				Hint: "Write kyc.yaml to declare the applicant and each document; `kyclint explain pack.manifest` shows the format."})
		}
		reportProblems(p, pack.ManifestProblem)
		reportSkippedIdentity(p)
	},
}

// reportSkippedIdentity says which identity rules had nothing to compare
// because kyc.yaml declares no applicant name or date of birth: a pack
// that passes only because nothing was checked must not look clean. A
// value written but unreadable is a problem reported above, not a skip.
func reportSkippedIdentity(p *lint.Pass) {
	if p.Pack.ManifestFile == "" || p.Pack.Manifest == nil {
		return
	}
	a := p.Pack.Manifest.Applicant
	var missing, skipped []string
	if a.Name == "" && !a.Invalid("name") {
		missing, skipped = append(missing, "name"), append(skipped, "identity.name")
	}
	if a.DateOfBirth.IsZero() && !a.Invalid("date_of_birth") {
		missing, skipped = append(missing, "date of birth"), append(skipped, "identity.dob", "identity.age")
	}
	if len(missing) == 0 {
		return
	}
	line := p.Pack.Manifest.Lines["applicant"]
	p.Report(lint.Finding{File: p.Pack.ManifestFile, Line: line, Severity: lint.Info,
		Data:    map[string]any{"skipped": skipped},
		Message: redact.Textf("kyc.yaml declares no applicant %s: %s skipped", strings.Join(missing, " or "), joinRules(skipped)),
		Hint:    "Add the applicant's name and date of birth under applicant:, exactly as typed into the application form, so they are compared with the documents."})
}

// joinRules writes "a was", "a and b were", "a, b and c were".
func joinRules(ids []string) string {
	if len(ids) == 1 {
		return ids[0] + " was"
	}
	return strings.Join(ids[:len(ids)-1], ", ") + " and " + ids[len(ids)-1] + " were"
}
