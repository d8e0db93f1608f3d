package cli

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/kyclint/kyclint/pkg/pack"
)

// A shard is the i-th of n parts of a batch, from --shard i/n.
type shard struct{ index, count int }

func parseShard(s string) (shard, error) {
	if s == "" {
		return shard{1, 1}, nil
	}
	a, b, ok := strings.Cut(s, "/")
	i, err1 := strconv.Atoi(a)
	n, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || n < 1 || i < 1 || i > n {
		return shard{}, usageErrorf("--shard must be i/n with 1 <= i <= n, such as 2/4, not %q", s)
	}
	return shard{i, n}, nil
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
