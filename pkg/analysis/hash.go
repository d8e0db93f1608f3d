package analysis

import (
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
)

// SHA256 is the SHA-256 of a document's content, nil when it cannot be
// read. It is the same hash fingerprints use (pack.Document.SHA256), so a
// file is hashed once per lint.
var SHA256 = lint.NewAnalysis("sha256", "hashes each document's bytes with SHA-256",
	func(d *pack.Document) *[32]byte { return d.SHA256() })
