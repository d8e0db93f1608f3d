package statement_test

import (
	"fmt"

	"github.com/kyclint/kyclint/pkg/statement"
)

func ExampleFind() {
	page := `Northbank plc
PO Box 1234, Leeds LS1 4AP

MR JOHN A SMITH                       Statement date: 15 October 2026
FLAT 3                                Account number 12345678
12 HIGH STREET
LONDON
SW1A 1AA

16 Sep 2026    Balance brought forward       1,234.56`
	f := statement.Find([]string{page}, statement.Want{
		Name:    "John Andrew Smith",
		Address: "Flat 3, 12 High Street, London SW1A 1AA",
	})
	fmt.Printf("%s: %v (%v)\n", f.Name.Text, f.Name.Verdict.Result, f.Name.Verdict.Tier)
	fmt.Printf("%s: %v\n", f.Address.Text, f.Address.Verdict.Result)
	fmt.Printf("%v by %v %q; %d dates on page 1\n", f.Date.Date, f.Date.By, f.Date.Label, len(f.Dates))
	// Output:
	// MR JOHN A SMITH: match (initials)
	// FLAT 3, 12 HIGH STREET, LONDON, SW1A 1AA: match
	// 2026-10-15 by label "Statement date"; 2 dates on page 1
}
