package statement

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestReasonString(t *testing.T) {
	for r, want := range map[Reason]string{ByNone: "none", ByLabel: "label", ByPeriod: "period end", ByLatest: "latest date", 9: "none"} {
		if got := r.String(); got != want {
			t.Errorf("Reason(%d).String() = %q, want %q", int(r), got, want)
		}
	}
}

func TestClip(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"abc", 10, "abc"},
		{"abcdef", 3, "abc"},
		{"ab€", 4, "ab"}, // never half a rune
		{"a\xffb", 10, "a b"},
		{"", 3, ""},
	}
	for _, tt := range tests {
		if got := clip(tt.in, tt.n); got != tt.want {
			t.Errorf("clip(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

func TestSplitLimits(t *testing.T) {
	long := strings.Repeat("x", 2*maxLineBytes)
	page := strings.Repeat(long+"\n", 2*maxLines)
	pages := make([]string, 2*maxPages)
	for i := range pages {
		pages[i] = page
	}
	doc := split(pages)
	total := 0
	for _, p := range doc {
		if len(p) > maxLines {
			t.Errorf("%d lines kept from a page", len(p))
		}
		for _, l := range p {
			total += len(l.text)
			if len(l.text) > maxLineBytes || !utf8.ValidString(l.text) {
				t.Fatalf("line of %d bytes kept", len(l.text))
			}
		}
	}
	if len(doc) > maxPages || total > maxTotal {
		t.Errorf("%d pages, %d bytes kept", len(doc), total)
	}
	// Line numbers count every line, blank ones too, and tabs are spaces.
	doc = split([]string{"a\n\n\tb\r\n"})
	if got := doc[0][2]; got.text != "b" || got.line != 3 || got.page != 1 {
		t.Errorf("third line = %+v", got)
	}
}

// TestLatePages checks that a date label on a later page counts, and that
// the name is looked for on later pages when the first has none.
func TestLatePages(t *testing.T) {
	f := Find([]string{"Account summary\n01/10/2026 Opening balance", "Account holder: Ms Jane Doe\nDate of issue: 02/10/2026"},
		Want{Name: "Jane Doe"})
	if f.Name == nil || f.Name.Text != "Ms Jane Doe" || f.Name.Page != 2 || f.Name.Line != 1 {
		t.Errorf("name = %+v", f.Name)
	}
	if f.Date == nil || f.Date.Page != 2 || f.Date.By != ByLabel || len(f.Dates) != 1 {
		t.Errorf("date = %+v, dates %+v", f.Date, f.Dates)
	}
}
