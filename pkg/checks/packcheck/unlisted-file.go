package packcheck

import (
	"github.com/kyclint/kyclint/pkg/lint"

	"github.com/kyclint/kyclint/pkg/redact"
)

// UnlistedFile reports files of the pack that no document names.
var UnlistedFile = &lint.Rule{
	ID:            "pack.unlisted-file",
	Title:         "a file in the pack is not listed in the manifest",
	Severity:      lint.Warning,
	NeedsManifest: true,
	Why:           "An unlisted file is either a document that was forgotten in the manifest or something that should not be uploaded.",
	Hint:          "List the file under documents in kyc.yaml, or move it out of the pack folder.",
	Run: func(p *lint.Pass) {
		for _, f := range p.Pack.Files {
			if !f.Listed && !f.Unsafe {
				p.Reportf(f.Name, 0, "%s is not listed in %s", redact.FileOf(f.Name), p.Pack.ManifestFile)
			}
		}
	},
}
