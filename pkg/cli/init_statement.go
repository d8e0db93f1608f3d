package cli

import (
	"path"
	"strings"

	"github.com/kyclint/kyclint/pkg/analysis"
	"github.com/kyclint/kyclint/pkg/fix"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/statement"
)

// readStatement fills a proof of address's name, address and issue date
// from its PDF text: the likeliest addressee, address block and statement
// date (statement.Find with nothing wanted). A scan without text, or a
// photo, gives nothing.
func readStatement(pass *lint.Pass, d *pack.Document) fix.Reading {
	if !strings.EqualFold(path.Ext(d.File), ".pdf") {
		return fix.Reading{}
	}
	t := analysis.PDFText.Of(pass, d)
	if t.Text == nil {
		return fix.Reading{}
	}
	pages := make([]string, len(t.Text.Pages))
	for i := range t.Text.Pages {
		pages[i] = t.Text.Pages[i].String()
	}
	f := statement.Find(pages, statement.Want{})
	v := map[string]string{}
	if f.Name != nil && strings.TrimSpace(f.Name.Text) != "" {
		v["name"] = strings.TrimSpace(f.Name.Text)
	}
	if f.Address != nil && strings.TrimSpace(f.Address.Text) != "" {
		v["address"] = strings.TrimSpace(f.Address.Text)
	}
	if f.Date != nil {
		v["issue_date"] = f.Date.Date.String()
	}
	if len(v) == 0 {
		return fix.Reading{}
	}
	return fix.Reading{Values: v, From: "the PDF text"}
}
