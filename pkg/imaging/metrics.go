package imaging

import "math"

// Metrics are measured on the working planes: the image area-averaged so its
// long side is Options.WorkingSize pixels (1000 by default). At full phone
// resolution sensor noise dominates the Laplacian and a blurred 12 MP photo
// scores like a sharp one; at a fixed working size scores compare across
// cameras and resolutions.
type Metrics struct {
	WorkWidth, WorkHeight int

	// Blur is the estimated blur of the strongest edges (see EdgeBlur).
	Blur EdgeBlur

	// MeanLuma, StdLuma and the percentiles describe the working luma
	// (0–255, BT.601). P95−P5 is the contrast spread; P1 is the darkest
	// print, which a washed-out photo lightens.
	MeanLuma, StdLuma float64
	P1, P5, P50, P95  float64

	Glare Glare

	// Document is the document's outline, nil when none was found.
	Document *Outline

	// Chroma is the mean chroma magnitude √(Cb²+Cr²), which a colour cast
	// raises. ChromaSpread is √(var Cb + var Cr), which a cast does not:
	// a black-and-white copy photographed under warm light keeps it low.
	// Both are 0 for a grayscale file, and both are measured on chroma
	// planes a quarter of the working size (see chromaLong).
	Chroma, ChromaSpread float64

	// ColourShare is the share of the frame whose colour stands out from
	// the light's cast (see colourShare); 0 for a grayscale file.
	ColourShare float64

	Hash Hash // perceptual hash of the working luma
}

// measure computes every metric from the working planes of a file of
// fileW×fileH pixels.
func measure(y plane, cb, cr *plane, fileW, fileH int) Metrics {
	m := Metrics{WorkWidth: y.w, WorkHeight: y.h}
	var bright float64
	m.MeanLuma, m.StdLuma, m.P1, m.P5, m.P50, m.P95, bright = lumaStats(y)
	m.Document = findOutline(y)
	var scale float64
	m.Blur, scale = documentBlur(y, m.Document)
	var where region
	if m.Blur.OnDocument {
		where = m.Document.region()
	}
	m.Blur.Blockiness = blockiness(y, fileW, fileH, where)
	m.Blur.TilePerMille = tileBlur(m.Blur.Blockiness, scale)
	if bright >= GlareMinBlob/4 {
		// Fewer near-white samples than that cannot make one glare spot.
		m.Glare = findGlare(y, m.Document.region())
	}
	if cb != nil && cr != nil {
		m.Chroma, m.ChromaSpread = chromaStats(*cb, *cr)
		m.ColourShare = colourShare(y, *cb, *cr)
	}
	m.Hash = perceptualHash(y)
	return m
}

// lumaStats returns the mean, standard deviation and 1st, 5th, 50th and
// 95th percentiles, the percentiles from a 256-bin histogram, and the
// share of samples that round to GlareLuma or more, over every other row:
// half a million samples describe a photo's brightness as well as a
// million.
func lumaStats(p plane) (mean, std, p1, p5, p50, p95, bright float64) {
	// Two histograms and two sums, for alternate samples, so that a run of
	// equal values does not chain every increment on the one before.
	var h0, h1 [256]int32
	var sum, sq float64
	var n int
	for y := 0; y < p.h; y += 2 {
		row := p.pix[y*p.w : (y+1)*p.w]
		n += len(row)
		var s0, s1, q0, q1 float32
		x := 0
		for ; x+1 < len(row); x += 2 {
			a, b := row[x], row[x+1]
			s0, s1 = s0+a, s1+b
			q0, q1 = q0+a*a, q1+b*b
			h0[clampByte(a)]++
			h1[clampByte(b)]++
		}
		if x < len(row) {
			a := row[x]
			s0, q0 = s0+a, q0+a*a
			h0[clampByte(a)]++
		}
		sum += float64(s0) + float64(s1)
		sq += float64(q0) + float64(q1)
	}
	var hist [256]int
	for i := range hist {
		hist[i] = int(h0[i]) + int(h1[i])
	}
	mean = sum / float64(n)
	std = math.Sqrt(max(0, sq/float64(n)-mean*mean))
	var clipped int
	for _, c := range hist[GlareLuma:] {
		clipped += c
	}
	bright = float64(clipped) / float64(n)
	return mean, std, percentile(hist, 0.01), percentile(hist, 0.05), percentile(hist, 0.5), percentile(hist, 0.95), bright
}

func clampByte(v float32) uint8 {
	return uint8(min(255, max(0, v+0.5)))
}

func percentile(hist [256]int, q float64) float64 {
	var total int
	for _, c := range hist {
		total += c
	}
	target := q * float64(total)
	var acc int
	for i, c := range hist {
		acc += c
		if float64(acc) >= target && acc > 0 {
			return float64(i)
		}
	}
	return 255
}

func chromaStats(cb, cr plane) (mean, spread float64) {
	var sumB, sumR, sqB, sqR, mag float64
	for i := range cb.pix {
		b, r := float64(cb.pix[i]), float64(cr.pix[i])
		sumB, sumR = sumB+b, sumR+r
		sqB, sqR = sqB+b*b, sqR+r*r
		mag += math.Hypot(b, r)
	}
	n := float64(len(cb.pix))
	mb, mr := sumB/n, sumR/n
	return mag / n, math.Sqrt(max(0, sqB/n-mb*mb+sqR/n-mr*mr))
}
