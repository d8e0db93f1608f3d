package locate

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/image/draw"
	"golang.org/x/image/math/f64"
)

// workingPlane turns img into the grey plane the reader gets: luma,
// reduced by area averaging to at most long pixels on the long side.
func workingPlane(img image.Image, long int) *image.Gray {
	g := toGray(img)
	w, h := g.Rect.Dx(), g.Rect.Dy()
	if k := max(w, h) / long; k >= 2 {
		g = boxReduce(g, k)
		w, h = g.Rect.Dx(), g.Rect.Dy()
	}
	if m := max(w, h); m > long {
		nw := max(1, int(math.Round(float64(w)*float64(long)/float64(m))))
		nh := max(1, int(math.Round(float64(h)*float64(long)/float64(m))))
		out := image.NewGray(image.Rect(0, 0, nw, nh))
		draw.BiLinear.Scale(out, out.Rect, g, g.Rect, draw.Src, nil)
		return out
	}
	return g
}

// boxReduce averages k×k blocks.
func boxReduce(g *image.Gray, k int) *image.Gray {
	w, h := g.Rect.Dx()/k, g.Rect.Dy()/k
	out := image.NewGray(image.Rect(0, 0, w, h))
	acc := make([]int, w)
	for y := range h {
		clear(acc)
		for dy := range k {
			row := g.Pix[(y*k+dy)*g.Stride:]
			for x := range w {
				for _, v := range row[x*k : x*k+k] {
					acc[x] += int(v)
				}
			}
		}
		for x := range w {
			out.Pix[y*out.Stride+x] = uint8(acc[x] / (k * k))
		}
	}
	return out
}

// rotateGray turns img by deg degrees clockwise about its centre onto a
// canvas that holds all of it, filled with bg.
func rotateGray(img *image.Gray, deg float64, bg uint8) *image.Gray {
	s, c := math.Sincos(deg * math.Pi / 180)
	w, h := float64(img.Rect.Dx()), float64(img.Rect.Dy())
	nw := int(math.Ceil(math.Abs(w*c) + math.Abs(h*s)))
	nh := int(math.Ceil(math.Abs(w*s) + math.Abs(h*c)))
	out := image.NewGray(image.Rect(0, 0, nw, nh))
	draw.Draw(out, out.Rect, image.NewUniform(color.Gray{bg}), image.Point{}, draw.Src)
	// dst = R·(src - centre) + newCentre, clockwise in image coordinates
	cx, cy := w/2, h/2
	ncx, ncy := float64(nw)/2, float64(nh)/2
	m := f64.Aff3{c, -s, ncx - c*cx + s*cy, s, c, ncy - s*cx - c*cy}
	draw.ApproxBiLinear.Transform(out, m, img, img.Rect, draw.Over, nil)
	return out
}

// toGray converts any image to *image.Gray at its own size, taking the
// luma plane of a YCbCr image as it is.
func toGray(img image.Image) *image.Gray {
	b := img.Bounds()
	g := image.NewGray(image.Rect(0, 0, b.Dx(), b.Dy()))
	if y, ok := img.(*image.YCbCr); ok {
		for row := range b.Dy() {
			copy(g.Pix[row*g.Stride:row*g.Stride+b.Dx()], y.Y[row*y.YStride:])
		}
		return g
	}
	draw.Draw(g, g.Rect, img, b.Min, draw.Src)
	return g
}

// debugDir is where tests write pictures of what they found, when
// LOCATE_DEBUG names a folder.
func debugDir() string { return os.Getenv("LOCATE_DEBUG") }

