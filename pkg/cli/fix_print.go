package cli

import (
	"fmt"
	"strings"

	"github.com/kyclint/kyclint/pkg/fix"
)

// printPlan lists what fix does with each file, one line each:
//
//	fix   id.png → id.jpg: re-encoded as JPEG quality 92, 1600×1200 (…); converted from PNG (…)
//	copy  bill.pdf
//	keep  edited.jpg: saved by GIMP (…)
func printPlan(io *IOStreams, plan *fix.Plan) {
	for _, s := range plan.Steps {
		name := s.Src
		if s.Dst != s.Src {
			name += " → " + s.Dst
		}
		line := fmt.Sprintf("%-5s %s", s.Action, name)
		if len(s.Notes) > 0 {
			line += ": " + strings.Join(s.Notes, "; ")
		}
		fmt.Fprintln(io.Out, line)
	}
}

func countActions(plan *fix.Plan, actions ...fix.Action) int {
	n := 0
	for _, s := range plan.Steps {
		for _, a := range actions {
			if s.Action == a {
				n++
			}
		}
	}
	return n
}
