package cli

// The files generated from this package's output: rules/README.md (`kyclint
// explain --all --format markdown`), the rule table of README.md between its
// "rule table" markers, and the golden reports under testdata/golden. The
// tests that compare them rewrite them when given -update; `go generate
// ./...` runs them so, after pkg/checks has regenerated its rule list.
//go:generate go test . -run=^(TestRulesReadmeIsGenerated|TestReadmeRuleTableIsGenerated|TestLintSamplePacksGolden)$ -update
