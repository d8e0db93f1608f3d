// Command genrules writes all.go in the current directory (pkg/checks): the
// list of every rule of the packages under it. pkg/checks/gen.go runs it
// from `go generate`.
package main

import (
	"bytes"
	"fmt"
	"os"

	"github.com/kyclint/kyclint/pkg/internal/rulegen"
)

func main() {
	src, err := rulegen.Generate(".")
	if err != nil {
		fmt.Fprintln(os.Stderr, "genrules:", err)
		os.Exit(1)
	}
	if old, err := os.ReadFile("all.go"); err == nil && bytes.Equal(old, src) {
		return
	}
	if err := os.WriteFile("all.go", src, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "genrules:", err)
		os.Exit(1)
	}
}
