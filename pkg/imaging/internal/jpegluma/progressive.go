package jpegluma

import (
	"math"
	"math/bits"
)

// Progressive frames spread each block over several scans, and a
// refinement scan needs to know which of a block's coefficients are
// already nonzero, and their signs. Holding every coefficient as int16
// until EOI, as a general decoder does, takes 36 MiB for a 12 MP photo;
// this decoder keeps, per block, a bitmap of its nonzero AC coefficients
// and its DC, and then either
//
//   - kept: the coefficients the plane's taps read (only the DC when a
//     chroma plane is reduced through 8×8 box means, every one for luma
//     area-averaged to a working size), as int16 until EOI, and the block
//     goes through accumulate then, as a baseline block does, with the
//     same result to the bit; or
//   - streamed, when the kept coefficients of a reduced plane without a
//     box stage would take more than streamBudget bytes: every AC change a scan
//     makes to a block (a first value, a refinement bit) is dequantized
//     and added to the plane at once, since the plane is linear in the
//     coefficients, and a bitmap of negative coefficients gives the sign
//     of later refinements. The DC, and the rounding of flat blocks, wait
//     for EOI. The sums are the same, added in another order, so samples
//     differ from the kept path's by float32 rounding (about 1e-4 on the
//     0–255 scale).
//
// A streamed coefficient's final value is not known until EOI, so its range
// is checked when it is first set: the refinements still to come can add
// less than 1<<al to its magnitude.

// defaultStreamBudget is the size of the kept coefficients above which a
// plane is streamed: a 2 MP photo's luma is kept, a 12 MP one's streamed.
const defaultStreamBudget = 4 << 20

// prepare allocates the planes and the coefficient stores before the
// first scan.
func (d *decoder) prepare() {
	d.prepared = true
	d.allocate()
	budget := d.streamBudget
	if budget == 0 {
		budget = defaultStreamBudget
	}
	for i := range d.comps {
		c := &d.comps[i]
		blocks := c.bw * c.bh
		var ux, uy uint8
		for _, t := range c.tx {
			for _, u := range t.u[:t.nu] {
				ux |= 1 << u
			}
		}
		for _, t := range c.ty {
			for _, u := range t.u[:t.nu] {
				uy |= 1 << u
			}
		}
		c.nk = 0
		for k := range 64 {
			c.slot[k] = -1
			if k > 0 && ux>>(k&7)&1 != 0 && uy>>(k>>3)&1 != 0 {
				c.slot[k] = int8(c.nk)
				c.nk++
			}
		}
		c.stream = c.boxes == nil && c.out != c.plane && c.nk > 0 && 2*c.nk*blocks > budget
		c.nzs = make([]uint64, blocks)
		c.dcs = make([]int16, blocks)
		if c.stream {
			c.neg = make([]uint64, blocks)
		} else {
			c.kept = make([]int16, c.nk*blocks)
		}
	}
	d.quantChanged()
}

// quantChanged notes which AC quantizers are zero, after a DQT.
func (d *decoder) quantChanged() {
	for i := range d.comps {
		c := &d.comps[i]
		c.qnz = 0
		for k := 1; k < 64; k++ {
			if d.quant[c.tq][k] != 0 {
				c.qnz |= 1 << k
			}
		}
	}
}

