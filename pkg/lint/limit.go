package lint

import "github.com/kyclint/kyclint/pkg/redact"

// MaxFindings is the most findings one pack's result holds. Past it the
// rules' further findings are counted, not kept, and one finding of rule
// TruncatedRule says how many were left out: a pack that makes thousands
// of findings is the wrong folder or a hostile manifest, and one pack must
// not fill a batch's memory or report.
const MaxFindings = 1000

// TruncatedRule is the rule of the finding that stands for the findings
// past MaxFindings.
const TruncatedRule = "internal.truncated"

// A findingBudget counts one pack's findings across its rules.
type findingBudget struct {
	kept, dropped int
	worst         Severity // the highest severity left out
}

// take reports whether a finding of severity s is kept, and counts it.
func (b *findingBudget) take(s Severity) bool {
	if b.kept < MaxFindings {
		b.kept++
		return true
	}
	b.dropped++
	b.worst = max(b.worst, s)
	return false
}

// summary is the finding that says how many were left out, or nil when
// none was. It carries the highest severity left out, so that the exit
// status is what all the findings would have made it.
func (b *findingBudget) summary() *Finding {
	if b.dropped == 0 {
		return nil
	}
	return &Finding{Rule: TruncatedRule, Severity: b.worst,
		Data:    map[string]any{"left_out": b.dropped, "limit": MaxFindings},
		Message: redact.Textf("%d more findings on this pack were left out: a pack's report holds at most %d", b.dropped, MaxFindings),
		Hint:    "Correct what the findings shown say and lint again; this many findings usually means the wrong folder or a generated manifest."}
}
