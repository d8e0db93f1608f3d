// Package mrzread reads the machine readable zone from the photo or scan of
// a passport, identity card, residence permit or visa, in pure Go: it finds
// the zone (internal/locate), recognises each OCR-B character
// (internal/ocrb), and decodes the lines with what ICAO 9303 fixes about
// every field, check digits included, so that a confusable glyph is resolved
// by its field and every correction is reported.
package mrzread
