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

// glareMaxBlob is the largest: a clipped area over a quarter of the frame
// is white paper or a washed-out background, image.exposure's business.
const glareMaxBlob = 0.25

// Glare describes highlights on the document: clipped blobs that stand
// inside the frame, burn out the print under them and fade out through a
// bright halo. White paper and white backgrounds are clipped too, but they
// reach the frame's edge, keep their print, or end at a printed edge.
type Glare struct {
	Clipped float64 // share of the frame at or above GlareLuma
	Share   float64 // share covered by glare spots on the document
	Largest float64 // share covered by the largest of them
	Blobs   int     // number of them
	// AnyShare is the share covered by glare spots anywhere in the frame,
	// on the document or off it: a selfie's glare is on the face.
	AnyShare float64
}

// A blob is one 4-connected set of clipped samples.
type blob struct {
	pix                    []int32 // indices into the plane
	minX, minY, maxX, maxY int
}

// findGlare labels the clipped blobs of p with an explicit stack (no
// recursion, bounded by the working size) and keeps those that look like
// a highlight on the document: see isGlareSpot. doc, when not nil, is the
// document's outline, and a spot must lie inside it.
func findGlare(p plane, doc region) Glare {
	n := len(p.pix)
	seen := getBools(n)
	defer putBools(seen)
	minBlob := max(1, int(GlareMinBlob*float64(n)))
	var g Glare
	var clipped int
	var b blob
	for i, v := range p.pix {
		if seen[i] || v < clippedFrom {
			continue
		}
		b = fill(p, seen, i, b.pix[:0])
		clipped += len(b.pix)
		if len(b.pix) < minBlob || !isGlareSpot(p, &b) {
			continue
		}
		g.AnyShare += float64(len(b.pix))
		if doc != nil && !doc.contains(b.centre()) {
			continue
		}
		g.Blobs++
		g.Share += float64(len(b.pix))
		g.Largest = max(g.Largest, float64(len(b.pix)))
	}
	g.Clipped = float64(clipped) / float64(n)
	g.Share /= float64(n)
	g.AnyShare /= float64(n)
	g.Largest /= float64(n)
	return g
}

// fill collects the clipped blob holding sample i into buf.
func fill(p plane, seen []bool, i int, buf []int32) blob {
	b := blob{pix: buf, minX: p.w, minY: p.h, maxX: -1, maxY: -1}
	seen[i] = true
	b.pix = append(b.pix, int32(i))
	for k := 0; k < len(b.pix); k++ {
		j := int(b.pix[k])
		x, y := j%p.w, j/p.w
		b.minX, b.maxX = min(b.minX, x), max(b.maxX, x)
		b.minY, b.maxY = min(b.minY, y), max(b.maxY, y)
		for _, nb := range [4]int{j - 1, j + 1, j - p.w, j + p.w} {
			if nb < 0 || nb >= len(p.pix) || seen[nb] || p.pix[nb] < clippedFrom ||
				(nb == j-1 && x == 0) || (nb == j+1 && x == p.w-1) {
				continue
			}
			seen[nb] = true
			b.pix = append(b.pix, int32(nb))
		}
	}
	return b
}
