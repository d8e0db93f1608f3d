package jpegluma

import "math"

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
	for i := range d.comps {
		c := &d.comps[i]
		o := luma
		if i > 0 {
			o = chroma
		}
		o.W = min(max(o.W, 1), c.plane.W)
		o.H = min(max(o.H, 1), c.plane.H)
		c.out = o
		c.pix = make([]float32, o.W*o.H)
		c.tx = axisTaps(c.bw, c.plane.W, o.W)
		c.ty = axisTaps(c.bh, c.plane.H, o.H)
	}
}

// image finishes the planes: at full size samples are rounded and clamped
// as an 8-bit decoder's are.
func (d *decoder) image() *Image {
	m := &Image{Frame: d.frame(), Luma: d.comps[0].out, Y: d.comps[0].pix}
	if len(d.comps) == 3 {
		m.Chroma, m.Cb, m.Cr = d.comps[1].out, d.comps[1].pix, d.comps[2].pix
	}
	for i := range d.comps {
		c := &d.comps[i]
		if c.out != c.plane {
			continue
		}
		for j, v := range c.pix {
			c.pix[j] = min(255, max(0, float32(math.Floor(float64(v)+0.5))))
		}
	}
	return m
}
