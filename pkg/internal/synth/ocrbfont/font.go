// Package ocrbfont draws the 37 MRZ characters of the OCR-B font that
// Debian ships in fonts-ocr-b (public domain; see outlines.go), from its
// outlines kept in Go: for the generator of pkg/mrzread's templates, for
// the machine readable zones of synth's documents and for the tests that read
// lines drawn with it. Nothing at run time uses it.
package ocrbfont

import (
	"cmp"
	"fmt"
	"image"
	"math"
	"slices"
	"strconv"
	"strings"
)

// Source names the font, its version and the Debian package it came from.
var Source = fontName + " (" + strings.TrimSpace(fontVersion) + "), OCRB.otf of Debian's " + debianPackage

// CapHeight is the height of the capital H and Advance the fixed pen
// advance, as fractions of the em; digits stand about a tenth taller than
// capitals.
var CapHeight, Advance = capHeight(), float64(advance) / unitsPerEm

func capHeight() float64 {
	_, _, _, y1 := bounds(parse(outlines['H']))
	return y1 / unitsPerEm
}

// parse turns an outline path ("M x y L x y C x y x y x y Z …", font units,
// y up) into closed polygons, curves flattened.
func parse(path string) [][][2]float64 {
	f := strings.Fields(path)
	var contours [][][2]float64
	var poly [][2]float64
	var pen [2]float64
	i := 0
	pt := func() [2]float64 {
		x, _ := strconv.ParseFloat(f[i], 64)
		y, _ := strconv.ParseFloat(f[i+1], 64)
		i += 2
		return [2]float64{x, y}
	}
	const steps = 16
	for i < len(f) {
		op := f[i]
		i++
		switch op {
		case "M":
			pen = pt()
			poly = [][2]float64{pen}
		case "L":
			pen = pt()
			poly = append(poly, pen)
		case "Q":
			a, b := pt(), pt()
			for k := 1; k <= steps; k++ {
				t := float64(k) / steps
				u := 1 - t
				poly = append(poly, [2]float64{
					u*u*pen[0] + 2*u*t*a[0] + t*t*b[0],
					u*u*pen[1] + 2*u*t*a[1] + t*t*b[1]})
			}
			pen = b
		case "C":
			a, b, c := pt(), pt(), pt()
			for k := 1; k <= steps; k++ {
				t := float64(k) / steps
				u := 1 - t
				poly = append(poly, [2]float64{
					u*u*u*pen[0] + 3*u*u*t*a[0] + 3*u*t*t*b[0] + t*t*t*c[0],
					u*u*u*pen[1] + 3*u*u*t*a[1] + 3*u*t*t*b[1] + t*t*t*c[1]})
			}
			pen = c
		case "Z":
			if len(poly) > 2 {
				contours = append(contours, poly)
			}
			poly = nil
		default:
			panic("ocrbfont: bad outline operator " + op)
		}
	}
	return contours
}

func bounds(contours [][][2]float64) (x0, y0, x1, y1 float64) {
	x0, y0, x1, y1 = math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, c := range contours {
		for _, p := range c {
			x0, y0, x1, y1 = min(x0, p[0]), min(y0, p[1]), max(x1, p[0]), max(y1, p[1])
		}
	}
	return
}

var parsed = func() map[byte][][][2]float64 {
	m := make(map[byte][][][2]float64, len(outlines))
	for c, p := range outlines {
		m[c] = parse(p)
	}
	return m
}()

// Draw adds to dst, a w×h coverage map (0 paper to 1 ink, clipped), the
// glyph c with its pen origin on the baseline at (x, y), y down, at ppem
// pixels to the em, slanted by shear (x moves by shear×height above the
// baseline).
func Draw(dst []float32, w, h int, c byte, x, y, ppem, shear float64) error {
	contours, ok := parsed[c]
	if !ok {
		return fmt.Errorf("ocrbfont: no glyph for %q", c)
	}
	k := ppem / unitsPerEm
	px := make([][][2]float64, len(contours))
	for i, cn := range contours {
		px[i] = make([][2]float64, len(cn))
		for j, p := range cn {
			px[i][j] = [2]float64{x + (p[0]+shear*p[1])*k, y - p[1]*k}
		}
	}
	fill(dst, w, h, px)
	return nil
}

