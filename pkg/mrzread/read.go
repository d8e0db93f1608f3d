package mrzread

import (
	"fmt"
	"image"
	"math"

	"golang.org/x/image/draw"

	"github.com/kyclint/kyclint/pkg/mrzread/internal/locate"
	"github.com/kyclint/kyclint/pkg/mrzread/internal/ocrb"
)

// ErrNotFound is wrapped by Read's error when the image holds no machine
// readable zone.
var ErrNotFound = locate.ErrNotFound

// WorkingSize is the longest side, in pixels, Read works at: larger images
// are reduced to it.
const WorkingSize = 1000

// Read finds the machine readable zone in img, recognises each character
// and decodes the zone (see Decode). A *image.Gray no larger than
// WorkingSize is used as it is. The error wraps ErrNotFound when no zone is
// found. Result.Cut reports a zone touching the image border, so likely
// missing characters.
func Read(img image.Image) (*Result, error) {
	g := workingPlane(img)
	z, err := locate.Find(g)
	if err != nil {
		return nil, fmt.Errorf("mrzread: %w", err)
	}
	res, err := readZone(z)
	rotation := z.Rotation
	if z.Upside {
		if alt, altErr := readZone(flipZone(z)); altErr == nil && (err != nil || better(alt, res)) {
			res, err = alt, nil
			rotation = (z.Rotation + 180) % 360
		}
	}
	if err != nil {
		return nil, fmt.Errorf("mrzread: %d lines of %d cells: %w", len(z.Lines), len(z.Lines[0].Cells), err)
	}
	res.Rotation = rotation
	res.Cut, res.Upside, res.TiltDeg = z.Cut, z.Upside, z.TiltDeg
	return res, nil
}

// readZone classifies every cell of z and decodes the lines. A zone the
// OCR-B reading does not vouch for, with a glyph that matches no OCR-B
// template well, may be printed in another font: it is classified again in
// the sans-serif set (see inSans) and, when most of its glyphs fit that
// set better, read in it. The decoder's checks and doubts apply to either
// reading alike.
func readZone(z *locate.Zone) (*Result, error) {
	lines := classifyZone(z, ocrb.OCRB)
	res, err := Decode(lines)
	if err == nil && res.Valid || !poorGlyph(lines) {
		return res, err
	}
	sans := classifyZone(z, ocrb.Sans)
	if !inSans(lines, sans) {
		return res, err
	}
	if alt, altErr := Decode(sans); altErr == nil {
		return alt, nil
	}
	return res, err
}

func classifyZone(z *locate.Zone, f ocrb.Font) [][]ocrb.Scores {
	lines := make([][]ocrb.Scores, len(z.Lines))
	for i, l := range z.Lines {
		lines[i] = ocrb.ClassifyLineIn(f, l.Strip, l.Cells)
	}
	return lines
}

// poorGlyph reports whether some glyph of the zone matches no template
// well: its best score is under poorFit.
func poorGlyph(lines [][]ocrb.Scores) bool {
	for _, l := range lines {
		for i := range l {
			if _, s := l[i].Best(); s > 0 && s < poorFit {
				return true
			}
		}
	}
	return false
}

// inSans reports whether the zone, rated against OCR-B (ocr) and the
// sans-serif set (sans), is printed in a sans-serif: of its glyphs that fit
// one font better than the other by fontMargin, more than twice as many fit
// the sans-serif. Fillers, much alike in both fonts, are left out. A zone
// is printed in one font: on OCR-B zones (the specimens and generated
// photos) at most a handful of glyphs fit the sans-serif better and over
// three times as many fit OCR-B better.
func inSans(ocr, sans [][]ocrb.Scores) bool {
	s, o := 0, 0
	for i := range ocr {
		for j := range ocr[i] {
			c, x := ocr[i][j].Best()
			_, y := sans[i][j].Best()
			switch {
			case c == '<' || x == 0 && y == 0:
			case y > x+fontMargin:
				s++
			case x > y+fontMargin:
				o++
			}
		}
	}
	return s > 2*o
}

const (
	// poorFit is the best score under which a glyph matches no template
	// of the font well.
	poorFit = 0.8
	// fontMargin is how much better a glyph must fit one font to count
	// for it.
	fontMargin = 0.03
)

// flipZone returns z read the other way up: lines in reverse order, each
// strip turned 180° and its cells mirrored and reversed.
func flipZone(z *locate.Zone) *locate.Zone {
	out := *z
	out.Lines = make([]locate.Line, len(z.Lines))
	for i, l := range z.Lines {
		f := l
		f.Strip = rotate180(l.Strip)
		b := l.Strip.Rect
		f.Cells = make([]image.Rectangle, len(l.Cells))
		for k, c := range l.Cells {
			f.Cells[len(l.Cells)-1-k] = image.Rect(
				b.Min.X+b.Max.X-c.Max.X, b.Min.Y+b.Max.Y-c.Max.Y,
				b.Min.X+b.Max.X-c.Min.X, b.Min.Y+b.Max.Y-c.Min.Y)
		}
		f.Quad = [4]image.Point{l.Quad[2], l.Quad[3], l.Quad[0], l.Quad[1]}
		out.Lines[len(z.Lines)-1-i] = f
	}
	return &out
}

func rotate180(g *image.Gray) *image.Gray {
	b := g.Rect
	out := image.NewGray(b)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			out.SetGray(b.Min.X+b.Max.X-1-x, b.Min.Y+b.Max.Y-1-y, g.GrayAt(x, y))
		}
	}
	return out
}

// workingPlane turns img into grey, reduced to WorkingSize on its long side.
func workingPlane(img image.Image) *image.Gray {
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	if m := max(w, h); m > WorkingSize {
		w = max(1, int(math.Round(float64(w)*WorkingSize/float64(m))))
		h = max(1, int(math.Round(float64(h)*WorkingSize/float64(m))))
	} else if g, ok := img.(*image.Gray); ok {
		return g
	}
	src, ok := img.(*image.Gray)
	if !ok {
		src = image.NewGray(image.Rect(0, 0, b.Dx(), b.Dy()))
		draw.Draw(src, src.Rect, img, b.Min, draw.Src)
	}
	if w == b.Dx() && h == b.Dy() {
		return src
	}
	return shrink(src, w, h)
}

// shrink reduces g to w×h by averaging each output pixel's footprint: unlike
// bilinear sampling, a reduction by more than two keeps thin strokes, and it
// needs no buffer beyond the output and one row of sums.
func shrink(g *image.Gray, w, h int) *image.Gray {
	b := g.Bounds()
	sw, sh := b.Dx(), b.Dy()
	out := image.NewGray(image.Rect(0, 0, w, h))
	sums := make([]uint32, w)
	counts := make([]uint32, w)
	y0 := 0
	for oy := range h {
		y1 := max(y0+1, (oy+1)*sh/h)
		clear(sums)
		clear(counts)
		for y := y0; y < y1; y++ {
			row := g.Pix[(y+b.Min.Y-g.Rect.Min.Y)*g.Stride+(b.Min.X-g.Rect.Min.X):]
			x0 := 0
			for ox := range w {
				x1 := max(x0+1, (ox+1)*sw/w)
				for x := x0; x < x1; x++ {
					sums[ox] += uint32(row[x])
				}
				counts[ox] += uint32(x1 - x0)
				x0 = x1
			}
		}
		for ox := range w {
			out.Pix[oy*out.Stride+ox] = uint8((sums[ox] + counts[ox]/2) / counts[ox])
		}
		y0 = y1
	}
	return out
}
