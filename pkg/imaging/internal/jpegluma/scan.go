package jpegluma

// A scanHeader is one SOS: its components, spectral band and bit position.
type scanHeader struct {
	comps  []*component
	ss, se int
	ah, al uint
}

func (d *decoder) readSOS(n int) error {
	if d.comps == nil {
		return formatError("SOS before SOF")
	}
	if len(d.comps) == 3 {
		if err := d.checkColour(); err != nil { // an APP14 may follow the SOF
			return err
		}
	}
	if n < 6 || n > 4+2*len(d.comps) {
		return formatError("SOS has wrong length")
	}
	if err := d.readFull(d.tmp[:n]); err != nil {
		return err
	}
	ns := int(d.tmp[0])
	if ns < 1 || n != 4+2*ns {
		return formatError("SOS has wrong length")
	}
	var s scanHeader
	for i := range ns {
		id, t := d.tmp[1+2*i], d.tmp[2+2*i]
		c := d.component(id)
		if c == nil {
			return formatError("unknown component in SOS")
		}
		if t>>4 > 3 || t&15 > 3 {
			return formatError("bad Huffman table selector")
		}
		c.dc, c.ac = &d.dcTables[t>>4], &d.acTables[t&15]
		s.comps = append(s.comps, c)
	}
	p := d.tmp[1+2*ns:]
	s.ss, s.se, s.ah, s.al = int(p[0]), int(p[1]), uint(p[2]>>4), uint(p[2]&15)
	d.scans++
	d.resetBits()
	for i := range d.comps {
		d.comps[i].pred = 0 // every scan starts its DC predictions afresh
	}
	if d.progressive {
		return d.progressiveScan(&s)
	}
	if d.scans > 1 || ns != len(d.comps) {
		return unsupported("baseline frame in several scans")
	}
	return d.baselineScan(&s)
}

func (d *decoder) component(id uint8) *component {
	for i := range d.comps {
		if d.comps[i].id == id {
			return &d.comps[i]
		}
	}
	return nil
}

// restart handles the RST marker that ends a restart interval.
func (d *decoder) restart() error {
	d.resetBits()
	var m [2]byte
	if err := d.readFull(m[:]); err != nil {
		return err
	}
	if m[0] != 0xff || m[1] < 0xd0 || m[1] > 0xd7 {
		return unsupported("missing RST marker")
	}
	d.eobRun = 0
	for i := range d.comps {
		d.comps[i].pred = 0
	}
	return nil
}

// baselineScan decodes an interleaved sequential scan, adding every block
// to the output planes as soon as it is decoded.
func (d *decoder) baselineScan(s *scanHeader) error {
	for _, c := range s.comps {
		if !c.dc.valid || !c.ac.valid || !d.haveQuant[c.tq] {
			return formatError("missing table")
		}
	}
	d.allocate()
	mcu := 0
	for my := range d.mcusY {
		for mx := range d.mcusX {
			for _, c := range s.comps {
				q := &d.quant[c.tq]
				for j := range c.v {
					for i := range c.h {
						if err := d.baselineBlock(c, q); err != nil {
							return err
						}
						d.blk[0] += 1024 // level shift: 128 per pixel
						if !d.entropyOnly {
							c.add(&d.blk, d.nz, mx*c.h+i, my*c.v+j)
						}
						d.blk = [64]int32{}
					}
				}
			}
			mcu++
			if d.ri > 0 && mcu%d.ri == 0 && mcu < d.mcusX*d.mcusY {
				if err := d.restart(); err != nil {
					return err
				}
			}
		}
		for _, c := range s.comps {
			c.endRow(my)
		}
	}
	return nil
}
