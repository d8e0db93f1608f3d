package jpegluma

import (
	"math"
	"math/rand"
	"testing"
)

// randomBlock returns a block of dequantized coefficients as a photo's
// are: a level, a few low frequencies, now and then a high one, and nz
// marking them with some zero coefficients marked too, as a ZRL leaves.
func randomBlock(r *rand.Rand) (blk [64]int32, nz uint64) {
	blk[0] = int32(r.Intn(2049)) // level-shifted DC: 0–2048
	if r.Intn(8) == 0 {
		blk[0] = 8 * int32(r.Intn(256))
	}
	nz = 1
	for range r.Intn(12) {
		p := r.Intn(64)
		if r.Intn(3) > 0 {
			p = r.Intn(4)*8 + r.Intn(4) // mostly low frequencies
		}
		if p == 0 {
			continue
		}
		blk[p] = int32(r.Intn(401) - 200)
		nz |= 1 << p
	}
	for range r.Intn(2) {
		nz |= 1 << r.Intn(64) // a stored zero
	}
	return blk, nz
}

// TestKernelsMatchGeneralPath: accumulate3x3, accumulateWide, accumulateSparse4 and accumulateMean give, to
// the bit, what accumulateDense and the general path give, flat blocks'
// rounding included.
func TestKernelsMatchGeneralPath(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for _, c := range []struct{ src, dst, f int }{{4032, 1000, 0}, {3024, 750, 0}, {4000, 993, 0}, {2016, 0, 8}, {1517, 0, 8},
		{1600, 1000, 0}, {1632, 1000, 0}, {1224, 750, 0}, {2448, 1000, 0},
		{800, 0, 2}, {1517, 0, 2}, {2000, 1000, 0}} {
		blocks := (c.src + 7) / 8
		tx := make([]taps, blocks)
		if c.f > 0 {
			boxTaps(tx, c.src, c.f)
		} else {
			axisTaps(tx, c.src, c.dst)
		}
		width := c.dst
		if c.f > 0 {
			width = (c.src + c.f - 1) / c.f
		}
		tested := 0
		got := make([]float32, width*width)
		want := make([]float32, width*width)
		for i := range 20000 {
			bx, by := r.Intn(blocks), r.Intn(blocks)
			a, b := &tx[bx], &tx[by]
			blk, nz := randomBlock(r)
			if i%5 == 0 {
				blk, nz = [64]int32{0: blk[0]}, 1|nz&(1<<r.Intn(64)) // flat
			}
			round := i%2 == 0
			// The block's outputs start at a sum or at +0: a plane never
			// holds −0 (see accumulate3x3).
			var region []int
			for y := b.first; y < b.first+b.n; y++ {
				for x := a.first; x < a.first+a.n; x++ {
					region = append(region, y*width+x)
				}
			}
			for _, k := range region {
				got[k], want[k] = 0, 0
				if r.Intn(2) == 0 {
					got[k] = float32(r.NormFloat64())
					want[k] = got[k]
				}
			}
			switch {
			case a.n == 3 && b.n == 3 && a.nu == 8 && b.nu == 8:
				accumulate3x3(&blk, nz, a, b, got, width, round)
				accumulateDense(&blk, a, b, want, width, round)
			case a.n >= 4 && a.n <= 6 && a.nu == 8 && b.nu == 8:
				accumulateWide(&blk, nz, a, b, got, width, round)
				accumulateDense(&blk, a, b, want, width, round)
			case a.n == 4 && a.nu < 8:
				accumulateSparse4(&blk, nz, a, b, got, width, round)
				accumulateSparse(&blk, a, b, want, width, round)
			case a.n == 1 && b.n == 1 && a.nu == 1 && b.nu == 1:
				accumulateMean(&blk, nz, a, b, got, width, round)
				accumulateSparse(&blk, a, b, want, width, round)
			default:
				continue
			}
			tested++
			for _, k := range region {
				if math.Float32bits(got[k]) != math.Float32bits(want[k]) {
					t.Fatalf("%+v block (%d, %d): output %d is %v, general path %v", c, bx, by, k, got[k], want[k])
				}
			}
		}
		if tested < 10000 {
			t.Fatalf("%+v: only %d blocks took a fast kernel", c, tested)
		}
	}
}

func TestRowsOf(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for range 1000 {
		nz := r.Uint64() & r.Uint64() & r.Uint64()
		var want uint8
		for v := range 8 {
			if nz>>(8*v)&255 != 0 {
				want |= 1 << v
			}
		}
		if got := rowsOf(nz); got != want {
			t.Fatalf("rowsOf(%#x) = %08b, want %08b", nz, got, want)
		}
	}
}
