package report

import (
	"path"
	"strings"

	"github.com/kyclint/kyclint/pkg/redact"
)

// maskPackPath masks a pack's folder name, often the applicant's name
// ("packs/anna-lindqvist" → "packs/a***-l********"), and keeps the folders
// above it, which name the batch rather than the person.
func maskPackPath(p string) string {
	slashed := strings.ReplaceAll(p, "\\", "/")
	dir, base := path.Split(strings.TrimSuffix(slashed, "/"))
	if base == "" || base == "." || base == ".." {
		return p
	}
	return dir + redact.NameOf(base).Masked()
}
