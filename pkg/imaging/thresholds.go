package imaging

// Default thresholds for the image rules. Each was calibrated on generated
// document photos (package synth, JPEG quality 90, Gaussian sensor noise
// σ = 2) by TestCalibration, which prints the measured scores; the values
// sit near the geometric mean of the nearest pass and fail scores so both
// sides keep the same ratio of margin. Rule sets may override them.
const (
	// MinShortSide is the smallest short side, in pixels, for
	// image.dimensions: at 600 px an MRZ character of a card filling the
	// frame is still about 12 px wide, enough for OCR and a human reader.
	MinShortSide = 600

	// MinSharpnessCard is the least working-luma Laplacian variance for an
	// identity card or passport. Sharp cards score 1466–1843 at 1600×1200
	// and 4032×3024; Gaussian blur σ = 2 at 12 MP scores 613–665, σ = 1 at
	// 1600×1200 437–512.
	MinSharpnessCard = 1000
	// MinSharpnessPage is the same for text pages (bills, statements):
	// dense small print scores higher, 3952–4709 sharp and 1022 at σ = 2,
	// 12 MP.
	MinSharpnessPage = 2000
	// MinSharpnessSelfie is the same for selfies: skin and background are
	// smooth, 1004–1111 sharp and 395 at σ = 2, 12 MP.
	MinSharpnessSelfie = 600

	// MinMeanLuma marks a photo too dark: normal captures average 172–221,
	// an exposure cut to 30 % averages 53–66.
	MinMeanLuma = 70
	// MaxMedianLuma and OverexposedMinP5 together mark a washed-out photo:
	// more than half the frame near white and even the darkest 5 % lighter
	// than mid-grey, so the print itself has faded. Normal captures have a
	// median of 196–221 (P5 52–128); +70 and ×1.2 gives a median of 254
	// and P5 132–185. A clean scan keeps dark text in P5 and passes.
	MaxMedianLuma    = 245
	OverexposedMinP5 = 100
	// MinContrast is the least P95−P5 luma spread: normal captures spread
	// 112–200, a fogged ×0.25 capture 27–50.
	MinContrast = 60

	// MaxGlareShare is the largest share of the frame that clipped blobs of
	// at least GlareMinBlob may cover. A 2 % highlight measures 0.020–0.026
	// and a 0.2 % speck 0 (too small to hide a word); clean captures 0.
	// Scans whose white paper reaches the frame edge report
	// Glare.LargestTouchesEdge and are better judged by image.exposure.
	MaxGlareShare = GlareMinBlob

	// MaxGrayChromaSpread marks a black-and-white copy of an identity
	// document or a selfie: on the chroma planes (250 px on the long side)
	// colour cards spread 13.5–18.3, greyscale copies tinted by warm light
	// 3.4–4.9. Bills are not judged: their colour prints spread only
	// 7.2–7.3, and 2.5 when dark.
	MaxGrayChromaSpread = 7

	// DuplicateMaxDistance is the largest Hash distance at which two files
	// are taken for the same photo. Blurred, glared or darkened versions of
	// one generated card stayed within 4 bits; this bound is not yet
	// covered by a test.
	DuplicateMaxDistance = 8
)

// BlurExplanation is the calibration note `kyclint explain image.blur`
// prints.
const BlurExplanation = `Sharpness is the variance of the Laplacian (the 3×3 kernel 0 1 0 / 1 −4 1 / 0 1 0)
of the photo's brightness after it has been shrunk, by area averaging, so that its
long side is 1000 pixels. Shrinking first makes the score independent of the camera:
at full resolution a 12-megapixel sensor's noise alone gives a high variance, and a
blurred phone photo scores like a sharp one. Blur is therefore judged at the scale a
person reads the document, and a blur of 2 pixels at 12 MP counts like a blur of half
a pixel at 1000 px. The defaults were calibrated on generated document photos with
mild sensor noise: sharp identity cards score about 1500–1850, the same cards blurred
with a Gaussian of sigma 2 at 4032×3024 about 610–670, so the default minimum is 1000
(2000 for text pages, whose small print scores higher, 600 for selfies). Real photos
score lower than generated ones, since lenses soften every edge: readable passport
photos at 1600×1200 score 110–440, so a rule set for real uploads may lower the limit.`
