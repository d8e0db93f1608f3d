package jpegluma

import "math"

// Progressive frames spread each block over several scans, so their
// coefficients are kept, as int16 in natural order, until EOI.

func (d *decoder) progressiveScan(s *scanHeader) error {
	if s.ss > s.se || s.se > 63 || (s.ss == 0 && s.se != 0) || (s.ss != 0 && len(s.comps) != 1) ||
		(s.ah != 0 && s.ah != s.al+1) || s.al > 13 {
		return formatError("bad spectral selection")
	}
	for _, c := range s.comps {
		if (s.ss == 0 && s.ah == 0 && !c.dc.valid) || (s.ss > 0 && !c.ac.valid) {
			return formatError("missing Huffman table")
		}
		if c.coefs == nil {
			c.coefs = make([]int16, c.bw*c.bh*64)
		}
	}
	d.eobRun = 0
	bx, by := d.mcusX, d.mcusY
	if len(s.comps) == 1 { // non-interleaved: blocks, not MCUs (A.2.2)
		bx, by = d.blocksW(s.comps[0]), d.blocksH(s.comps[0])
	}
	mcu := 0
	for my := range by {
		for mx := range bx {
			if err := d.progressiveMCU(s, mx, my); err != nil {
				return err
			}
			mcu++
			if d.ri > 0 && mcu%d.ri == 0 && mcu < bx*by {
				if err := d.restart(); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// blocksW and blocksH are the blocks a component covers, without padding.
func (d *decoder) blocksW(c *component) int {
	return ((d.width*c.h+d.hmax-1)/d.hmax + 7) / 8
}

func (d *decoder) blocksH(c *component) int {
	return ((d.height*c.v+d.vmax-1)/d.vmax + 7) / 8
}

func (d *decoder) progressiveMCU(s *scanHeader, mx, my int) error {
	if len(s.comps) == 1 {
		c := s.comps[0]
		return d.progressiveBlock(s, c, c.coefs[(my*c.bw+mx)*64:][:64])
	}
	for _, c := range s.comps {
		for j := range c.v {
			for i := range c.h {
				b := ((my*c.v+j)*c.bw + mx*c.h + i) * 64
				if err := d.progressiveBlock(s, c, c.coefs[b:b+64]); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func (d *decoder) progressiveBlock(s *scanHeader, c *component, b []int16) error {
	if d.n < 32 {
		d.refill()
	}
	var err error
	switch {
	case s.ss == 0 && s.ah == 0:
		err = d.dcFirst(c, b, s.al)
	case s.ss == 0:
		if d.bits(1) != 0 {
			b[0] |= 1 << s.al
		}
	case s.ah == 0:
		err = d.acFirst(c, b, s)
	default:
		err = d.acRefine(c, b, s)
	}
	if err == nil && d.overrun() {
		err = formatError("short Huffman data")
	}
	if err == nil && d.overflow {
		err = unsupported("coefficient out of range")
	}
	return err
}

func (d *decoder) dcFirst(c *component, b []int16, al uint) error {
	t, err := d.decode(c.dc)
	if err != nil {
		return err
	}
	if t > 16 {
		return unsupported("excessive DC component")
	}
	if t > 0 {
		c.pred += extend(d.bits(uint(t)), uint(t))
	}
	return store(b, 0, c.pred<<al)
}

// store keeps v in b[i], refusing values int16 cannot hold.
func store(b []int16, i uint8, v int32) error {
	if v < math.MinInt16 || v > math.MaxInt16 {
		return unsupported("coefficient out of range")
	}
	b[i] = int16(v)
	return nil
}

func (d *decoder) acFirst(c *component, b []int16, s *scanHeader) error {
	if d.eobRun > 0 {
		d.eobRun--
		return nil
	}
	for k := s.ss; k <= s.se; k++ {
		if d.n < 32 {
			d.refill()
		}
		rs, err := d.decode(c.ac)
		if err != nil {
			return err
		}
		r, sz := int(rs>>4), uint(rs&15)
		if sz == 0 {
			if r != 15 {
				d.eobRun = 1<<r - 1
				if r > 0 {
					d.eobRun += int32(d.bits(uint(r)))
				}
				break
			}
			k += 15
			continue
		}
		k += r
		if k > s.se {
			break
		}
		if err := store(b, unzig[k], extend(d.bits(sz), sz)<<s.al); err != nil {
			return err
		}
	}
	return nil
}

// acRefine follows G.1.2.3: one correction bit for every coefficient
// already nonzero, and new coefficients of magnitude 1<<al among the zeros.
func (d *decoder) acRefine(c *component, b []int16, s *scanHeader) error {
	delta := int32(1) << s.al
	k := s.ss
	if d.eobRun == 0 {
	loop:
		for ; k <= s.se; k++ {
			if d.n < 32 {
				d.refill()
			}
			rs, err := d.decode(c.ac)
			if err != nil {
				return err
			}
			r, sz := int(rs>>4), rs&15
			z := int32(0)
			switch sz {
			case 0:
				if r != 15 {
					d.eobRun = 1 << r
					if r > 0 {
						d.eobRun |= int32(d.bits(uint(r)))
					}
					break loop
				}
			case 1:
				z = delta
				if d.bits(1) == 0 {
					z = -z
				}
			default:
				return formatError("bad refinement code")
			}
			k = d.refineNonZeroes(b, k, s.se, r, delta)
			if k > s.se {
				return formatError("too many coefficients")
			}
			if z != 0 {
				if err := store(b, unzig[k], z); err != nil {
					return err
				}
			}
		}
	}
	if d.eobRun > 0 {
		d.eobRun--
		d.refineNonZeroes(b, k, s.se, -1, delta)
	}
	return nil
}

// refineNonZeroes reads correction bits for the nonzero coefficients from
// k on, stopping at the (nz+1)th zero one; it returns that position.
func (d *decoder) refineNonZeroes(b []int16, k, end, nz int, delta int32) int {
	for ; k <= end; k++ {
		u := unzig[k]
		if b[u] == 0 {
			if nz == 0 {
				break
			}
			nz--
			continue
		}
		if d.n < 1 {
			d.refill()
		}
		if d.bits(1) == 0 {
			continue
		}
		v := int32(b[u])
		if v >= 0 {
			v += delta
		} else {
			v -= delta
		}
		if v < math.MinInt16 || v > math.MaxInt16 {
			d.overflow = true
			continue
		}
		b[u] = int16(v)
	}
	return k
}

// finish transforms a progressive frame's blocks into the output planes.
func (d *decoder) finish() error {
	if d.comps == nil || d.scans == 0 {
		return formatError("no image data")
	}
	if !d.progressive {
		return nil
	}
	d.allocate()
	for i := range d.comps {
		c := &d.comps[i]
		q := &d.quant[c.tq]
		for my := range d.mcusY {
			for by := my * c.v; by < (my+1)*c.v; by++ {
				for bx := range c.bw {
					o := (by*c.bw + bx) * 64
					nz := uint64(1)
					if o+64 <= len(c.coefs) {
						for k := range 64 {
							v := int32(c.coefs[o+int(unzig[k])]) * q[k]
							if uint32(v+maxCoef) > 2*maxCoef {
								return errRange
							}
							d.blk[unzig[k]] = v
							if v != 0 {
								nz |= 1 << unzig[k]
							}
						}
					}
					d.blk[0] += 1024
					c.add(&d.blk, nz, bx, by)
					clearRows(&d.blk, nz)
				}
			}
			c.endRow(my)
		}
	}
	return nil
}
