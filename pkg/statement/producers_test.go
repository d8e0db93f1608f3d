package statement

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/address"
	"github.com/kyclint/kyclint/pkg/names"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/pdfdoc"
)

// A producerCase is one PDF of testdata/producers and what it shows.
type producerCase struct {
	File, Producer, Lang, Layout string
	Name, Address, Date          string
	// PrintedAddress is the address block as the document prints it, its
	// lines joined by commas: what a blind read must find. Address is
	// what the applicant declares, which may leave out a postcode the
	// document prints.
	PrintedAddress string `json:"printed_address"`
	MonthFirst     bool   `json:"month_first"`
}

// producerTally counts, for one producer, the files read and the fields
// found: declared (Find given the declared name and address) and blind
// (given nothing, as kyclint init reads a statement, and compared with
// the address as printed).
type producerTally struct {
	files, name, addr, date, blindName, blindAddr int
}

// TestProducers reads statements and bills rendered by six real PDF
// producers (see .github/scripts/make-producer-statements.sh) in English,
// German, French and Chinese, and requires the addressee, the address and
// the statement date to be found in at least 95 % of them.
func TestProducers(t *testing.T) {
	b, err := os.ReadFile("testdata/producers/expected.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []producerCase
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) < 50 {
		t.Fatalf("%d cases", len(cases))
	}
	tally := map[string]*producerTally{}
	var total producerTally
	for _, c := range cases {
		tl := tally[c.Producer]
		if tl == nil {
			tl = &producerTally{}
			tally[c.Producer] = tl
		}
		got := readProducerCase(t, c)
		for _, x := range []*producerTally{tl, &total} {
			x.files++
			x.name += got.name
			x.addr += got.addr
			x.date += got.date
			x.blindName += got.blindName
			x.blindAddr += got.blindAddr
		}
	}
	var rows []string
	for p, x := range tally {
		rows = append(rows, x.row(p))
	}
	sort.Strings(rows)
	t.Logf("\n%-12s %5s %6s %8s %5s %11s %11s\n%s\n%s", "producer", "files", "name", "address", "date", "blind name", "blind addr",
		strings.Join(rows, "\n"), total.row("all"))
	if len(tally) < 5 {
		t.Errorf("%d producers, want 5 or more", len(tally))
	}
	for field, n := range map[string]int{"name": total.name, "address": total.addr, "date": total.date,
		"name with nothing declared": total.blindName, "address with nothing declared": total.blindAddr} {
		if 100*n < 95*total.files {
			t.Errorf("%s found in %d of %d files, want 95 %%", field, n, total.files)
		}
	}
}

func (x *producerTally) row(p string) string {
	pc := func(n int) string { return fmt.Sprintf("%.0f%%", 100*float64(n)/float64(x.files)) }
	return fmt.Sprintf("%-12s %5d %6s %8s %5s %11s %11s", p, x.files, pc(x.name), pc(x.addr), pc(x.date), pc(x.blindName), pc(x.blindAddr))
}

// readProducerCase extracts one PDF's text and finds its fields, logging
// each miss with what was found instead.
func readProducerCase(t *testing.T, c producerCase) producerTally {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata/producers", c.File))
	if err != nil {
		t.Fatal(err)
	}
	txt, err := pdfdoc.ExtractText(bytes.NewReader(b), int64(len(b)), pdfdoc.TextOptions{})
	if err != nil {
		t.Errorf("%s: %v", c.File, err)
		return producerTally{}
	}
	var pages []string
	for i := range txt.Pages {
		pages = append(pages, txt.Pages[i].String())
	}
	want, err := pack.ParseDate(c.Date)
	if err != nil {
		t.Fatal(err)
	}
	f := Find(pages, Want{Name: c.Name, Address: c.Address, MonthFirst: c.MonthFirst})
	blind := Find(pages, Want{MonthFirst: c.MonthFirst})
	var r producerTally
	miss := func(what string, got any) { t.Logf("%s: %s not found; got %+v", c.File, what, got) }
	if f.Name != nil && f.Name.Verdict.Result == names.Match {
		r.name = 1
	} else {
		miss("name "+c.Name, f.Name)
	}
	if f.Address != nil && f.Address.Verdict.Result == address.Match {
		r.addr = 1
	} else {
		miss("address "+c.Address, f.Address)
	}
	if f.Date != nil && f.Date.Date == want {
		r.date = 1
	} else {
		miss("date "+c.Date, f.Date)
	}
	opt := names.Options{AllowMissingMiddleNames: true, DropTitles: true}
	if blind.Name != nil && names.Compare(c.Name, blind.Name.Text, opt).Result == names.Match {
		r.blindName = 1
	} else {
		miss("blind name "+c.Name, blind.Name)
	}
	if blind.Address != nil && address.Compare(c.PrintedAddress, blind.Address.Text).Result == address.Match {
		r.blindAddr = 1
	} else {
		miss("blind address "+c.PrintedAddress, blind.Address)
	}
	return r
}
