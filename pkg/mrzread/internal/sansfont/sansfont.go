// Package sansfont draws the MRZ characters of a TrueType font, for the
// generator of the ocrb package's sans-serif templates and for the tests
// that read zones printed in a sans-serif. Nothing at run time uses it.
package sansfont

import (
	"cmp"
	"fmt"
	"math"
	"os"
	"slices"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Path is the monospaced sans-serif the templates are drawn from: DejaVu
// Sans Mono, of Debian's fonts-dejavu-core.
const Path = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"

// A Font is a parsed TrueType font.
type Font struct {
	f *sfnt.Font
	// Name is the font's full name and version.
	Name string
	// CapHeight and Advance are the height of the capital H and the pen
	// advance of the 0, as fractions of the em.
	CapHeight, Advance float64
}

const em = 1000

// Load reads the font at path.
func Load(path string) (*Font, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	f, err := sfnt.Parse(data)
	if err != nil {
		return nil, err
	}
	var b sfnt.Buffer
	name, err := f.Name(&b, sfnt.NameIDFull)
	if err != nil {
		return nil, err
	}
	ver, err := f.Name(&b, sfnt.NameIDVersion)
	if err != nil {
		return nil, err
	}
	ft := &Font{f: f, Name: name + " (" + ver + ")"}
	gi, err := f.GlyphIndex(&b, 'H')
	if err != nil {
		return nil, err
	}
	r, _, err := f.GlyphBounds(&b, gi, fixed.I(em), font.HintingNone)
	if err != nil {
		return nil, err
	}
	ft.CapHeight = float64(r.Max.Y-r.Min.Y) / 64 / em
	if gi, err = f.GlyphIndex(&b, '0'); err != nil {
		return nil, err
	}
	adv, err := f.GlyphAdvance(&b, gi, fixed.I(em), font.HintingNone)
	if err != nil {
		return nil, err
	}
	ft.Advance = float64(adv) / 64 / em
	return ft, nil
}

// Draw adds to cov, a w×h coverage map (0 paper to 1 ink, clipped), the
// glyph c with its pen origin on the baseline at (x, y), y down, its cap
// height capPx pixels. Each pixel is sampled at ss×ss points; ss 1 inks a
// pixel whose centre lies inside the outline. A zero is drawn without the
// dot the font puts inside it: zones printed in a sans-serif use a plain
// zero.
func (f *Font) Draw(cov []float32, w, h int, c byte, x, y, capPx float64, ss int) error {
	var b sfnt.Buffer
	gi, err := f.f.GlyphIndex(&b, rune(c))
	if err != nil {
		return err
	}
	if gi == 0 {
		return fmt.Errorf("%s has no %q", f.Name, c)
	}
	ppem := capPx / f.CapHeight
	// Load at a large size, for precision, and scale down.
	const load = 1024
	segs, err := f.f.LoadGlyph(&b, gi, fixed.I(load), nil)
	if err != nil {
		return err
	}
	k := ppem / load
	p := func(v fixed.Point26_6) [2]float64 {
		return [2]float64{x + k*float64(v.X)/64, y + k*float64(v.Y)/64}
	}
	polys := flatten(segs, p)
	if c == '0' {
		polys = withoutDot(polys)
	}
	fill(cov, w, h, polys, ss)
	return nil
}

// flatten turns the outline into closed polygons, curves flattened.
func flatten(segs sfnt.Segments, p func(fixed.Point26_6) [2]float64) [][][2]float64 {
	const steps = 16
	var polys [][][2]float64
	var pen [2]float64
	for _, s := range segs {
		switch s.Op {
		case sfnt.SegmentOpMoveTo:
			pen = p(s.Args[0])
			polys = append(polys, [][2]float64{pen})
			continue
		case sfnt.SegmentOpLineTo:
			pen = p(s.Args[0])
			polys[len(polys)-1] = append(polys[len(polys)-1], pen)
			continue
		}
		a, q, z := pen, p(s.Args[0]), p(s.Args[1])
		var c [2]float64
		if s.Op == sfnt.SegmentOpCubeTo {
			c = z
			z = p(s.Args[2])
		}
		for k := 1; k <= steps; k++ {
			t := float64(k) / steps
			u := 1 - t
			var pt [2]float64
			for i := range pt {
				if s.Op == sfnt.SegmentOpQuadTo {
					pt[i] = u*u*a[i] + 2*u*t*q[i] + t*t*z[i]
				} else {
					pt[i] = u*u*u*a[i] + 3*u*u*t*q[i] + 3*u*t*t*c[i] + t*t*t*z[i]
				}
			}
			polys[len(polys)-1] = append(polys[len(polys)-1], pt)
		}
		pen = z
	}
	return polys
}

// fill adds to cov the share of each pixel's ss×ss sample points that lie
// inside the polygons under the non-zero winding rule.
func fill(cov []float32, w, h int, polys [][][2]float64, ss int) {
	type cross struct {
		x   float64
		dir int
	}
	var xs []cross
	wt := 1 / float32(ss*ss)
	for y := 0; y < h; y++ {
		for sy := 0; sy < ss; sy++ {
			yc := float64(y) + (float64(sy)+0.5)/float64(ss)
			xs = xs[:0]
			for _, poly := range polys {
				for i := range poly {
					a, b := poly[i], poly[(i+1)%len(poly)]
					if (a[1] <= yc) == (b[1] <= yc) {
						continue
					}
					d := 1
					if b[1] < a[1] {
						d = -1
					}
					xs = append(xs, cross{a[0] + (yc-a[1])*(b[0]-a[0])/(b[1]-a[1]), d})
				}
			}
			slices.SortFunc(xs, func(a, b cross) int { return cmp.Compare(a.x, b.x) })
			wind := 0
			for i, c := range xs {
				wind += c.dir
				if wind == 0 || i+1 == len(xs) {
					continue
				}
				// sample points x+(sx+0.5)/ss within [c.x, next.x)
				lo := max(0, int(math.Ceil(c.x*float64(ss)-0.5)))
				for s := lo; s < w*ss && (float64(s)+0.5)/float64(ss) < xs[i+1].x; s++ {
					cov[y*w+s/ss] = min(1, cov[y*w+s/ss]+wt)
				}
			}
		}
	}
}

// withoutDot drops the contours of a zero less than a third of its height:
// the dot or slash inside, which the font draws to tell 0 from O.
func withoutDot(polys [][][2]float64) [][][2]float64 {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, p := range polys {
		for _, v := range p {
			lo, hi = min(lo, v[1]), max(hi, v[1])
		}
	}
	var out [][][2]float64
	for _, p := range polys {
		a, b := math.Inf(1), math.Inf(-1)
		for _, v := range p {
			a, b = min(a, v[1]), max(b, v[1])
		}
		if b-a >= (hi-lo)/3 {
			out = append(out, p)
		}
	}
	return out
}