func (d *decoder) progressiveScan(s *scanHeader) error {
	if s.ss > s.se || s.se > 63 || (s.ss == 0 && s.se != 0) || (s.ss != 0 && len(s.comps) != 1) ||
		(s.ah != 0 && s.ah != s.al+1) || s.al > 13 {
		return formatError("bad spectral selection")
	}
	for _, c := range s.comps {
		if (s.ss == 0 && s.ah == 0 && !c.dc.valid) || (s.ss > 0 && !c.ac.valid) {
			return formatError("missing Huffman table")
		}
	}
	if !d.prepared {
		d.prepare()
	}
	for _, c := range s.comps {
		c.inScan = true
	}
	if s.ss > 0 {
		d.setLimits(s.comps[0], s.ss, s.se, s.al)
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
		if err := d.progressiveBlock(s, c, my*c.bw+mx); err != nil {
			return err
		}
		if d.nz != 0 { // a streamed block's changes
			accumulate(&d.blk, d.nz, &c.tx[mx], &c.ty[my], c.pix, c.out.W, false)
			clearRows(&d.blk, d.nz)
			d.nz = 0
		}
		return nil
	}
	for _, c := range s.comps { // DC scans only
		for j := range c.v {
			for i := range c.h {
				if err := d.progressiveBlock(s, c, (my*c.v+j)*c.bw+mx*c.h+i); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func (d *decoder) progressiveBlock(s *scanHeader, c *component, bi int) error {
	if d.n < 32 {
		d.refill()
	}
	var err error
	switch {
	case s.ss == 0 && s.ah == 0:
		err = d.dcFirst(c, bi, s.al)
	case s.ss == 0:
		if d.bits(1) != 0 {
			c.dcs[bi] |= 1 << s.al
		}
	case s.ah == 0:
		err = d.acFirst(c, bi, s)
	default:
		err = d.acRefine(c, bi, s)
	}
	if err == nil && d.overrun() {
		err = formatError("short Huffman data")
	}
	if err == nil && d.overflow {
		err = unsupported("coefficient out of range")
	}
	return err
}

func (d *decoder) dcFirst(c *component, bi int, al uint) error {
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
	v := c.pred << al
	if v < math.MinInt16 || v > math.MaxInt16 {
		return unsupported("coefficient out of range")
	}
	c.dcs[bi] = int16(v)
	return nil
}

// set gives AC coefficient k (zigzag order) of block bi the value v, the
// first a scan gives it.
func (d *decoder) set(c *component, bi int, k int, v int32) error {
	bit := uint64(1) << k
	u := unzig[k]
	if c.stream {
		// Its final value is not kept: d.lim bounds what the refinements
		// to come can make of it, as finish bounds a kept one.
		if abs32(v) > d.lim[k] {
			return errRange
		}
		if c.nzs[bi]&bit != 0 {
			return unsupported("coefficient set by two scans")
		}
		c.nzs[bi] |= bit
		if v < 0 {
			c.neg[bi] |= bit
		}
		d.blk[u] = v * d.quant[c.tq][k]
		d.nz |= 1 << u
		return nil
	}
	if sl := c.slot[u]; sl >= 0 {
		if v < math.MinInt16 || v > math.MaxInt16 {
			return unsupported("coefficient out of range")
		}
		c.kept[bi*c.nk+int(sl)] = int16(v)
	} else if abs32(v) > d.lim[k] {
		return errRange
	}
	c.nzs[bi] |= bit
	return nil
}

// setLimits fills d.lim for an AC scan of c at bit position al: the
// largest magnitude a coefficient may get from it, such that the
// refinements to come (less than 1<<al) keep it within int16 and its
// dequantized value within maxCoef.
func (d *decoder) setLimits(c *component, ss, se int, al uint) {
	for k := ss; k <= se; k++ {
		m := int32(math.MaxInt16)
		if q := d.quant[c.tq][k]; q > 0 {
			m = min(m, maxCoef/q)
		}
		d.lim[k] = m - (1<<al - 1)
	}
}

func abs32(v int32) int32 {
	if v < 0 {
		return -v
	}
	return v
}

func (d *decoder) acFirst(c *component, bi int, s *scanHeader) error {
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
		if err := d.set(c, bi, k, extend(d.bits(sz), sz)<<s.al); err != nil {
			return err
		}
	}
	return nil
}

// acRefine follows G.1.2.3: one correction bit for every coefficient
// already nonzero, and new coefficients of magnitude 1<<al among the zeros.
func (d *decoder) acRefine(c *component, bi int, s *scanHeader) error {
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
			k = d.refineNonZeroes(c, bi, k, s.se, r, delta)
			if k > s.se {
				return formatError("too many coefficients")
			}
			if z != 0 {
				if err := d.set(c, bi, k, z); err != nil {
					return err
				}
			}
		}
	}
	if d.eobRun > 0 {
		d.eobRun--
		d.refineNonZeroes(c, bi, k, s.se, -1, delta)
	}
	return nil
}

// refineNonZeroes reads correction bits for the nonzero coefficients from
// k on, stopping at the (nz+1)th zero one (never, for nz < 0); it returns
// that position, or end+1. The block's bitmap lists the nonzero ones, so
// their bits are read together, up to 16 at a time.
func (d *decoder) refineNonZeroes(c *component, bi int, k, end, nz int, delta int32) int {
	zz := c.nzs[bi]
	span := ^uint64(0) >> (63 - uint(end)) &^ (1<<uint(k) - 1)
	stop := end + 1
	if nz >= 0 {
		zeros := ^zz & span
		for range nz {
			zeros &= zeros - 1
		}
		if zeros != 0 {
			stop = bits.TrailingZeros64(zeros)
		}
	}
	todo := zz & span & (1<<uint(stop) - 1)
	if c.stream {
		q, neg := &d.quant[c.tq], c.neg[bi]
		for todo != 0 {
			n := uint(min(bits.OnesCount64(todo), 16))
			if d.n < n {
				d.refill()
			}
			b := d.bits(n)
			for i := int(n) - 1; i >= 0; i-- {
				kk := bits.TrailingZeros64(todo) & 63
				todo &= todo - 1
				if b>>uint(i)&1 != 0 {
					v := delta * q[kk]
					if neg>>uint(kk)&1 != 0 {
						v = -v
					}
					u := unzig[kk]
					d.blk[u&63] += v
					d.nz |= 1 << u
				}
			}
		}
		return stop
	}
	for todo != 0 {
		n := uint(min(bits.OnesCount64(todo), 16))
		if d.n < n {
			d.refill()
		}
		b := d.bits(n)
		for i := int(n) - 1; i >= 0; i-- {
			kk := bits.TrailingZeros64(todo)
			todo &= todo - 1
			if b>>uint(i)&1 != 0 {
				d.refine(c, bi, kk, delta)
			}
		}
	}
	return stop
}

// refine adds delta to the magnitude of kept coefficient k (zigzag
// order) of block bi.
func (d *decoder) refine(c *component, bi, k int, delta int32) {
	sl := c.slot[unzig[k]]
	if sl < 0 {
		return // bounded when it was set
	}
	p := &c.kept[bi*c.nk+int(sl)]
	v := int32(*p)
	if v >= 0 {
		v += delta
	} else {
		v -= delta
	}
	if v < math.MinInt16 || v > math.MaxInt16 {
		d.overflow = true
		return
	}
	*p = int16(v)
}

// finish transforms a progressive frame's kept coefficients into the
// output planes, and adds the DC of streamed ones.
func (d *decoder) finish() error {
	if d.comps == nil || d.scans == 0 {
		return formatError("no image data")
	}
	if !d.progressive {
		return nil
	}
	for i := range d.comps {
		// A component no scan named (a file cut short, or damaged, before
		// its first scan) is mid-grey to libjpeg, whose coefficients start
		// at zero, but image/jpeg leaves its samples at 0: the general
		// decoder takes the file, so that both paths agree.
		if !d.comps[i].inScan {
			return unsupported("progressive component in no scan")
		}
	}
	for i := range d.comps {
		c := &d.comps[i]
		q := &d.quant[c.tq]
		for my := range d.mcusY {
			for by := my * c.v; by < (my+1)*c.v; by++ {
				for bx := range c.bw {
					bi := by*c.bw + bx
					v := int32(c.dcs[bi]) * q[0]
					if uint32(v+maxCoef) > 2*maxCoef {
						return errRange
					}
					d.blk[0] = v + 1024
					nz := uint64(1)
					if !c.stream {
						for nzs := c.nzs[bi]; nzs != 0; nzs &= nzs - 1 {
							k := bits.TrailingZeros64(nzs)
							u := unzig[k]
							sl := c.slot[u]
							if sl < 0 {
								continue
							}
							v := int32(c.kept[bi*c.nk+int(sl)]) * q[k]
							if uint32(v+maxCoef) > 2*maxCoef {
								return errRange
							}
							d.blk[u] = v
							if v != 0 {
								nz |= 1 << u
							}
						}
					}
					// A block whose dequantized AC coefficients are all
					// zero is flat, whether or not they are kept.
					c.addBlock(&d.blk, nz, bx, by, c.round && c.nzs[bi]&c.qnz == 0)
					clearRows(&d.blk, nz)
				}
			}
			c.endRow(my)
		}
	}
	return nil
}
