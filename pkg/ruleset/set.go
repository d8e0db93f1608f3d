package ruleset

import (
	"github.com/kyclint/kyclint/pkg/lint"
)

// Layers are the kinds of rule set: base holds the defaults, a
// jurisdiction what regulation implies, a platform what an exchange or bank
// adds on top.
var Layers = []string{"base", "jurisdiction", "platform"}

// A Set is a loaded rule set with its extends chain merged.
type Set struct {
	ID          string
	Name        string
	Description string
	Layer       string // "base", "jurisdiction" or "platform"
	Extends     string // the id or file it extends, as written
	File        string // where it was read: "rules/gb.yaml" for a built-in
	Builtin     bool
	// Chain lists the files merged into the set, the root first.
	Chain    []string
	Settings *lint.Settings
	// Origins records, for each value a file set ("rules.file.size.max_bytes",
	// "documents.address"), the file that set it last.
	Origins map[string]string
}
