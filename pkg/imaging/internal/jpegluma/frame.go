package jpegluma

import (
	"math"

	"github.com/kyclint/kyclint/pkg/imaging/internal/area"
)

// readSOF reads the frame header and picks the scale.
func (d *decoder) readSOF(n int) error {
	if n < 6 || n > len(d.tmp) {
		return formatError("bad SOF length")
	}
	if err := d.readFull(d.tmp[:n]); err != nil {
		return err
	}
	if d.tmp[0] != 8 {
		return unsupported("precision other than 8 bits")
	}
	d.height = int(d.tmp[1])<<8 | int(d.tmp[2])
	d.width = int(d.tmp[3])<<8 | int(d.tmp[4])
	nc := int(d.tmp[5])
	if nc != 1 && nc != 3 {
		return unsupported("component count other than 1 or 3")
	}
	if n != 6+3*nc {
		return formatError("SOF has wrong length")
	}
	if d.width == 0 || d.height == 0 {
		return unsupported("zero-sized frame")
	}
	if d.opt.MaxPixels > 0 && int64(d.width)*int64(d.height) > d.opt.MaxPixels {
		return formatError("frame over the pixel budget")
	}
	d.comps = make([]component, nc)
	for i := range d.comps {
		p := d.tmp[6+3*i:]
		c := &d.comps[i]
		c.id, c.h, c.v, c.tq = p[0], int(p[1]>>4), int(p[1]&15), p[2]
		if c.tq > 3 {
			return formatError("bad quantization table")
		}
		if c.h < 1 || c.h > 4 || c.v < 1 || c.v > 4 {
			return formatError("bad sampling factor")
		}
		for j := range i {
			if d.comps[j].id == c.id {
				return formatError("repeated component id")
			}
		}
	}
	if nc == 1 {
		// A single component is non-interleaved (A.2): its sampling
		// factors do not matter.
		d.comps[0].h, d.comps[0].v = 1, 1
	} else {
		if err := d.checkColour(); err != nil {
			return err
		}
	}
	d.layout()
	return nil
}

// checkColour accepts YCbCr with chroma at 1×1 and luma at 1 or 2 each way.
func (d *decoder) checkColour() error {
	c := d.comps
	if c[1].h != 1 || c[1].v != 1 || c[2].h != 1 || c[2].v != 1 || c[0].h > 2 || c[0].v > 2 {
		return unsupported("chroma sampling")
	}
	if d.adobe && d.adobeXform == 0 {
		return unsupported("Adobe RGB")
	}
	if !d.jfif && c[0].id == 'R' && c[1].id == 'G' && c[2].id == 'B' {
		return unsupported("RGB components")
	}
	return nil
}

// layout sizes the MCU grid and the planes.
func (d *decoder) layout() {
	d.hmax, d.vmax = d.comps[0].h, d.comps[0].v
	d.mcusX = (d.width + 8*d.hmax - 1) / (8 * d.hmax)
	d.mcusY = (d.height + 8*d.vmax - 1) / (8 * d.vmax)
	for i := range d.comps {
		c := &d.comps[i]
		c.bw, c.bh = d.mcusX*c.h, d.mcusY*c.v
		c.plane = Plane{(d.width*c.h + d.hmax - 1) / d.hmax, (d.height*c.v + d.vmax - 1) / d.vmax}
	}
}

func (d *decoder) frame() Frame {
	f := Frame{Width: d.width, Height: d.height, Luma: d.comps[0].plane}
	if len(d.comps) == 3 {
		f.Chroma = d.comps[1].plane
	}
	return f
}

// allocate sizes the output planes once the frame is known.
func (d *decoder) allocate() {
	f := d.frame()
	luma, chroma := f.Luma, f.Chroma
	if d.opt.Target != nil {
		luma, chroma = d.opt.Target(f)
	}
	alloc := d.opt.Alloc
	if alloc == nil {
		alloc = func(n int) []float32 { return make([]float32, n) }
	}
	ntaps := 0
	for i := range d.comps {
		ntaps += d.comps[i].bw + d.comps[i].bh
	}
	tapsBuf := d.scratch.tapsFor(ntaps)
	carve := func(n int) []taps {
		t := tapsBuf[:n:n]
		tapsBuf = tapsBuf[n:]
		return t
	}
	for i := range d.comps {
		c := &d.comps[i]
		o := luma
		if i > 0 {
			o = chroma
		}
		o.W = min(max(o.W, 1), c.plane.W)
		o.H = min(max(o.H, 1), c.plane.H)
		c.out = o
		c.round = i == 0
		// Luma is area-averaged exactly, since sharpness depends on it;
		// chroma goes through box means, as package imaging reduces it.
		fac := 1
		if i > 0 {
			fac = area.Factor(c.plane.W, c.plane.H, o.W, o.H)
		}
		c.tx, c.ty = carve(c.bw), carve(c.bh)
		if fac == 1 {
			c.pix = alloc(o.W * o.H)
			axisTaps(c.tx, c.plane.W, o.W)
			axisTaps(c.ty, c.plane.H, o.H)
			continue
		}
		c.boxW, c.boxH = area.Boxes(c.plane.W, fac), area.Boxes(c.plane.H, fac)
		c.ringRows = c.v * 8 / fac
		c.ring = make([]float32, c.ringRows*c.boxW)
		c.boxes = area.NewResampler(1, c.boxW, c.boxH, o.W, o.H, alloc)
		boxTaps(c.tx, c.plane.W, fac)
		boxTaps(c.ty, c.plane.H, fac)
		for by := range c.ty {
			c.ty[by].first -= by / c.v * c.ringRows // rows of the ring
		}
	}
}

// add accumulates a block of c at block column bx and block row by; nz
// marks its nonzero coefficients.
func (c *component) add(blk *[64]int32, nz uint64, bx, by int) {
	c.addBlock(blk, nz, bx, by, c.round)
}

// addBlock is add with the rounding of flat blocks chosen by the caller.
func (c *component) addBlock(blk *[64]int32, nz uint64, bx, by int, round bool) {
	if c.boxes != nil {
		accumulate(blk, nz, &c.tx[bx], &c.ty[by], c.ring, c.boxW, round)
		return
	}
	accumulate(blk, nz, &c.tx[bx], &c.ty[by], c.pix, c.out.W, round)
}

// endRow passes MCU row my's boxes to the area stage.
func (c *component) endRow(my int) {
	if c.boxes == nil {
		return
	}
	for r := range c.ringRows {
		y := my*c.ringRows + r
		if y >= c.boxH {
			break
		}
		c.boxes.Add(y, [][]float32{c.ring[r*c.boxW : (r+1)*c.boxW]})
	}
	clear(c.ring)
}

// image finishes the planes: at full size samples are rounded and clamped
// as an 8-bit decoder's are.
func (d *decoder) image() *Image {
	for i := range d.comps {
		c := &d.comps[i]
		if c.boxes != nil {
			c.pix = c.boxes.Planes()[0].Pix
		}
		if c.out != c.plane {
			continue
		}
		for j, v := range c.pix {
			c.pix[j] = min(255, max(0, float32(math.Floor(float64(v)+0.5))))
		}
	}
	m := &Image{Frame: d.frame(), Luma: d.comps[0].out, Y: d.comps[0].pix}
	if len(d.comps) == 3 {
		m.Chroma, m.Cb, m.Cr = d.comps[1].out, d.comps[1].pix, d.comps[2].pix
	}
	return m
}
