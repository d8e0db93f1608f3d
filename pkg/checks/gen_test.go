package checks_test

import (
	"os"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/rulegen"
)

// TestAllIsGenerated fails when all.go does not list exactly the exported
// *lint.Rule variables of the packages under pkg/checks.
func TestAllIsGenerated(t *testing.T) {
	want, err := rulegen.Generate(".")
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("all.go")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("pkg/checks/all.go is stale: run `%s`", rulegen.Command)
	}
}
