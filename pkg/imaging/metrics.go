package imaging

import "math"

// Metrics are measured on the working planes: the image area-averaged so its
// long side is Options.WorkingSize pixels (1000 by default). At full phone
// resolution sensor noise dominates the Laplacian and a blurred 12 MP photo
// scores like a sharp one; at a fixed working size scores compare across
// cameras and resolutions.
type Metrics struct {
	WorkWidth, WorkHeight int

	// Sharpness is the variance of the 3×3 Laplacian of the working luma,
	// kept as a raw figure; the blur verdict comes from Blur.
	Sharpness float64

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

// measure computes every metric from the working planes.
func measure(y plane, cb, cr *plane) Metrics {
	m := Metrics{WorkWidth: y.w, WorkHeight: y.h}
	m.Sharpness = laplacianVariance(y)
	m.MeanLuma, m.StdLuma, m.P1, m.P5, m.P50, m.P95 = lumaStats(y)
	m.Document = findOutline(y)
	m.Blur = documentBlur(y, m.Document)
	m.Glare = findGlare(y, m.Document.region())
	if cb != nil && cr != nil {
		m.Chroma, m.ChromaSpread = chromaStats(*cb, *cr)
		m.ColourShare = colourShare(y, *cb, *cr)
	}
	m.Hash = perceptualHash(y)
	return m
}

// laplacianVariance uses the 4-neighbour kernel [0 1 0; 1 −4 1; 0 1 0]
// (OpenCV's Laplacian with ksize 1) over the interior pixels.
func laplacianVariance(p plane) float64 {
	if p.w < 3 || p.h < 3 {
		return 0
	}
	var sum, sq float64
	for y := 1; y < p.h-1; y++ {
		r := p.pix[y*p.w:]
		up, dn := p.pix[(y-1)*p.w:], p.pix[(y+1)*p.w:]
		for x := 1; x < p.w-1; x++ {
			l := float64(up[x] + dn[x] + r[x-1] + r[x+1] - 4*r[x])
			sum += l
			sq += l * l
		}
	}
	n := float64((p.w - 2) * (p.h - 2))
	mean := sum / n
	return sq/n - mean*mean
}

// lumaStats returns the mean, standard deviation and 1st, 5th, 50th and
// 95th percentiles, the percentiles from a 256-bin histogram.
func lumaStats(p plane) (mean, std, p1, p5, p50, p95 float64) {
	// Two histograms and two sums, for alternate samples, so that a run of
	// equal values does not chain every increment on the one before.
	var h0, h1 [256]int32
	var sum, sq float64
	for y := range p.h {
		row := p.pix[y*p.w : (y+1)*p.w]
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
	n := float64(len(p.pix))
	mean = sum / n
	std = math.Sqrt(max(0, sq/n-mean*mean))
	return mean, std, percentile(hist, 0.01), percentile(hist, 0.05), percentile(hist, 0.5), percentile(hist, 0.95)
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
