package cli

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/report"
)

// A shard is the i-th of n parts of a batch, from --shard i/n; given says
// --shard was (its report then says which shard it holds).
type shard struct {
	index, count int
	given        bool
}

// parseShard reads --shard: i/n, or auto for the environment of an indexed
// job (see autoShard); count is --shard-count (0 when not given).
func parseShard(s string, count int, getenv func(string) string) (shard, error) {
	if count != 0 && s != "auto" {
		return shard{}, usageErrorf("--shard-count goes with --shard auto and JOB_COMPLETION_INDEX")
	}
	switch s {
	case "":
		return shard{1, 1, false}, nil
	case "auto":
		return autoShard(count, getenv)
	}
	sh, ok := splitShard(s)
	if !ok {
		return shard{}, usageErrorf("--shard must be i/n with 1 <= i <= n, such as 2/4, or auto, not %q", s)
	}
	return sh, nil
}

func splitShard(s string) (shard, bool) {
	a, b, ok := strings.Cut(s, "/")
	i, err1 := strconv.Atoi(a)
	n, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || n < 1 || i < 1 || i > n {
		return shard{}, false
	}
	return shard{i, n, true}, true
}

// autoShard takes the shard from an indexed job's environment: a
// Kubernetes Indexed Job's JOB_COMPLETION_INDEX (0 to n-1) with
// --shard-count n, its completions; else KYCLINT_SHARD=i/n.
func autoShard(count int, getenv func(string) string) (shard, error) {
	index, env := getenv("JOB_COMPLETION_INDEX"), getenv("KYCLINT_SHARD")
	switch {
	case index != "" && count != 0:
		k, err := strconv.Atoi(index)
		if err != nil || k < 0 || k >= count {
			return shard{}, usageErrorf("--shard auto: JOB_COMPLETION_INDEX=%q must be a number from 0 to %d (--shard-count %d)", index, count-1, count)
		}
		return shard{k + 1, count, true}, nil
	case count < 0:
		return shard{}, usageErrorf("--shard-count must be at least 1, not %d", count)
	case count != 0:
		return shard{}, usageErrorf("--shard auto --shard-count %d: JOB_COMPLETION_INDEX is not set (run in an Indexed Job, or set KYCLINT_SHARD=i/n)", count)
	case env != "":
		sh, ok := splitShard(env)
		if !ok {
			return shard{}, usageErrorf("--shard auto: KYCLINT_SHARD must be i/n with 1 <= i <= n, such as 2/4, not %q", env)
		}
		return sh, nil
	case index != "":
		return shard{}, usageErrorf("--shard auto: JOB_COMPLETION_INDEX is set; give --shard-count N, the Job's completions")
	}
	return shard{}, usageErrorf("--shard auto: neither JOB_COMPLETION_INDEX (with --shard-count N) nor KYCLINT_SHARD=i/n is set")
}

// pick keeps every n-th pack of the sorted list, starting at the i-th: the
// n shards cover every pack exactly once, whatever machine runs which, and
// packs that sort together (often similar sizes) are spread across shards.
func (s shard) pick(targets []pack.Target) []pack.Target {
	if s.count == 1 {
		return targets
	}
	var out []pack.Target
	for k, t := range targets {
		if k%s.count == s.index-1 {
			out = append(out, t)
		}
	}
	return out
}

func (s shard) String() string { return fmt.Sprintf("%d/%d", s.index, s.count) }

// report is the shard a report says it holds, nil without --shard.
func (s shard) report() *report.Shard {
	if !s.given {
		return nil
	}
	return &report.Shard{Index: s.index, Count: s.count}
}
