package statement

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kyclint/kyclint/pkg/address"
	"github.com/kyclint/kyclint/pkg/names"
	"github.com/kyclint/kyclint/pkg/pack"
)

// readPages reads a fixture: statement text as pdftotext prints it, pages
// separated by form feeds.
func readPages(t testing.TB, name string) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(string(b), "\f")
}

func day(y int, m time.Month, d int) pack.Date { return pack.Date{Year: y, Month: m, Day: d} }

// TestFixtures runs Find on realistic statement texts (fictional people and
// addresses) and checks everything it reports.
func TestFixtures(t *testing.T) {
	type expect struct {
		name       string
		nameResult names.Result
		nameLine   int
		addr       string
		addrResult address.Result
		date       pack.Date
		label      string
		by         Reason
		firstDates int
	}
	tests := []struct {
		file string
		want Want
		expect
	}{
		{"uk_bank.txt", Want{Name: "John Andrew Smith", Address: "Flat 3, 12 High Street, London SW1A 1AA"}, expect{
			"MR JOHN A SMITH", names.Match, 5, "FLAT 3, 12 HIGH STREET, LONDON, SW1A 1AA", address.Match,
			day(2026, time.October, 15), "Statement date", ByLabel, 8}},
		{"uk_bank.txt", Want{}, expect{
			"MR JOHN A SMITH", names.Differ, 5, "FLAT 3, 12 HIGH STREET, LONDON, SW1A 1AA", address.Differ,
			day(2026, time.October, 15), "Statement date", ByLabel, 8}},
		{"uk_bank.txt", Want{Name: "Mary Smith", Address: "Flat 4, 12 High Street, London SW1A 1AA"}, expect{
			"MR JOHN A SMITH", names.Differ, 5, "FLAT 3, 12 HIGH STREET, LONDON, SW1A 1AA", address.Differ,
			day(2026, time.October, 15), "Statement date", ByLabel, 8}},
		{"de_strom.txt", Want{Name: "Lukas Becker", Address: "Lindenstr. 42, 10115 Berlin"}, expect{
			"Lukas Becker", names.Match, 4, "Lindenstraße 42, 10115 Berlin", address.Match,
			day(2026, time.October, 15), "Rechnungsdatum", ByLabel, 5}},
		{"fr_electricite.txt", Want{Name: "Claire Martin", Address: "8 rue des Lilas, Appartement 12, 75011 Paris"}, expect{
			"Claire Martin", names.Match, 3, "Appartement 12, 8 rue des Lilas, 75011 Paris", address.Match,
			day(2026, time.October, 15), "Date de facture", ByLabel, 5}},
		{"de_kontoauszug.txt", Want{Name: "Anna Schmidt", Address: "Am Rosengarten 7a, 80331 München"}, expect{
			"Frau Dr. Anna Schmidt", names.Match, 3, "Am Rosengarten 7a, 80331 München", address.Match,
			day(2026, time.October, 31), "", ByPeriod, 8}},
		{"cn_bank.txt", Want{Name: "张伟", Address: "上海市浦东新区世纪大道100号 环球金融中心25楼2501室 200120"}, expect{
			"张伟", names.Match, 3, "上海市浦东新区世纪大道100号 环球金融中心25楼2501室 200120", address.Match,
			day(2026, time.October, 15), "账单日", ByLabel, 10}},
		{"us_utility.txt", Want{Name: "Jane Doe", Address: "742 Evergreen Terrace, Apt 2B, Springfield, IL 62704", MonthFirst: true}, expect{
			"JANE Q DOE", names.Match, 5, "742 EVERGREEN TER APT 2B, SPRINGFIELD IL 62704", address.Match,
			day(2026, time.October, 15), "BILL DATE", ByLabel, 5}},
		// Read day first, the period is 9 December to 10 November; the
		// labelled bill date reads only one way.
		{"us_utility.txt", Want{Name: "Jane Doe", Address: "742 Evergreen Terrace, Apt 2B, Springfield, IL 62704"}, expect{
			"JANE Q DOE", names.Match, 5, "742 EVERGREEN TER APT 2B, SPRINGFIELD IL 62704", address.Match,
			day(2026, time.October, 15), "BILL DATE", ByLabel, 5}},
	}
	for _, tt := range tests {
		t.Run(tt.file+"/"+tt.want.Name, func(t *testing.T) {
			f := Find(readPages(t, tt.file), tt.want)
			if f.Name == nil {
				t.Errorf("no name found")
			} else if f.Name.Text != tt.name || f.Name.Verdict.Result != tt.nameResult || f.Name.Line != tt.nameLine || f.Name.Page != 1 {
				t.Errorf("name = %+v, want %q %v on line %d", *f.Name, tt.name, tt.nameResult, tt.nameLine)
			}
			if f.Address == nil {
				t.Errorf("no address found")
			} else if f.Address.Text != tt.addr || f.Address.Verdict.Result != tt.addrResult {
				t.Errorf("address = %+v, want %q %v", *f.Address, tt.addr, tt.addrResult)
			}
			if f.Date == nil {
				t.Errorf("no date found")
			} else if f.Date.Date != tt.date || f.Date.Label != tt.label || f.Date.By != tt.by {
				t.Errorf("date = %+v, want %v by %v %q", *f.Date, tt.date, tt.by, tt.label)
			}
			if len(f.Dates) != tt.firstDates {
				t.Errorf("%d dates on page 1, want %d: %+v", len(f.Dates), tt.firstDates, f.Dates)
			}
		})
	}
}
