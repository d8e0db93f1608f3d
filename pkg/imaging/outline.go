package imaging

import (
	"math"

	"github.com/kyclint/kyclint/pkg/imaging/internal/docquad"
)

// A Side names an edge of the image.
type Side int

// The image's sides, in the order Outline.Cut lists them.
const (
	Top Side = iota
	Right
	Bottom
	Left
)

func (s Side) String() string {
	return [...]string{"top", "right", "bottom", "left"}[s]
}

// An Outline is the document's four-sided outline as found in the working
// plane: an ID card, a passport page or a sheet of paper.
type Outline struct {
	// Corners run clockwise from the top-left, in working-plane pixels. A
	// corner lies outside the plane when the document is cut off.
	Corners [4][2]float64
	// Cut tells, per Side, whether the document runs into or beyond that
	// edge of the image.
	Cut     [4]bool
	Area    float64 // share of the frame the visible document covers, 0–1
	TiltDeg float64 // angle of its long sides from the nearest image axis
	Aspect  float64 // long/short side ratio; meaningful when nothing is cut
	Score   float64 // confidence 0–1
	// OnPage tells that the outline is a block of print on a document that
	// runs out of the frame (a column of a page's text), not the document's
	// own edges: it marks where to measure, but the document's extent is
	// unknown, so nothing is Cut and Area is not the document's.
	OnPage bool
}

// findOutline looks for the document's outline in the working luma plane.
// It returns nil when none was found with good evidence: kyclint does not
// guess where a document is.
func findOutline(y plane) *Outline {
	if max(y.w, y.h) < MinBlurLongSide {
		return nil // a thumbnail: too few pixels to tell a document's edges
	}
	r := docquad.Find(y.w, y.h, y.pix)
	if !r.Found {
		return nil
	}
	o := &Outline{Cut: r.Cut, Area: r.Area, TiltDeg: r.TiltDeg, Aspect: r.Aspect, Score: r.Score, OnPage: r.OnPage}
	for i, c := range r.Corners {
		o.Corners[i] = [2]float64{c.X, c.Y}
	}
	return o
}

// IsCut reports whether the document runs out of the frame on any side.
func (o *Outline) IsCut() bool { return o.Cut != [4]bool{} }

// CutSides lists the sides the document runs out of.
func (o *Outline) CutSides() []Side {
	var s []Side
	for i, c := range o.Cut {
		if c {
			s = append(s, Side(i))
		}
	}
	return s
}

// LongSide is the length of the outline's longest side, in working-plane
// pixels, counting the part beyond the frame of a cut-off document.
func (o *Outline) LongSide() float64 {
	var l float64
	for i := range o.Corners {
		a, b := o.Corners[i], o.Corners[(i+1)%4]
		l = max(l, math.Hypot(b[0]-a[0], b[1]-a[1]))
	}
	return l
}

// contains reports whether (x, y) lies inside the outline, which is convex.
func (o *Outline) contains(x, y float64) bool {
	var sign float64
	for i := range o.Corners {
		a, b := o.Corners[i], o.Corners[(i+1)%4]
		c := (b[0]-a[0])*(y-a[1]) - (b[1]-a[1])*(x-a[0])
		if c == 0 {
			continue
		}
		if sign == 0 {
			sign = c
		} else if (c > 0) != (sign > 0) {
			return false
		}
	}
	return true
}

// bounds returns the outline's bounding box, in whole pixels.
func (o *Outline) bounds() (x0, y0, x1, y1 int) {
	fx0, fy0, fx1, fy1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, c := range o.Corners {
		fx0, fy0 = min(fx0, c[0]), min(fy0, c[1])
		fx1, fy1 = max(fx1, c[0]), max(fy1, c[1])
	}
	return int(math.Floor(fx0)), int(math.Floor(fy0)), int(math.Ceil(fx1)), int(math.Ceil(fy1))
}

// region returns the outline as a measuring region; nil for no outline.
func (o *Outline) region() region {
	if o == nil {
		return nil
	}
	return o
}
