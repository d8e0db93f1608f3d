package packcheck

import (
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
)

// UnsafePath reports paths that leave the pack. kyclint never opens them.
var UnsafePath = &lint.Rule{
	ID:       "pack.unsafe-path",
	Title:    "a path or symlink leads outside the pack",
	Severity: lint.Error,
	Why: "A pack must be self-contained: a path such as ../other/passport.jpg or a symlink out of the folder " +
		"would upload someone else's file, or nothing, once the folder is copied.",
	Hint: "Copy the document into the pack folder and name it relative to the folder, without .. or a leading /.",
	Run: func(p *lint.Pass) {
		for _, d := range p.Pack.Documents {
			if d.State == pack.PathUnsafe {
				p.Doc(d, "file", nil, "", "%s is %s; it was not opened", redact.FileOf(d.File), d.StateErr)
			}
		}
		for _, f := range p.Pack.Files {
			if f.Unsafe && !f.Listed {
				p.Reportf(f.Name, 0, "%s is %s; it was not opened", redact.FileOf(f.Name), f.UnsafeWhy)
			}
		}
		reportProblems(p, pack.UnsafePathProblem)
	},
}
