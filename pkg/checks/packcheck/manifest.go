package packcheck

import (
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
		"guessed from its file name, and one info finding says that identity rules were skipped.",
	Run: func(p *lint.Pass) {
		if p.Pack.ManifestFile == "" {
			p.Report(lint.Finding{Severity: lint.Info, Message: redact.Textf("no kyc.yaml: identity and date rules were skipped; document types were guessed from file names"),
				Hint: "Write kyc.yaml to declare the applicant and each document; `kyclint explain pack.manifest` shows the format."})
		}
		reportProblems(p, pack.ManifestProblem)
	},
}
