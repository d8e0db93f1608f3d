package statement

import (
	"testing"

	"github.com/kyclint/kyclint/pkg/pack"
)

// TestShown finds a declared issue date however the statement prints it,
// on any page read, and only that date.
func TestShown(t *testing.T) {
	pages := []string{
		"Mr J Nowak\n12 High Street\nLondon SW1A 1AA\nStatement date: 03/04/2026\n",
		"Transactions\n15. Oktober 2026   Miete   -900,00\n",
	}
	tests := []struct {
		date       string
		page, line int
		text       string
	}{
		{"2026-04-03", 1, 4, "03/04/2026"}, // day first
		{"2026-03-04", 1, 4, "03/04/2026"}, // month first: the same print reads both ways
		{"2026-10-15", 2, 2, "15. Oktober 2026"},
		{"2026-10-16", 0, 0, ""},
	}
	for _, tt := range tests {
		d, err := pack.ParseDate(tt.date)
		if err != nil {
			t.Fatal(err)
		}
		got := Find(pages, Want{IssueDate: d}).Shown
		switch {
		case tt.page == 0 && got != nil:
			t.Errorf("%s: found %+v, want none", tt.date, *got)
		case tt.page == 0:
		case got == nil:
			t.Errorf("%s: not found, want page %d line %d", tt.date, tt.page, tt.line)
		case got.Page != tt.page || got.Line != tt.line || got.Text != tt.text || got.Date != d:
			t.Errorf("%s: got %+v, want page %d line %d %q", tt.date, *got, tt.page, tt.line, tt.text)
		}
	}
	if f := Find(pages, Want{}); f.Shown != nil {
		t.Errorf("no date wanted: got %+v", *f.Shown)
	}
}
