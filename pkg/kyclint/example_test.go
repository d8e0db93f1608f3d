package kyclint_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/kyclint/kyclint/pkg/kyclint"
)

// Lint the sample packs as of a fixed day, each with the rule set its
// manifest names (base for a pack that names none), and print each pack's
// rule set and the rules of its findings.
func Example() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	res, err := kyclint.Lint(ctx, []string{"../../testdata/packs"}, kyclint.Options{
		Date: time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("rule set:", res.Ruleset)
	for _, p := range res.Packs {
		rules := "-"
		if len(p.Findings) > 0 {
			var ids []string
			for _, f := range p.Findings {
				ids = append(ids, f.Rule)
			}
			rules = strings.Join(ids, " ")
		}
		fmt.Printf("%-22s %-4s %s\n", filepath.Base(p.Path), p.Ruleset, rules)
	}
	// Output:
	// rule set: auto
	// anna-clean             gb   -
	// ben-expired-passport   gb   document.expired
	// chloe-old-phone-bill   gb   pack.required-documents document.type address.recency
	// dev-manifest-typos     gb   pack.manifest document.missing-field document.missing-field pack.manifest
	// emma-wrong-files       base file.extension-mismatch image.dimensions file.format file.size image.dimensions
	// finn-under-age         gb   identity.age
	// gita-unsafe-paths      base pack.required-documents pack.unsafe-path pack.missing-file pack.unlisted-file
	// hugo-no-manifest       base pack.manifest
	// ines-typed-differently base identity.dob mrz.mismatch address.name address.match
	// jonas-mrz-slips        base mrz.mismatch mrz.photo-mismatch mrz.check-digit mrz.check-digit
	// kai-resident-id        cn   mrz.unreadable mrz.unreadable
}
