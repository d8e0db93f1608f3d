package synth

import (
	"image"
	"image/color"
)

// Glyph segments. Letters are drawn as blocky segment shapes: sharp,
// axis-aligned strokes behave like printed text under a Laplacian measure
// and cost almost nothing to paint. Nobody has to read them.
const (
	segTop = 1 << iota
	segMid
	segBottom
	segUpLeft
	segLowLeft
	segUpRight
	segLowRight
	segStem
	segChevron // the MRZ filler '<'
)

var digitSegs = [10]uint16{
	segTop | segBottom | segUpLeft | segLowLeft | segUpRight | segLowRight,
	segUpRight | segLowRight,
	segTop | segUpRight | segMid | segLowLeft | segBottom,
	segTop | segUpRight | segMid | segLowRight | segBottom,
	segUpLeft | segMid | segUpRight | segLowRight,
	segTop | segUpLeft | segMid | segLowRight | segBottom,
	segTop | segUpLeft | segMid | segLowLeft | segLowRight | segBottom,
	segTop | segUpRight | segLowRight,
	segTop | segMid | segBottom | segUpLeft | segLowLeft | segUpRight | segLowRight,
	segTop | segMid | segBottom | segUpLeft | segUpRight | segLowRight,
}

var letterSegs = [26]uint16{
	segTop | segMid | segUpLeft | segLowLeft | segUpRight | segLowRight,                       // A
	segTop | segMid | segBottom | segStem | segUpRight | segLowRight,                          // B
	segTop | segBottom | segUpLeft | segLowLeft,                                               // C
	segTop | segBottom | segStem | segUpRight | segLowRight,                                   // D
	segTop | segMid | segBottom | segUpLeft | segLowLeft,                                      // E
	segTop | segMid | segUpLeft | segLowLeft,                                                  // F
	segTop | segBottom | segUpLeft | segLowLeft | segLowRight,                                 // G
	segMid | segUpLeft | segLowLeft | segUpRight | segLowRight,                                // H
	segTop | segBottom | segStem,                                                              // I
	segBottom | segLowLeft | segUpRight | segLowRight,                                         // J
	segMid | segUpLeft | segLowLeft | segUpRight,                                              // K
	segBottom | segUpLeft | segLowLeft,                                                        // L
	segTop | segStem | segUpLeft | segLowLeft | segUpRight | segLowRight,                      // M
	segTop | segUpLeft | segLowLeft | segUpRight | segLowRight,                                // N
	segTop | segBottom | segUpLeft | segLowLeft | segUpRight | segLowRight,                    // O
	segTop | segMid | segUpLeft | segLowLeft | segUpRight,                                     // P
	segTop | segMid | segBottom | segUpLeft | segUpRight | segLowRight | segLowLeft | segStem, // Q
	segTop | segMid | segUpLeft | segLowLeft | segUpRight | segStem,                           // R
	segTop | segMid | segBottom | segUpLeft | segLowRight,                                     // S
	segTop | segStem, // T
	segBottom | segUpLeft | segLowLeft | segUpRight | segLowRight,           // U
	segUpLeft | segUpRight | segStem,                                        // V
	segBottom | segStem | segUpLeft | segLowLeft | segUpRight | segLowRight, // W
	segMid | segStem | segUpLeft | segLowRight,                              // X
	segMid | segStem | segUpLeft | segUpRight,                               // Y
	segTop | segMid | segBottom | segUpRight | segLowLeft,                   // Z
}

func glyphSegs(c byte) uint16 {
	switch {
	case c >= '0' && c <= '9':
		return digitSegs[c-'0']
	case c >= 'A' && c <= 'Z':
		return letterSegs[c-'A']
	case c == '<':
		return segChevron
	case c == '-', c == '/':
		return segMid
	case c == '.', c == ',':
		return segBottom
	}
	return 0
}

// glyphWidth is the advance of one glyph of height h, spacing included.
func glyphWidth(h int) int { return max(2, h*3/4) }

// paintGlyph draws character c with its top-left corner at (x, y).
func paintGlyph(img *image.RGBA, x, y, h int, c byte, col color.RGBA) {
	s := glyphSegs(c)
	w := max(2, h*3/5)
	t := max(1, (h+4)/8)
	half := h / 2
	box := func(x0, y0, x1, y1 int) { paintRect(img, image.Rect(x+x0, y+y0, x+x1, y+y1), col) }
	parts := [...]struct {
		bit            uint16
		x0, y0, x1, y1 int
	}{
		{segTop, 0, 0, w, t},
		{segMid, 0, half - t/2, w, half - t/2 + t},
		{segBottom, 0, h - t, w, h},
		{segUpLeft, 0, 0, t, half + t/2},
		{segLowLeft, 0, half - t/2, t, h},
		{segUpRight, w - t, 0, w, half + t/2},
		{segLowRight, w - t, half - t/2, w, h},
		{segStem, w/2 - t/2, 0, w/2 - t/2 + t, h},
	}
	for _, p := range parts {
		if s&p.bit != 0 {
			box(p.x0, p.y0, p.x1, p.y1)
		}
	}
	if s&segChevron != 0 {
		paintChevron(img, x, y, w, h, t, col)
	}
}

// paintChevron draws '<' as two stair-stepped diagonals.
func paintChevron(img *image.RGBA, x, y, w, h, t int, col color.RGBA) {
	steps := max(2, w/t)
	for i := 0; i < steps; i++ {
		px := x + i*(w-t)/(steps-1)
		dy := i * (h/2 - t) / (steps - 1)
		cy := y + h/2 - t/2
		paintRect(img, image.Rect(px, cy-dy, px+t, cy-dy+t), col)
		paintRect(img, image.Rect(px, cy+dy, px+t, cy+dy+t), col)
	}
}

// paintText draws s from (x, y) at height h and returns the x after it.
func paintText(img *image.RGBA, x, y, h int, s string, col color.RGBA) int {
	adv := glyphWidth(h)
	for i := 0; i < len(s); i++ {
		paintGlyph(img, x, y, h, s[i], col)
		x += adv
	}
	return x
}
