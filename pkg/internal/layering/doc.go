// Package layering holds the test that keeps kyclint's package layering
// one-way:
//
//	cmd → cli → (report, engine) → rules (pkg/checks/…) → analyses (pkg/analysis) → leaves
//
// It has no code of its own; see layering_test.go for the rules asserted.
package layering
