package imaging

// Default thresholds for the image rules. Each was chosen from
// measurements on real photos and scans of documents, and on degraded
// versions of them labelled by whether their small print can still be
// read (see the explanations below and `kyclint explain RULE`); generated
// images only test the mechanics. Rule sets may override them.
const (
	// MaxBlurPerMille is the largest edge blur (EdgeBlur.PerMille) image.blur
	// accepts for an identity document. On real scans and photos of
	// passports and ID cards (pkg/internal/realset), originals measure
	// 0.46–2.07 and sharp camera photos 0.40–1.89; Gaussian blur of 0.5 %
	// of the long side, where a person can no longer read the MRZ,
	// measures 4.16–8.25. No version that OCR still reads measures over 4.
	MaxBlurPerMille = 4.0
	// MaxBlurPerMillePage is the same for a page (a bill, a statement): its
	// print is two to three times smaller against the page than an MRZ
	// against a passport, so the same blur costs its legibility sooner.
	// The real letter of the set turns illegible to OCR from 0.9–1.6.
	MaxBlurPerMillePage = 2.0
	// MaxBlurPerMilleSelfie is the same for selfies, judged on the face and
	// the card held beside it, whose features are larger than print.
	MaxBlurPerMilleSelfie = 5.0
	// MaxBlockiness is the largest EdgeBlur.Blockiness image.blur accepts: a
	// JPEG so heavily quantised that its print has dissolved into 8×8 tiles.
	// Originals, real and camera, measure 0.59–1.45; of the real documents
	// saved at JPEG quality 2, the versions no judge reads measure
	// 1.88–7.73, but so do some still read at quality 4 and 8 (up to 3.28),
	// so the limit sits above every version read. Blockiness also counts
	// as blur against MaxBlurPerMille (EdgeBlur.TilePerMille), which fails
	// the small documents whose tiles are large against their print.
	MaxBlockiness = 3.4
	// MinBlurLongSide is the smallest long side, in pixels, on which blur is
	// judged: in a thumbnail every edge spans a pixel or two whatever the
	// lens did, and image.dimensions reports its size.
	MinBlurLongSide = 200

	// MinBrightLuma marks a photo too dark: the brightest 5 % of a document
	// photo is its paper.
	MinBrightLuma = 100
	// MaxMedianLuma and OverexposedMinP1 together mark a washed-out photo:
	// more than half the frame near white and even the darkest 1 % light,
	// so the print itself has faded. A clean scan on white keeps its dark
	// print in P1 and passes.
	MaxMedianLuma    = 235
	OverexposedMinP1 = 80
	// MinContrast is the least P95−P5 luma spread, and MaxDarkestLuma the
	// lightest the darkest 1 % may be: print fogged to light grey, however
	// dark the desk around it. Real scans and photos of documents spread
	// 98 or more, and their darkest 1 % is at most 97.
	MinContrast    = 70
	MaxDarkestLuma = 110

	// MaxGlareShare is the largest share of the frame that glare spots of
	// at least GlareMinBlob may cover.
	MaxGlareShare = GlareMinBlob

	// MinColourShare is the least share of the pixels carrying colour of
	// their own (Metrics.ColourShare) in a colour photo.
	MinColourShare = 0.03

	// MinDocumentArea is the least share of the frame a document should
	// cover; MaxTiltDeg the largest tilt of its edges.
	MinDocumentArea = 0.25
	MaxTiltDeg      = 15.0

	// DuplicateMaxDistance is the largest Hash distance at which two files
	// are taken for the same photo. Blurred, glared or darkened versions of
	// one generated card stayed within 4 bits; this bound is not yet
	// covered by a test.
	DuplicateMaxDistance = 8
)
