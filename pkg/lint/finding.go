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
