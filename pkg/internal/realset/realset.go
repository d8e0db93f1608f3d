// Package realset is kyclint's labelled set of real document images for
// calibrating the image rules: the originals (real scans and photos of
// identity documents, a phone photo of an ID card, scanned receipts and a
// faxed letter, and ordinary camera photos), a table of degradations at
// strengths scaled to each image, and legibility labels for the degraded
// documents from three judges: tesseract (testdata/legibility.json),
// kyclint's MRZ reader (testdata/reader-labels.json) and a person
// (testdata/eye-labels.json), combined by Legibility.
//
// It is used by tests only. Most originals live in the shared corpus beside
// the repository; functions take its root so callers can skip when it is
// absent (see pkg/internal/corpus).
package realset

import "strings"

// A Category says what role a file plays in a KYC pack.
type Category string

// The categories of the originals, as in kyclint's document types.
const (
	Identity Category = "identity"
	Address  Category = "address"
	Selfie   Category = "selfie"
	Other    Category = "other"
)

// A Subject says what an original shows, which decides how it is used.
type Subject string

const (
	// Document is a scan or photo of a document; it is degraded and
	// labelled by legibility.
	Document Subject = "document"
	// SharpPhoto is a camera photo in focus: sharpness rules must pass it.
	SharpPhoto Subject = "sharp_photo"
	// BlurredPhoto is a camera photo that is genuinely out of focus or
	// shaken.
	BlurredPhoto Subject = "blurred_photo"
	// NotPhoto is a graphic, render or flat test image found among the
	// camera files; no sharpness verdict applies.
	NotPhoto Subject = "not_photo"
)

// An Original is one real image of the set.
type Original struct {
	// Path is relative to the shared corpus root, or, when Bundled, to
	// this package's testdata folder.
	Path     string
	Bundled  bool
	Category Category
	Subject  Subject
	// Readable says whether a person can read the document's data (the
	// values of its fields and its MRZ) at 100 % zoom; printed captions
	// smaller than the data are not counted.
	Readable bool
	// MRZ is the text of the machine readable zone as printed, nil when
	// the document has none or it could not be read by eye.
	MRZ []string
	// Rotate is the clockwise turn, in degrees, that makes the text
	// upright; OCR needs it, the degradations do not.
	Rotate int
	Note   string
}

// Degraded reports whether the original takes part in the degraded set.
func (o Original) Degraded() bool { return o.Subject == Document }

// FileKey turns an original's path into a flat file name, for folders of
// generated files.
func FileKey(path string) string { return strings.ReplaceAll(path, "/", "__") }
