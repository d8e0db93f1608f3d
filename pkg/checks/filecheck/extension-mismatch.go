package filecheck

import (
	"path"

	"github.com/kyclint/kyclint/pkg/filetype"
	"github.com/kyclint/kyclint/pkg/lint"
)

// ExtensionMismatch reports a file whose extension promises another format
// than its content holds.
var ExtensionMismatch = &lint.Rule{
	ID:       "file.extension-mismatch",
	Title:    "the file extension does not match the content",
	Severity: lint.Warning,
	Why: "Upload forms filter by extension and services decode by content: a PNG named .jpg passes the form, " +
		"then may fail or be flagged as tampered when it is opened.",
	Hint: "Rename the file with the extension of its real format, or re-save it in the format its name promises.",
	Run: func(p *lint.Pass) {
		for _, d := range readable(p) {
			head, err := d.Head()
			if err != nil || len(head) == 0 {
				continue
			}
			content := filetype.Sniff(head)
			promised := filetype.FromExtension(d.File)
			if content == filetype.Unknown || filetype.SameFamily(promised, content) {
				continue
			}
			ext := path.Ext(d.File)
			if ext == "" {
				ext = "no extension"
			}
			p.Report(lint.Finding{File: d.File,
				Message: textf("%s holds %s data but is named %s", d.File, content.Label(), ext),
				Data:    map[string]any{"content": string(content), "extension": path.Ext(d.File)},
				Hint:    "Rename it to end in " + content.Extension() + ", or re-save it in the format its name promises."})
		}
	},
}
