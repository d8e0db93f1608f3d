// Package checks lists every rule kyclint knows. A rule is an exported
// *lint.Rule variable in one of the packages under pkg/checks, in a file
// named after its id; all.go, which lists them, is generated: run
// `go generate ./...` after adding, renaming or removing a rule
// (.github/CONTRIBUTING.md tells the whole story).
package checks

import "github.com/kyclint/kyclint/pkg/lint"

//go:generate go run ../internal/rulegen/genrules

// Registry returns the registry of all rules. The rules are fixed at build
// time, so a malformed one is a bug caught by the tests: Registry panics.
func Registry() *lint.Registry {
	reg, err := lint.NewRegistry(All())
	if err != nil {
		panic(err)
	}
	return reg
}
