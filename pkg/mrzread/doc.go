// Package mrzread reads the machine readable zone from the photo or scan of
// a passport, identity card, residence permit or visa, in pure Go: it finds
// the zone (internal/locate), recognises each OCR-B character
// (internal/ocrb; a zone most of whose glyphs fit a monospaced sans-serif
// better, as some cards print it, in that font), and decodes the lines with what ICAO 9303 fixes about
// every field, check digits included, so that a confusable glyph is resolved
// by its field and every correction is reported.
//
// Read takes an image; Decode takes the per-cell scores. A Result is Valid
// only when its check digits hold and nothing is left in doubt: no second
// reading within reach passes the checks nearly as cheaply, and every
// character no check digit covers is read with confidence. Clean adds that
// no correction was made. See Decode for the bounds and the guarantee.
package mrzread
