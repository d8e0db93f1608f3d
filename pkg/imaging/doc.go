// Package imaging is kyclint's eyes: it recognises image formats from their
// bytes, decodes them within a pixel budget, reads EXIF safely, and measures
// what the image rules judge (sharpness, exposure, contrast, glare,
// colourfulness, a perceptual hash).
//
// Analyze does all of it once per file; the rules share the result. Every
// metric is measured on a working copy whose long side is 1000 pixels,
// area-averaged from the decoded luma (a JPEG's Y plane as decoded), so that
// scores compare across cameras: see BlurExplanation for why and how the
// default thresholds were calibrated.
//
// Hostile input is expected. Headers are read before pixels and images over
// Limits.MaxPixels are refused before allocation; decoder and goexif panics
// become errors; EXIF blocks are bounded to 64 KiB and repaired before
// goexif sees them, so a cyclic IFD chain or a lying tag count cannot hang
// or exhaust memory.
package imaging
