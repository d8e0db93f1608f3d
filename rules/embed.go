// Package rules embeds kyclint's built-in rule sets, one YAML file per
// jurisdiction, so the binary needs nothing beside it.
package rules

import "embed"

// FS holds the built-in rule sets, named <id>.yaml.
//
//go:embed *.yaml
var FS embed.FS
