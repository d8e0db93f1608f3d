// Package locate finds the machine readable zone (MRZ) of a travel document
// in a grey image and cuts out its lines, upright and straightened, for
// character recognition.
//
// The method follows what ICAO 9303 Parts 3–5 fix about the zone: two or
// three parallel lines of fixed-pitch OCR-B characters (30, 36 or 44 a
// line), evenly spaced, of equal length, with no gaps (unused positions are
// printed as the filler '<'). Like PassportEye it looks for dark, thin
// strokes with a morphological black-hat, but it does not assume the text is
// horizontal:
//
//  1. The image is reduced to a detection plane of about 500 px and the
//     black-hat (closing minus image) marks thin dark strokes.
//  2. The direction of the text lines is the angle whose projection of the
//     stroke pixels is the most peaked (any angle, so every rotation and
//     tilt is covered).
//  3. In that frame the strokes of each row are smeared along the line, and
//     connected runs give text-line blobs; two or three blobs of equal
//     length and height, evenly spaced and left-aligned, make a candidate.
//  4. Each candidate line is cut from the full image along its own fitted
//     centre line and heights (which absorbs mild perspective), scaled to a
//     character height of 32 px; the fixed pitch is measured by
//     autocorrelation and a grid of cells fitted to the gaps between glyphs.
//  5. Upright against upside down is told by the filler chevrons' shape and
//     the fillers gathering at the end of lines; when they disagree or are
//     weak the zone is flagged Upside.
//
// Text that merely looks like a zone is refused: a line with word spaces
// (every MRZ position is printed), a group that further alike lines
// continue at the same spacing (a paragraph, a table, a typed letter), a
// bar with no gaps between glyphs (a barcode), a line count that does not
// fit the character count (three lines must be about 30 characters, two
// lines 36 or 44). Long rules along the text (frames, card edges) are
// dropped before the lines are built, and page edges across a line are
// left out of its ink.
//
// All work is bounded by the detection plane and by the strip sizes, so any
// input takes a few milliseconds.
package locate

import (
	"errors"
	"image"
)

// A Line is one MRZ line, cut out of the image, turned upright and straightened.
type Line struct {
	// Strip holds the line's pixels, text horizontal, reading left to
	// right, dark ink on light paper, character height about 32 px.
	Strip *image.Gray
	// Cells has one box per character position in Strip, left to right
	// (fixed pitch; equal count on every line of a zone).
	Cells []image.Rectangle
	// Quad is the line's corners in the source image (top-left, top-right,
	// bottom-right, bottom-left as read).
	Quad [4]image.Point
	// Pitch is the measured character pitch in Strip pixels, and Periodic
	// how strongly the ink repeats at that pitch (0–1).
	Pitch    float64
	Periodic float64
	// Measured is the character count the pitch gave before it was
	// snapped to a legal MRZ length.
	Measured int
}

// A Zone is the MRZ found in an image.
type Zone struct {
	Lines []Line // 2 or 3, top to bottom as read
	// Rotation is the clockwise turn applied to read it: 0, 90, 180 or 270.
	Rotation int
	// TiltDeg is the remaining angle of the lines after Rotation, in
	// degrees, positive clockwise in image coordinates.
	TiltDeg float64
	// Cut reports that the zone touches or runs out of the image border
	// (the document is cut off).
	Cut bool
	// Upside is true when the 180° alternative is as likely; the caller
	// tries both.
	Upside bool
}

// ErrNotFound is returned when the image holds no machine readable zone.
var ErrNotFound = errors.New("no machine readable zone found")

// StripHeight is the height of every Line.Strip; the characters take
// CharHeight of it, centred.
const (
	CharHeight  = 32
	StripHeight = 56
)

// Find locates the MRZ in img.
func Find(img *image.Gray) (*Zone, error) {
	if img == nil {
		return nil, ErrNotFound
	}
	b := img.Bounds()
	if b.Dx() < 40 || b.Dy() < 20 {
		return nil, ErrNotFound
	}
	d := newDetection(img)
	if d == nil {
		return nil, ErrNotFound
	}
	defer d.release()
	angles := d.orientations()
	for _, a := range angles {
		if z := d.zoneAt(a); z != nil {
			return z, nil
		}
	}
	return nil, ErrNotFound
}
