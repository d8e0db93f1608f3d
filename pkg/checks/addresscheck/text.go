package addresscheck

import (
	"fmt"

	"github.com/kyclint/kyclint/pkg/analysis"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
)

// textRequires is what a rule reading a proof's own text lists in Requires.
var textRequires = []lint.Analyzer{analysis.Statement}

// statementOf returns what proof d's own text shows; Read is false when
// it has no text to read.
func statementOf(p *lint.Pass, d *pack.Document) analysis.StatementResult {
	return analysis.Statement.Of(p, d)
}

// inText says where in the document's text a value was read, for a
// message: "in the document's text (page 1, line 4)".
func inText(page, line int) string {
	return fmt.Sprintf("in the document's text (page %d, line %d)", page, line)
}

// textData is the finding data that locates a value read from the text.
func textData(data map[string]any, page, line int) map[string]any {
	if data == nil {
		data = map[string]any{}
	}
	data["from"], data["page"], data["line"] = "text", page, line
	return data
}
