package imaging

import (
	"math/bits"
	"sync"
)

// Working planes are reused across images: a batch of photos of one
// camera asks for the same sizes again and again, and a reused buffer
// costs a clear where a fresh one costs page faults and GC work.
var floatPools [40]sync.Pool // by bit length of the size

// getFloats returns a zeroed slice of n float32s.
func getFloats(n int) []float32 {
	p := &floatPools[bits.Len(uint(n))]
	if b, ok := p.Get().(*[]float32); ok && cap(*b) >= n {
		s := (*b)[:n]
		clear(s)
		return s
	}
	return make([]float32, n)
}

// putFloats gives back a slice from getFloats; the caller no longer uses it.
func putFloats(s []float32) {
	if cap(s) == 0 {
		return
	}
	floatPools[bits.Len(uint(cap(s)))].Put(&s)
}

var boolPool sync.Pool

// getBools returns a cleared slice of n bools, to give back with putBools.
func getBools(n int) []bool {
	if b, ok := boolPool.Get().(*[]bool); ok && cap(*b) >= n {
		s := (*b)[:n]
		clear(s)
		return s
	}
	return make([]bool, n)
}

func putBools(s []bool) { boolPool.Put(&s) }
