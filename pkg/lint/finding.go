package lint

import (
	"sort"

	"github.com/kyclint/kyclint/pkg/redact"
)

// A Finding is one problem a rule found in a pack.
type Finding struct {
	Rule     string
	Severity Severity
	File     string // pack-relative, slash-separated; "" for the pack as a whole
	Line     int    // manifest line, 0 when the finding is about a file's content
	// ManifestLine is the manifest line that declares the document a finding
	// is about (for a finding on kyc.yaml, Line itself), so that CI
	// annotations can point into the manifest; 0 when there is none.
	ManifestLine int
	Message      redact.Text
	Hint         string
	// Data holds measured values and limits. It never holds personal data.
	Data map[string]any
	// Crash marks a finding that stands for a rule that panicked.
	Crash bool
	// Subject names what the finding is about in terms that survive edits
	// of other manifest lines ("documents[passport.jpg].expiry_date"), and
	// About the pack file it concerns; see pack.Pack.Subject.
	Subject, About string
	// SHA256 is the hex SHA-256 of About's content, filled only when
	// Options.Fingerprint asks for it.
	SHA256 string
	// Suppression is set when an operator's configuration waived the
	// finding; it stays in machine reports but no longer fails the pack.
	Suppression *Suppression
}

// A Suppression says why a finding was waived and where that was written.
type Suppression struct {
	Reason string
	Source string // "FILE:LINE" of the suppression
}

// SortFindings orders findings by file, line, rule and message, the order
// every report uses whatever --jobs is.
func SortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Message.Masked < b.Message.Masked
	})
}
