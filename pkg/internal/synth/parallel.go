package synth

import (
	"runtime"
	"sync"
)

// parallelRows calls fn on disjoint row ranges covering [0, h) from as many
// goroutines as there are CPUs; a 12 MP blur is otherwise the slowest step
// of an image test.
func parallelRows(h int, fn func(y0, y1 int)) {
	n := min(runtime.GOMAXPROCS(0), max(1, h/16))
	var wg sync.WaitGroup
	for i := range n {
		y0, y1 := h*i/n, h*(i+1)/n
		wg.Add(1)
		go func() {
			defer wg.Done()
			fn(y0, y1)
		}()
	}
	wg.Wait()
}
