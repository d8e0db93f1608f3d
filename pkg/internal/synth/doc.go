// Package synth makes kyclint's test documents from a seed: ID-card,
// passport, bill and selfie photos, the degradations kyclint must catch
// (blur, darkness, glare, noise, grayscale, rotation) and the files that
// carry them (JPEG with EXIF, PNG, PDF, HEIC headers, truncated and
// oversized images).
//
// Test data is generated rather than downloaded so that every fixture is
// reproducible, free of personal data and small in the repository. The same
// seed and options give the same pixels and the same bytes on a given
// platform; every image transform returns a new image and leaves its input
// untouched, so one card can yield many variants.
package synth
