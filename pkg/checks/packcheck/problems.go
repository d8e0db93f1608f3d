// Package packcheck holds the pack.* rules: the manifest and the files of a
// pack, before any document is judged.
package packcheck

import (
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
)

// reportProblems turns the pack's problems of kind into findings of the
// rule running p. Loading a pack (pkg/pack) and resolving its rule set
// find these problems; only the rule for their kind reports them.
func reportProblems(p *lint.Pass, kind pack.ProblemKind) {
	for _, pr := range p.Pack.Problems {
		if pr.Kind == kind {
			p.Report(lint.Finding{File: pr.File, Line: pr.Line, Message: pr.Text, Hint: pr.Hint})
		}
	}
}
