package cli

import (
	"fmt"
	"runtime"
)

// maxJobs is the most packs linted at once: past a few per CPU, more
// workers add memory and no speed.
func maxJobs() int { return 4 * runtime.NumCPU() }

// clampJobs refuses --jobs below 1 and lowers one above maxJobs, saying so.
func clampJobs(streams *IOStreams, jobs *int) error {
	if *jobs < 1 {
		return usageErrorf("--jobs must be at least 1, not %d", *jobs)
	}
	if limit := maxJobs(); *jobs > limit {
		fmt.Fprintf(streams.ErrOut, "kyclint: note: --jobs %d lowered to %d (4 per CPU)\n", *jobs, limit)
		*jobs = limit
	}
	return nil
}
