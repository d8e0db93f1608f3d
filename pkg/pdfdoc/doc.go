// Package pdfdoc inspects the structure of a PDF file without rendering it:
// its header and cross-reference chain, whether it is encrypted, how many
// times it was saved, and what the document information dictionary says about
// the software that made and modified it. The kyclint rules pdf.encrypted,
// pdf.corrupt and pdf.edited are built on it.
//
// Inspection is bounded: it reads the head and the tail of the file and seeks
// only to the cross-reference sections and the few objects it needs, with caps
// on every size, count and depth (see limits.go), so a hostile or huge file
// costs little and never panics.
//
// ExtractText reads the text of the first pages (three by default) in
// reading order, as lines of positioned words, for the finders of the
// addressee, address and statement date. It interprets the pages' content
// streams with their fonts (simple fonts with standard encodings and
// Differences, ToUnicode CMaps, Type0 fonts with Identity-H or a Unicode
// CMap) and decodes the Flate, LZW, ASCII85, ASCIIHex and RunLength filters.
// It is bounded like Inspect, with its own caps (extract.go); an encrypted
// file gives ErrEncrypted, and a file whose cross-reference chain is broken
// is read by scanning for its objects.
package pdfdoc

import (
	"time"
)

// An Info is what Inspect learned about one PDF file.
type Info struct {
	// Version is the PDF version from the header ("1.7"), raised by the
	// catalog's /Version entry when that is newer.
	Version string

	// Encrypted reports an /Encrypt entry in the trailer. Owner-password-only
	// files count: they open without a password but are still encrypted.
	Encrypted bool
	// EncryptFilter names the security handler ("Standard") and
	// EncryptRevision its /R entry (2 to 6 for the standard handler).
	EncryptFilter   string
	EncryptRevision int
	// NeedsPassword reports an encrypted file that does not open with the
	// empty user password: a reader asks for a password. False for a file
	// encrypted with an owner password only, whose text ExtractText reads.
	NeedsPassword bool

	// Revisions counts the saves: 1 for a file written once, one more for
	// each incremental update. A linearized file's first-page cross-reference
	// section is not a save. Zero when the cross-reference chain is unreadable.
	Revisions int
	// Linearized reports a linearization ("fast web view") dictionary.
	Linearized bool

	// Producer and Creator come from the document information dictionary.
	// They stay empty when the file is encrypted, because the strings are.
	Producer, Creator string
	// CreationDate and ModDate are zero when absent or unparsable.
	CreationDate, ModDate time.Time

	// Pages is the page tree's /Count, or -1 when it is not cheaply known.
	Pages int

	// Problems lists why the file is damaged; empty for a well-formed file.
	Problems []Problem
}

// Corrupt reports whether the file is damaged enough that a strict reader
// would reject it.
func (i *Info) Corrupt() bool { return len(i.Problems) > 0 }

// IncrementalUpdates is the number of saves after the first one.
func (i *Info) IncrementalUpdates() int {
	if i.Revisions < 1 {
		return 0
	}
	return i.Revisions - 1
}
