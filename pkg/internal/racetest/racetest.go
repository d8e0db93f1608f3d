// Package racetest tells tests whether they run under the race detector,
// so that the heaviest of them can run a deterministic sample of their
// cases there instead of every one: instrumented code runs many times
// slower, and `go test -race ./...` must still finish in CI's time on two
// cores. A sampled test still runs the code it covers, on fewer inputs.
package racetest

// Enabled is true in a binary built with -race.
const Enabled = enabled

// Sample reports whether case i (counting from 0) of a test's table runs:
// every case without the race detector, and every n-th one, from the
// first, under it.
func Sample(i, n int) bool {
	return !Enabled || n <= 1 || i%n == 0
}
