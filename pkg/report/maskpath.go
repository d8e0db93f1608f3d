package report

import (
	"path"
	"slices"
	"strings"

	"github.com/kyclint/kyclint/pkg/redact"
)

// MaskPackPath masks a pack's folder name as reports do under --redact
// always, for messages about a pack outside the report.
func MaskPackPath(p string) string { return maskPackPath(p) }

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

// maskSubject masks the file name in a subject such as
// "documents[anna-lindqvist.jpg].expiry_date".
func maskSubject(s string) string {
	const prefix = "documents["
	end := strings.LastIndexByte(s, ']')
	if !strings.HasPrefix(s, prefix) || end < len(prefix) {
		return s
	}
	return prefix + redact.MaskFile(s[len(prefix):end]) + s[end:]
}

// fileData lists the data keys whose values are pack file names.
var fileData = []string{"same_as"}

// maskData returns a finding's data for a report: a date kyc.yaml declares
// (any key ending in _date) keeps only its year unless values are
// revealed, since a birth date may be typed into any date field; file names
// are masked with the pack paths. The finding's own map is not changed.
func maskData(data map[string]any, m Meta) map[string]any {
	out := make(map[string]any, len(data))
	for k, v := range data {
		if s, ok := v.(string); ok {
			switch {
			case !m.Reveal && strings.HasSuffix(k, "_date"):
				v = redact.DateOf(s).Masked()
			case m.MaskPaths && slices.Contains(fileData, k):
				v = redact.MaskFile(s)
			}
		}
		out[k] = v
	}
	return out
}
