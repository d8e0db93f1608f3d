package imaging

import (
	"slices"
	"sync"
)

// Working planes are reused across images: a batch of photos of one
// camera asks for the same sizes again and again, and a reused buffer
// costs a clear where a fresh one costs page faults and GC work.
var (
	floats freeList[float32]
	bools  freeList[bool]
)

func getFloats(n int) []float32 { return floats.get(n) }
func putFloats(s []float32)     { floats.put(s) }
func getBools(n int) []bool     { return bools.get(n) }
func putBools(s []bool)         { bools.put(s) }

// maxFree bounds the buffers a freeList keeps: more than the planes of
// the photos a batch has in flight at once.
const maxFree = 8

// A freeList keeps released buffers for reuse. Unlike a sync.Pool it
// serves any goroutine from any thread, so a worker that moves between
// threads still finds the plane it gave back instead of allocating
// another, and it keeps at most maxFree buffers, the largest.
type freeList[T any] struct {
	mu   sync.Mutex
	bufs [][]T
}

// get returns a zeroed slice of n elements: the smallest kept buffer that
// holds them, or a new one.
func (f *freeList[T]) get(n int) []T {
	f.mu.Lock()
	best := -1
	for i, b := range f.bufs {
		if cap(b) >= n && (best < 0 || cap(b) < cap(f.bufs[best])) {
			best = i
		}
	}
	if best < 0 {
		f.mu.Unlock()
		return make([]T, n)
	}
	b := f.bufs[best]
	f.bufs = slices.Delete(f.bufs, best, best+1)
	f.mu.Unlock()
	b = b[:n]
	clear(b)
	return b
}

// put gives back a slice the caller no longer uses.
func (f *freeList[T]) put(b []T) {
	if cap(b) == 0 {
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.bufs) < maxFree {
		f.bufs = append(f.bufs, b)
		return
	}
	smallest := 0
	for i, k := range f.bufs {
		if cap(k) < cap(f.bufs[smallest]) {
			smallest = i
		}
	}
	if cap(b) > cap(f.bufs[smallest]) {
		f.bufs[smallest] = b
	}
}

// Edge points are kept the same way.
var edges freeList[edgePoint]

func getEdgePoints() []edgePoint  { return edges.get(8192)[:0] }
func putEdgePoints(s []edgePoint) { edges.put(s) }
