package analysis

import (
	"bytes"
	"encoding/gob"
	"errors"

	"github.com/kyclint/kyclint/pkg/imaging"
	"github.com/kyclint/kyclint/pkg/mrzread"
	"github.com/kyclint/kyclint/pkg/pdfdoc"
)

// The analyses whose work is worth keeping from run to run (decoding and
// measuring a photo, reading its MRZ, parsing a PDF and its text) are kept
// by a run's lint.ResultCache in the encodings below. Each version names the
// analysis's work and its encoding; bump it when either changes. A result
// that cannot be encoded exactly (one that carries an error other than
// the MRZ reader's, which is kept as its message) is not kept, and is
// computed on every run.
const (
	imageVersion    = "2"
	mrzPhotoVersion = "1"
	pdfVersion      = "1"
	pdfTextVersion  = "1"
)

func init() {
	Image.Keep(imageVersion, encodeImage, decodeImage)
	MRZPhoto.Keep(mrzPhotoVersion, encodeMRZPhoto, decodeMRZPhoto)
	PDF.Keep(pdfVersion, encodePDF, decodePDF)
	PDFText.Keep(pdfTextVersion, encodePDFText, decodePDFText)
}

func encodeGob(v any) ([]byte, bool) {
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(v); err != nil {
		return nil, false
	}
	return b.Bytes(), true
}

func decodeGob(data []byte, v any) error { return gob.NewDecoder(bytes.NewReader(data)).Decode(v) }

// imageEntry is a measured image's analysis without its luma plane, which
// MRZPhoto rebuilds when it is not kept itself (see readPhotoMRZ).
type imageEntry struct {
	Format        imaging.Format
	Width, Height int
	Size          int64
	EXIF          imaging.EXIF
	Metrics       *imaging.Metrics
}

func encodeImage(r ImageResult) ([]byte, bool) {
	if r.Err != nil || r.Analysis == nil || r.Analysis.EXIFErr != nil {
		return nil, false
	}
	a := r.Analysis
	return encodeGob(imageEntry{Format: a.Format, Width: a.Width, Height: a.Height, Size: a.Size, EXIF: a.EXIF, Metrics: a.Metrics})
}

func decodeImage(data []byte) (ImageResult, error) {
	var e imageEntry
	if err := decodeGob(data, &e); err != nil {
		return ImageResult{}, err
	}
	return ImageResult{Analysis: &imaging.Analysis{Format: e.Format, Width: e.Width, Height: e.Height, Size: e.Size,
		EXIF: e.EXIF, Metrics: e.Metrics}}, nil
}

// mrzPhotoEntry keeps the reader's error as its message, and whether it
// wrapped mrzread.ErrNotFound, which is all the rules ask of it.
type mrzPhotoEntry struct {
	Tried    bool
	Result   *mrzread.Result
	Err      string
	HasErr   bool
	NotFound bool
	Problem  PhotoProblem
}

func encodeMRZPhoto(r MRZPhotoResult) ([]byte, bool) {
	e := mrzPhotoEntry{Tried: r.Tried, Result: r.Result, Problem: r.Problem}
	if r.Err != nil {
		e.Err, e.HasErr, e.NotFound = r.Err.Error(), true, errors.Is(r.Err, mrzread.ErrNotFound)
	}
	return encodeGob(e)
}

func decodeMRZPhoto(data []byte) (MRZPhotoResult, error) {
	var e mrzPhotoEntry
	if err := decodeGob(data, &e); err != nil {
		return MRZPhotoResult{}, err
	}
	r := MRZPhotoResult{Tried: e.Tried, Result: e.Result, Problem: e.Problem}
	if e.HasErr {
		r.Err = keptError{msg: e.Err, notFound: e.NotFound}
	}
	return r, nil
}

// keptError is a kept MRZ reader's error: its message, and ErrNotFound
// when it wrapped that.
type keptError struct {
	msg      string
	notFound bool
}

func (e keptError) Error() string { return e.msg }

func (e keptError) Unwrap() error {
	if e.notFound {
		return mrzread.ErrNotFound
	}
	return nil
}

func encodePDF(r PDFResult) ([]byte, bool) {
	if r.Err != nil || r.Info == nil {
		return nil, false
	}
	return encodeGob(r.Info)
}

func decodePDF(data []byte) (PDFResult, error) {
	var info pdfdoc.Info
	if err := decodeGob(data, &info); err != nil {
		return PDFResult{}, err
	}
	return PDFResult{Info: &info}, nil
}

func encodePDFText(r PDFTextResult) ([]byte, bool) {
	if r.Err != nil || r.Text == nil {
		return nil, false
	}
	return encodeGob(r.Text)
}

func decodePDFText(data []byte) (PDFTextResult, error) {
	var t pdfdoc.Text
	if err := decodeGob(data, &t); err != nil {
		return PDFTextResult{}, err
	}
	return PDFTextResult{Text: &t}, nil
}
