package statement

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/kyclint/kyclint/pkg/pack"
)

func FuzzFind(f *testing.F) {
	for _, name := range []string{"uk_bank.txt", "de_strom.txt", "fr_electricite.txt", "cn_bank.txt", "us_utility.txt", "de_kontoauszug.txt"} {
		f.Add(strings.Join(readPages(f, name), "\f"), "John Smith", "12 High Street, London SW1A 1AA", false)
	}
	f.Add("Statement date: 31/02/2026\n01/09/2026 - 30/09/2026", "张伟", "上海市浦东新区世纪大道100号", true)
	f.Add("Herrn\n\nMr\nSW1A 1AA\n:\n", "", "", false)
	f.Fuzz(func(t *testing.T, text, name, addr string, monthFirst bool) {
		got := Find(strings.Split(text, "\f"), Want{Name: name, Address: addr, MonthFirst: monthFirst})
		for _, d := range got.Dates {
			if d.Page != 1 || d.By != ByNone {
				t.Fatalf("Dates holds %+v", d)
			}
		}
		if got.Date != nil && got.Date.By == ByNone {
			t.Fatalf("Date chosen for no reason: %+v", *got.Date)
		}
		for _, d := range append(got.Dates, derefDate(got.Date)...) {
			if d.Date.IsZero() || !utf8.ValidString(d.Text) || d.Page < 1 || d.Line < 1 {
				t.Fatalf("bad date %+v", d)
			}
			if _, err := pack.ParseDate(d.Date.String()); err != nil {
				t.Fatalf("impossible date %+v: %v", d, err)
			}
		}
		if got.Name != nil && (got.Name.Text == "" || !utf8.ValidString(got.Name.Text)) {
			t.Fatalf("bad name %+v", *got.Name)
		}
		if got.Address != nil && (got.Address.Text == "" || got.Address.Lines < 1 || !utf8.ValidString(got.Address.Text)) {
			t.Fatalf("bad address %+v", *got.Address)
		}
	})
}

func derefDate(d *DateMatch) []DateMatch {
	if d == nil {
		return nil
	}
	return []DateMatch{*d}
}

// TestFindBounded runs Find on a megabyte of statement-like text, of the
// kinds that cost most: lines that all look like names, addresses or dates.
func TestFindBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	units := []string{
		"Mr John Smith\n",
		"12 High Street\nLondon SW1A 1AA\n",
		"Statement date: 15/10/2026 01/09/2026 - 30/09/2026 15 Oct 2026\n",
		"Jean Dupont Madame Martin Herrn Becker\n",
		strings.Repeat("1", 500) + "\n",
		strings.Repeat("a ", 300) + "\n",
		strings.Repeat("15/10/2026 ", 40) + "\n",
	}
	for _, u := range units {
		text := strings.Repeat(u, (1<<20)/len(u)+1)
		pages := []string{text, text, text}
		start := time.Now()
		Find(pages, Want{Name: "John Andrew Smith", Address: "Flat 3, 12 High Street, London SW1A 1AA"})
		Find(pages, Want{})
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("Find on 3 MB of %.20q took %v", u, d)
		}
		t.Logf("%.20q: %v", u, time.Since(start))
	}
}
