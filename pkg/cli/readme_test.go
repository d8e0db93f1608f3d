package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/checks"
)

// TestReadmeListsEveryRule keeps the README's rule table in step with the registry.
func TestReadmeListsEveryRule(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range checks.Registry().List() {
		if !strings.Contains(string(data), "| `"+r.ID+"` |") {
			t.Errorf("README.md has no row for rule %s", r.ID)
		}
	}
}
