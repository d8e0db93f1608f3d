package pdfdoc

import "strings"

// Widths of the printable ASCII glyphs (0x20–0x7E) of the standard fonts
// that writers use without /Widths (Adobe's AFM files for the Core 14).
// Bold Times and the oblique faces take their family's nearest table.
var (
	helveticaWidths = [95]uint16{
		278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
		556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
		1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
		667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
		333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
		556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584}
	helveticaBoldWidths = [95]uint16{
		278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
		556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
		975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
		667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
		333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
		611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584}
	timesWidths = [95]uint16{
		250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
		500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
		921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
		556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
		333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
		500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541}
)

// base14Widths returns the ASCII widths of a standard font named base (a
// subset prefix "ABCDEF+" removed), and the width of other glyphs; nil when
// the font is not one of them.
func base14Widths(base string) (*[95]uint16, float64) {
	if i := strings.IndexByte(base, '+'); i == 6 {
		base = base[7:]
	}
	b := strings.ToLower(base)
	switch {
	case strings.HasPrefix(b, "courier"):
		return nil, 600
	case strings.HasPrefix(b, "helvetica") || strings.HasPrefix(b, "arial"):
		if strings.Contains(b, "bold") {
			return &helveticaBoldWidths, 556
		}
		return &helveticaWidths, 556
	case strings.HasPrefix(b, "times"):
		return &timesWidths, 500
	}
	return nil, 0
}
