//go:build race

package pdfdoc

// raceEnabled is true under the race detector, whose instrumentation
// changes what is allocated on the heap: byte budgets are not the
// program's there.
const raceEnabled = true
