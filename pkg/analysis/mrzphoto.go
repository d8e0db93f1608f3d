package analysis

import (
	"errors"
	"strings"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/mrz"
	"github.com/kyclint/kyclint/pkg/mrzread"
	"github.com/kyclint/kyclint/pkg/pack"
)

// A PhotoProblem is why the MRZ in a document's photo could not be used.
type PhotoProblem int

// Photo problems.
const (
	// PhotoRead: the zone was read and mrzread vouches for it (Valid).
	PhotoRead PhotoProblem = iota
	// PhotoNotFound: no machine readable zone in the photo.
	PhotoNotFound
	// PhotoCut: a zone touching the image border, not read in full.
	PhotoCut
	// PhotoIllegible: a zone found but not read: its check digits or
	// content checks fail, or its lines fit no MRZ format.
	PhotoIllegible
	// PhotoDoubtful: a zone read whose checks all hold, but with
	// characters the checks cannot vouch for (mrzread.Result.Doubts): most
	// often a name's letter. Legible, but not to be used as data.
	PhotoDoubtful
)

func (p PhotoProblem) String() string {
	switch p {
	case PhotoRead:
		return "read"
	case PhotoNotFound:
		return "not found"
	case PhotoCut:
		return "cut off"
	case PhotoIllegible:
		return "illegible"
	case PhotoDoubtful:
		return "in doubt"
	}
	return "unknown"
}

// An MRZPhotoResult is the machine readable zone read from a document's
// photo.
type MRZPhotoResult struct {
	// Tried is false when there was nothing to read: not an identity
	// document, or not an image whose pixels were measured. The other
	// fields are then zero.
	Tried bool
	// Result is the zone read, nil when none was found or its lines fit
	// no format; Err then says why (it wraps mrzread.ErrNotFound when no
	// zone was found).
	Result *mrzread.Result
	Err    error
	// Problem is PhotoRead when Result is Valid.
	Problem PhotoProblem
}

// Valid reports whether a zone was read and mrzread vouches for it.
func (r MRZPhotoResult) Valid() bool { return r.Result != nil && r.Result.Valid }

// MRZPhoto reads the machine readable zone from an identity document's
// photo, on the working luma plane the Image analysis kept, so the photo is
// decoded once.
var MRZPhoto = lint.NewDerivedAnalysis("mrz-photo",
	"reads the machine readable zone from an identity document's photo (the working plane the image analysis kept)",
	[]lint.Analyzer{Image},
	func(p *lint.Pass, d *pack.Document) MRZPhotoResult {
		img := Image.Of(p, d)
		if d.Category() == pack.Identity && img.Measured() && img.Analysis.Luma == nil {
			// A kept image analysis has no luma plane (see keep.go):
			// this photo's zone was not kept with it, so decode it again.
			s, _ := lint.SettingsOf[ImageSettings](p.Settings, Image)
			img = analyzeImage(d, s)
		}
		return readPhotoMRZ(d, img)
	})

func readPhotoMRZ(d *pack.Document, img ImageResult) MRZPhotoResult {
	if d.Category() != pack.Identity || img.Analysis == nil || img.Analysis.Luma == nil {
		return MRZPhotoResult{}
	}
	r := MRZPhotoResult{Tried: true}
	r.Result, r.Err = mrzread.Read(img.Analysis.Luma)
	switch {
	case errors.Is(r.Err, mrzread.ErrNotFound):
		r.Problem = PhotoNotFound
	case r.Err != nil:
		r.Problem = PhotoIllegible
	case r.Result.Valid:
		r.Problem = PhotoRead
	case r.Result.ChecksPass:
		r.Problem = PhotoDoubtful
	case r.Result.Cut:
		r.Problem = PhotoCut
	default:
		r.Problem = PhotoIllegible
	}
	return r
}

// A DocZone is the machine readable zone the rules take as a document's:
// the one kyc.yaml declares, else, when kyc.yaml declares none, the one
// read from the document's photo if mrzread vouches for it (Valid).
type DocZone struct {
	// Zone is nil when the document has neither.
	Zone *mrz.Zone
	// FromPhoto reports a zone read from the photo.
	FromPhoto bool
}

// Label names the zone in a message: "MRZ", or "photo's MRZ" for one read
// from the photo.
func (z DocZone) Label() string {
	if z.FromPhoto {
		return "photo's MRZ"
	}
	return "MRZ"
}

// Key is the manifest key a finding about the zone points at: mrz, or the
// document's file line for a zone read from the photo.
func (z DocZone) Key() string {
	if z.FromPhoto {
		return "file"
	}
	return "mrz"
}

// ZoneRequires are the analyses ZoneOf reads: a rule calling it lists them
// all in its Requires.
var ZoneRequires = []lint.Analyzer{MRZ, Image, MRZPhoto}

// ZoneOf returns the zone the rules take as document d's (see DocZone). A
// declared MRZ always wins, even one that does not parse: the photo is read
// only for an identity document whose kyc.yaml entry has no mrz:.
func ZoneOf(p *lint.Pass, d *pack.Document) DocZone {
	if z := MRZ.Of(p, d).Zone; z != nil || strings.TrimSpace(d.MRZ) != "" {
		return DocZone{Zone: z}
	}
	if d.Category() != pack.Identity {
		return DocZone{}
	}
	r := MRZPhoto.Of(p, d)
	if !r.Valid() {
		return DocZone{}
	}
	z, err := mrz.Parse(r.Result.Text())
	if err != nil || !z.Valid() {
		return DocZone{}
	}
	return DocZone{Zone: z, FromPhoto: true}
}
