package imaging

import "math"

// jpegBlock is the side of a JPEG's DCT blocks, in file pixels.
const jpegBlock = 8

// blockiness compares the luma steps across the 8×8 block grid of a JPEG
// with the steps inside the blocks, inside r (all of p when r is nil). A
// JPEG saved at very low quality keeps little more than each block's mean:
// its print dissolves into flat tiles whose borders are the sharpest edges
// left, so an edge measure calls it sharp. A photo measures about 1; tiles
// several times that. The grid is seen only on a plane at the file's own
// size (files up to the working size): on a reduced plane the blocks are
// spread over fractions of pixels, and blockiness is NaN, not measured.
func blockiness(p plane, fileW, fileH int, r region) float64 {
	const period = jpegBlock
	if fileW != p.w || fileH != p.h || p.w < 4*period || p.h < 4*period {
		return math.NaN()
	}
	x0, y0, x1, y1 := 0, 0, p.w-1, p.h-1
	if r != nil {
		bx0, by0, bx1, by1 := r.bounds()
		x0, y0, x1, y1 = max(x0, bx0), max(y0, by0), min(x1, bx1), min(y1, by1)
	}
	var on, off float64
	var nOn, nOff int
	for y := y0; y < y1; y++ {
		row, next := p.pix[y*p.w:(y+1)*p.w], p.pix[(y+1)*p.w:(y+2)*p.w]
		acrossRows := (y+1)%period == 0
		var sOn, sOff float32
		for x := x0; x < x1; x++ {
			v := row[x]
			dx, dy := abs32(row[x+1]-v), abs32(next[x]-v)
			if (x+1)%period == 0 {
				sOn += dx
				nOn++
			} else {
				sOff += dx
				nOff++
			}
			if acrossRows {
				sOn += dy
				nOn++
			} else {
				sOff += dy
				nOff++
			}
		}
		on, off = on+float64(sOn), off+float64(sOff)
	}
	if nOn == 0 || nOff == 0 {
		return math.NaN()
	}
	// A plane of nearly one level (a blank page) has no grid to see.
	const minStep = 0.25
	return (on / float64(nOn)) / max(off/float64(nOff), minStep)
}