// writeDebug draws the zone's quads on the image and stacks the strips
// under it, then writes the picture to LOCATE_DEBUG/name.png.
func writeDebug(t *testing.T, name string, img *image.Gray, z *Zone) {
	dir := debugDir()
	if dir == "" {
		return
	}
	b := img.Bounds()
	hgt := b.Dy()
	wid := b.Dx()
	if z != nil {
		for _, l := range z.Lines {
			hgt += l.Strip.Rect.Dy() + 4
			wid = max(wid, l.Strip.Rect.Dx())
		}
	}
	out := image.NewRGBA(image.Rect(0, 0, wid, hgt))
	draw.Draw(out, out.Rect, image.White, image.Point{}, draw.Src)
	draw.Draw(out, b.Sub(b.Min), img, b.Min, draw.Src)
	red := color.RGBA{255, 0, 0, 255}
	blue := color.RGBA{0, 0, 255, 255}
	if z != nil {
		y := b.Dy()
		for _, l := range z.Lines {
			for i := range 4 {
				line(out, l.Quad[i].Sub(b.Min), l.Quad[(i+1)%4].Sub(b.Min), red)
			}
			line(out, l.Quad[0].Sub(b.Min), l.Quad[2].Sub(b.Min), blue)
			draw.Draw(out, l.Strip.Rect.Add(image.Pt(0, y)), l.Strip, image.Point{}, draw.Src)
			for k, c := range l.Cells {
				col := red
				if k%2 == 1 {
					col = blue
				}
				r := c.Add(image.Pt(0, y))
				for x := r.Min.X; x < r.Max.X; x++ {
					out.Set(x, r.Min.Y, col)
					out.Set(x, r.Max.Y-1, col)
				}
			}
			y += l.Strip.Rect.Dy() + 4
		}
	}
	f, err := os.Create(filepath.Join(dir, name+".png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, out); err != nil {
		t.Fatal(err)
	}
}

func line(img *image.RGBA, a, b image.Point, c color.RGBA) {
	n := max(abs(b.X-a.X), abs(b.Y-a.Y), 1)
	for i := 0; i <= n; i++ {
		x := a.X + (b.X-a.X)*i/n
		y := a.Y + (b.Y-a.Y)*i/n
		img.Set(x, y, c)
		img.Set(x+1, y, c)
	}
}

func TestMain(m *testing.M) {
	if os.Getenv("LOCATE_TRACE") != "" {
		debugf = func(f string, a ...any) { fmt.Printf(f+"\n", a...) }
	}
	os.Exit(m.Run())
}

// A transform turns a grey plane and says where each of its points goes.
type transform struct {
	name  string
	turns int     // clockwise quarter turns
	tilt  float64 // then a clockwise tilt in degrees, re-reduced to 1000 px
}

// apply returns the turned image and the map from points of img to it.
func (tr transform) apply(img *image.Gray) (*image.Gray, func(x, y float64) (float64, float64)) {
	g, fwd := turnGray(img, tr.turns)
	if tr.tilt == 0 {
		return g, fwd
	}
	w, h := float64(g.Rect.Dx()), float64(g.Rect.Dy())
	r := rotateGray(g, tr.tilt, 200)
	nw, nh := float64(r.Rect.Dx()), float64(r.Rect.Dy())
	out := workingPlane(r, 1000)
	sc := float64(out.Rect.Dx()) / nw
	s, c := math.Sincos(tr.tilt * math.Pi / 180)
	return out, func(x, y float64) (float64, float64) {
		x, y = fwd(x, y)
		x, y = x-w/2, y-h/2
		return (c*x - s*y + nw/2) * sc, (s*x + c*y + nh/2) * sc
	}
}

// turnGray turns img clockwise by quarter turns.
func turnGray(img *image.Gray, turns int) (*image.Gray, func(x, y float64) (float64, float64)) {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	turns = (turns%4 + 4) % 4
	ow, oh := w, h
	if turns%2 == 1 {
		ow, oh = h, w
	}
	out := image.NewGray(image.Rect(0, 0, ow, oh))
	for y := range h {
		for x := range w {
			var dx, dy int
			switch turns {
			case 0:
				dx, dy = x, y
			case 1:
				dx, dy = h-1-y, x
			case 2:
				dx, dy = w-1-x, h-1-y
			case 3:
				dx, dy = y, w-1-x
			}
			out.Pix[dy*out.Stride+dx] = img.Pix[y*img.Stride+x]
		}
	}
	fw, fh := float64(w), float64(h)
	return out, func(x, y float64) (float64, float64) {
		switch turns {
		case 1:
			return fh - y, x
		case 2:
			return fw - x, fh - y
		case 3:
			return y, fw - x
		}
		return x, y
	}
}

// quadsAgree reports whether every line's quad in z, mapped by m, lies
// within tol pixels of the same line's quad in t.
func quadsAgree(z, t *Zone, m func(x, y float64) (float64, float64), tol float64) (float64, bool) {
	if len(z.Lines) != len(t.Lines) {
		return 0, false
	}
	var worst float64
	for i := range z.Lines {
		for j := range 4 {
			p, q := z.Lines[i].Quad[j], t.Lines[i].Quad[j]
			x, y := m(float64(p.X), float64(p.Y))
			worst = max(worst, math.Hypot(x-float64(q.X), y-float64(q.Y)))
		}
	}
	return worst, worst <= tol
}

// perspective warps img as a phone held at a slant sees it: the top edge
// shrunk by k of the width on each side (negative k widens it), with the
// left and right edges converging. Outside the warped image is bg.
func perspective(img *image.Gray, k float64, bg uint8) *image.Gray {
	w, h := float64(img.Rect.Dx()), float64(img.Rect.Dy())
	out := image.NewGray(img.Rect)
	for y := range img.Rect.Dy() {
		fy := (float64(y) + 0.5) / h
		// the row at fy of the output is the source row seen through a
		// trapezoid: its width shrinks linearly towards the top
		inset := k * (1 - fy) * w
		// rows crowd towards the far edge
		sy := h * (fy * (1 + k) / (1 + k*fy))
		for x := range img.Rect.Dx() {
			sx := (float64(x) + 0.5 - inset) * w / (w - 2*inset)
			if sx < 0 || sx >= w || sy < 0 || sy >= h {
				out.Pix[y*out.Stride+x] = bg
				continue
			}
			v := bilinear(img, sx-0.5, sy-0.5)
			out.Pix[y*out.Stride+x] = uint8(max(0, v) + 0.5)
		}
	}
	return out
}

// shrink draws img reduced by f into a canvas of its own size filled with
// bg, at offset (ox, oy) in fractions of the free room: a document that
// fills less of the frame.
func shrink(img *image.Gray, f, ox, oy float64, bg uint8) *image.Gray {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	sw, sh := int(float64(w)*f), int(float64(h)*f)
	small := image.NewGray(image.Rect(0, 0, sw, sh))
	draw.BiLinear.Scale(small, small.Rect, img, img.Rect, draw.Src, nil)
	out := image.NewGray(img.Rect)
	for i := range out.Pix {
		out.Pix[i] = bg
	}
	x0, y0 := int(float64(w-sw)*ox), int(float64(h-sh)*oy)
	draw.Draw(out, small.Rect.Add(image.Pt(x0, y0)), small, image.Point{}, draw.Src)
	return out
}
