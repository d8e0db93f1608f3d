package fix

import (
	"os"

	"github.com/kyclint/kyclint/pkg/filetype"
)

// An Action says what Apply does with one file of the pack.
type Action int

// Actions.
const (
	Copy    Action = iota // copied unchanged: nothing to fix
	Rewrite               // written with new content, a new name, or both
	Keep                  // copied unchanged although a fix was wanted; Notes say why
	Skip                  // not copied; Notes say why
)

var actionNames = map[Action]string{Copy: "copy", Rewrite: "fix", Keep: "keep", Skip: "skip"}

// String names the action in fix's listing: copy, fix, keep or skip.
func (a Action) String() string { return actionNames[a] }

// A Step is what happens to one file of the pack.
type Step struct {
	Action Action
	Src    string // pack-relative, slash-separated
	Dst    string // the name in the output; differs from Src when renamed
	// Data is the new content; nil copies Src's bytes.
	Data  []byte
	Notes []string // what was done or why not, for people

	format filetype.Format // the content's format after the step
}

// A Plan is every step of a fix, in file order. It keeps the pack folder
// open, read-only, until Close.
type Plan struct {
	Steps []Step
	root  *os.Root
}

// Close releases the pack folder.
func (p *Plan) Close() error { return p.root.Close() }

// Changed counts the steps that rewrite a file.
func (p *Plan) Changed() int {
	n := 0
	for _, s := range p.Steps {
		if s.Action == Rewrite {
			n++
		}
	}
	return n
}

func keep(src string, f filetype.Format, notes ...string) Step {
	return Step{Action: Keep, Src: src, Dst: src, Notes: notes, format: f}
}
