package statement

import (
	"testing"
	"time"
)

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"2026‑07‑10":       "2026-07-10", // U+2011 NON-BREAKING HYPHEN
		"⽇期 ⾦额":            "日期 金额",      // Kangxi radicals
		"⻓江":               "长江",         // CJK Radicals Supplement
		"２０２６年４月２４日":       "2026年4月24日", // fullwidth digits
		"建国路 88 号 3 号楼":    "建国路88号3号楼",  // the gap between Chinese and Western text
		"王小明 先生":           "王小明 先生",     // a space between Han characters stays
		"15\u00a0Oct 2026": "15 Oct 2026",
		"plain ascii":      "plain ascii",
	} {
		if got := normalize(in); got != want {
			t.Errorf("normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestColumns reads an address block whose lines interleave with a column
// of labels and values to its right, and a date under its label in that
// column, as a PDF's text reads when the columns' baselines differ.
func TestColumns(t *testing.T) {
	page := "Cobalt Mutual Bank plc\n\n" +
		"Miss Emily R Carter                              Account statement\n" +
		"Apartment 3\n" +
		"                                                  Bill date\n" +
		"9 Victoria Road\n" +
		"                                                  12/07/2026\n" +
		"Bristol\n" +
		"BS8 1TH                                           Account number\n" +
		"                                                  79 8740 0826\n\n" +
		"Billing period 07/06/2026 to 09/07/2026\n"
	f := Find([]string{page}, Want{Name: "Emily Rose Carter", Address: "Apt 3, 9 Victoria Rd, Bristol BS8 1TH"})
	if f.Address == nil || f.Address.Verdict.Result.String() != "match" {
		t.Errorf("address: got %+v", f.Address)
	}
	if f.Date == nil || f.Date.Date != day(2026, time.July, 12) || f.Date.Label != "Bill date" {
		t.Errorf("date: got %+v", f.Date)
	}
}
