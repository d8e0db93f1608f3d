package imaging

// BlurExplanation is the calibration note `kyclint explain image.blur`
// prints.
const BlurExplanation = `Blur is measured on the document's edges, not on how much texture a photo has.
The photo is shrunk by area averaging so its long side is at most 1000 pixels; the
strongest edges (the top 2 % of gradients in each direction, local maxima across the
edge) are found inside the document's outline when kyclint finds one. Each edge is
blurred again by a known Gaussian (sigma 1 px): a sharp edge loses much of its
gradient peak, a blurred one little, and the ratio gives the edge's own blur sigma
whatever its contrast (Hu and de Haan, 2006). The median over edges of each direction
is taken, and the larger one counts, so shake in one direction is caught. That sigma
is divided by the document's long side (the frame's when no outline is found, and at
least 0.6 of the frame's): small print scales with the document, so the score,
in pixels per 1000 pixels of document, means the same on a 12-megapixel photo and on
a 300-pixel scan. A JPEG saved at very low quality keeps little more than each 8x8
block's mean: its print dissolves into tiles whose borders look sharp, so on files up
to 1000 pixels the mean luma step across the block grid is also compared with the
mean step inside blocks (blockiness; a photo measures about 1, the limit is 3.4).
Blockiness also counts as blur, each unit over 1 as 0.75 px per 1000 px of the
document, judged against the blur limit: a tile is a larger piece of a small card's
print than of a large page's. The raw figures (the edge sigma in pixels, the number of
edges measured, the blockiness, the tile blur) are in the finding's data.

Calibration, on real scans and photos of 32 documents degraded 25 ways and labelled
legible when tesseract, kyclint's MRZ reader or a person read their small print
(see the README, "Image verdicts on real photos"): originals measure 0.46-2.07 per
1000 and a blockiness of 0.59-1.45; of 510 legible versions 4 fail (4.07-4.70); of
290 illegible versions 236 fail (81 %). Legible and illegible versions overlap
between about 1 and 5 per 1000, because documents whose print is small against the
page stop being read sooner; the limit sits where nearly every legible version passes.`

// ExposureExplanation is the calibration note for image.exposure.
const ExposureExplanation = `Exposure is judged from the brightness histogram of the photo shrunk to 1000 pixels:
too dark when even its brightest 5 % (the paper of a document) stays dim, overexposed
when more than half the photo is near white and even its darkest 1 % (the print) has
faded, washed out when the darkest and brightest 5 % lie close together. A scan of a
white page with dark print, or a document on a black desk, passes.`

// GlareExplanation is the calibration note for image.glare.
const GlareExplanation = `Glare is a highlight on the document: a clipped region (brightness 250 of 255 or more
after shrinking the photo to 1000 pixels) of at least 0.5 % of the frame that stays
clear of the photo's edges, lies inside the document's outline when one is found, and
fades out through a halo brighter than the photo's median. White paper, a white table
or a scan's white background is clipped too, but reaches the photo's edge or is
bordered by print and a darker desk: it is not glare. Bills and statements are white
paper, so only the categories listed in ` + "`categories`" + ` are judged.`

// GrayscaleExplanation is the calibration note for image.grayscale.
const GrayscaleExplanation = `A photo is black and white when too few of its pixels carry colour of their own.
The light's colour cast is read from the brightest tenth of the pixels (the paper)
and, scaled by each pixel's brightness, taken out: a black-and-white copy under a
warm lamp is tinted evenly and keeps no colour. A pixel whose chroma then stands more
than 10 (of ±128) from the cast carries colour. Red print, a colour portrait or a
tinted background all count, and a mostly white page does not pull the share down the
way it pulls down a spread of chroma. Bills often print in black on white, so only
the categories listed in ` + "`categories`" + ` are judged.`

// CroppedExplanation is the note for image.cropped.
const CroppedExplanation = `kyclint looks for the document's outline in the photo shrunk to 1000 pixels: edges,
straight lines through them, and the best four-sided shape, preferring the ID-1
(1.586) and passport (1.42) proportions. The document is cut off when a side of that
shape is the photo's own edge or a corner lies beyond it, with the document's inside
running into the edge. When no outline is found with good evidence, nothing is
reported: a tightly cropped scan whose edges are the photo's edges is not flagged.`

// FramingExplanation is the note for image.framing.
const FramingExplanation = `Judged from the document's outline (see image.cropped) when one is found: the share of
the photo it covers, and the angle of its long edges from the photo's edges. Nothing
is reported when no outline is found.`
