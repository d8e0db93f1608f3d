package imaging

// GlareLuma is the working-luma level from which a pixel counts as clipped
// highlight: after area averaging, ≥ 250 means the whole neighbourhood is
// near saturation, not one bright speck.
const GlareLuma = 250

// clippedFrom is where findGlare counts a sample as clipped: a plateau of
// pixels at exactly GlareLuma averages to it only up to float32 rounding,
// which may land either side.
const clippedFrom = GlareLuma - 1.0/256

// GlareMinBlob is the smallest clipped blob, as a share of the frame, that
// counts as glare: 0.5 % of a card photo is about a word of printed text.
const GlareMinBlob = 0.005

// Glare describes near-saturated regions of the working luma.
type Glare struct {
	Clipped float64 // share of the frame at or above GlareLuma
	Share   float64 // share covered by blobs of at least GlareMinBlob
	Largest float64 // share covered by the largest blob
	Blobs   int     // number of blobs of at least GlareMinBlob
	// LargestTouchesEdge is set when the largest blob reaches the frame
	// edge, as the white paper of a scan or a washed-out background does;
	// glare on a held card usually sits inside the frame.
	LargestTouchesEdge bool
}

// findGlare labels 4-connected blobs of clipped pixels with an explicit
// stack (no recursion, bounded by the working size).
func findGlare(p plane) Glare {
	n := len(p.pix)
	seen := getBools(n)
	defer putBools(seen)
	minBlob := int(GlareMinBlob * float64(n))
	var g Glare
	var clipped, largest int
	var stack []int32
	for i, v := range p.pix {
		if seen[i] || v < clippedFrom {
			continue
		}
		size, edge := 0, false
		seen[i] = true
		stack = append(stack[:0], int32(i))
		for len(stack) > 0 {
			j := int(stack[len(stack)-1])
			stack = stack[:len(stack)-1]
			size++
			x, y := j%p.w, j/p.w
			edge = edge || x == 0 || y == 0 || x == p.w-1 || y == p.h-1
			for _, k := range [4]int{j - 1, j + 1, j - p.w, j + p.w} {
				if k < 0 || k >= n || seen[k] || p.pix[k] < clippedFrom ||
					(k == j-1 && x == 0) || (k == j+1 && x == p.w-1) {
					continue
				}
				seen[k] = true
				stack = append(stack, int32(k))
			}
		}
		clipped += size
		if size >= max(minBlob, 1) {
			g.Blobs++
			g.Share += float64(size)
		}
		if size > largest {
			largest, g.LargestTouchesEdge = size, edge
		}
	}
	g.Clipped = float64(clipped) / float64(n)
	g.Share /= float64(n)
	g.Largest = float64(largest) / float64(n)
	return g
}
