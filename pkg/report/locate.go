package report

import (
	"path"
	"path/filepath"
	"strings"
)

// A spot is a place a finding points at: a file named relative to the
// working directory, slash-separated, and a line (0 for the whole file).
type spot struct {
	file string
	line int
}

// packFile names a file inside a pack relative to the working directory.
func packFile(pack, name string) string {
	dir := filepath.ToSlash(pack)
	if name == "" {
		return path.Clean(dir)
	}
	return path.Join(dir, name)
}

// manifestOf is the pack's manifest name. Reports written before packs
// named their manifest fall back to kyc.yaml when a finding has a manifest
// line, the only evidence that there is one.
func manifestOf(p Pack, f Finding) string {
	if p.Manifest == "" && f.ManifestLine > 0 {
		return "kyc.yaml"
	}
	return p.Manifest
}

// at is where a finding is: its file and line, or for a finding on the pack
// as a whole, the manifest when there is one, else the pack folder.
func at(p Pack, f Finding) spot {
	if f.File != "" {
		return spot{packFile(p.Path, f.File), f.Line}
	}
	if m := manifestOf(p, f); m != "" {
		return spot{packFile(p.Path, m), f.ManifestLine}
	}
	return spot{packFile(p.Path, ""), 0}
}

// declared is the manifest entry that lists the document a finding is
// about, when the finding is on a document (an image or PDF) rather than on
// the manifest itself.
func declared(p Pack, f Finding) (spot, bool) {
	m := manifestOf(p, f)
	if f.ManifestLine <= 0 || f.File == "" || m == "" || f.File == m {
		return spot{}, false
	}
	return spot{packFile(p.Path, m), f.ManifestLine}, true
}

// mentions reports whether a message already names the file it is about,
// as most messages on documents do ("bill.jpg is 600×400 pixels").
func mentions(message, file string) bool {
	return file == "" || strings.HasPrefix(message, file)
}
