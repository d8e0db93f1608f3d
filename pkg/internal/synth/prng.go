package synth

// prng is a splitmix64 generator. It is written out here rather than taken
// from math/rand so that a seed keeps producing the same documents whatever
// the Go release.
type prng struct{ s uint64 }

func newPRNG(seed int64, stream uint64) *prng {
	return &prng{s: uint64(seed) ^ stream*0x9e3779b97f4a7c15}
}

func (r *prng) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	return mix64(r.s)
}

// intn returns a value in [0, n); n must be positive.
func (r *prng) intn(n int) int { return int(r.next() % uint64(n)) }

// between returns a value in [lo, hi].
func (r *prng) between(lo, hi int) int {
	if hi <= lo {
		return lo
	}
	return lo + r.intn(hi-lo+1)
}

// unit returns a value in [0, 1).
func (r *prng) unit() float64 { return float64(r.next()>>11) / (1 << 53) }

// mix64 is the splitmix64 finaliser, also used as a stateless per-pixel hash.
func mix64(z uint64) uint64 {
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// hash2 hashes a grid cell, for textures that need no state.
func hash2(x, y int, seed uint64) uint64 {
	return mix64(seed ^ uint64(uint32(x)) ^ uint64(uint32(y))<<32)
}