// Line renders text as an MRZ line: dark ink (level ink) on light paper
// (level paper), a cap height of capPx pixels, the font's fixed advance, a
// margin of capPx/2 all round and the first pen position shifted right by
// dx pixels; a space leaves its cell blank. It returns the image and each
// character's cell: its advance
// across, and from a fifth of the cap height above the caps to a fifth
// below the baseline.
func Line(text string, capPx, dx float64, ink, paper uint8) (*image.Gray, []image.Rectangle, error) {
	ppem := capPx / CapHeight
	adv := Advance * ppem
	margin := math.Ceil(capPx / 2)
	w := int(math.Ceil(2*margin + adv*float64(len(text)) + dx))
	h := int(math.Ceil(2*margin + capPx))
	cov := make([]float32, w*h)
	base := margin + capPx
	cells := make([]image.Rectangle, len(text))
	for i := 0; i < len(text); i++ {
		x := margin + dx + adv*float64(i)
		if text[i] != ' ' {
			if err := Draw(cov, w, h, text[i], x, base, ppem, 0); err != nil {
				return nil, nil, err
			}
		}
		cells[i] = image.Rect(int(math.Round(x)), int(math.Floor(base-capPx*1.2)),
			int(math.Round(x+adv)), int(math.Ceil(base+capPx*0.2)))
	}
	g := image.NewGray(image.Rect(0, 0, w, h))
	for i, v := range cov {
		g.Pix[i] = uint8(math.Round(float64(paper) + float64(v)*(float64(ink)-float64(paper))))
	}
	return g, cells, nil
}

// fill adds to dst the coverage of the closed contours under the non-zero
// winding rule, sampled on a 16×16 grid per pixel.
func fill(dst []float32, w, h int, contours [][][2]float64) {
	const ss = 16
	type cross struct {
		x   float64
		dir int
	}
	var xs []cross
	row := make([]float32, w)
	// only the rows the glyph spans: a line is drawn a glyph at a time
	_, y0, _, y1 := bounds(contours)
	for py := max(0, int(y0)); py < min(h, int(y1)+1); py++ {
		clear(row)
		for sy := 0; sy < ss; sy++ {
			y := float64(py) + (float64(sy)+0.5)/ss
			xs = xs[:0]
			for _, c := range contours {
				for i := range c {
					a, b := c[i], c[(i+1)%len(c)]
					if (a[1] <= y) == (b[1] <= y) {
						continue
					}
					dir := 1
					if b[1] < a[1] {
						dir = -1
					}
					xs = append(xs, cross{a[0] + (y-a[1])/(b[1]-a[1])*(b[0]-a[0]), dir})
				}
			}
			slices.SortFunc(xs, func(p, q cross) int { return cmp.Compare(p.x, q.x) })
			wind := 0
			for i := 0; i+1 < len(xs); i++ {
				wind += xs[i].dir
				if wind != 0 {
					span(row, xs[i].x, xs[i+1].x, 1.0/ss)
				}
			}
		}
		for x, v := range row {
			d := &dst[py*w+x]
			*d = min(1, *d+v)
		}
	}
}

// span adds weight×(covered fraction) to each pixel of row under [x0, x1).
func span(row []float32, x0, x1 float64, weight float32) {
	x0, x1 = max(x0, 0), min(x1, float64(len(row)))
	for x0 < x1 {
		px := math.Floor(x0)
		end := min(px+1, x1)
		row[int(px)] += weight * float32(end-x0)
		x0 = end
	}
}
