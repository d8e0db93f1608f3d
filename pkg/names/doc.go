// Package names normalises and compares personal names the way a careful KYC
// reviewer does: tolerant of how a name is written (case, diacritics, ICAO 9303
// transliteration, token order, punctuation, initials, a dropped middle name, an
// MRZ field cut short) and strict about what actually differs.
//
// Names in non-Latin scripts are compared exactly after Unicode normalisation;
// they are never transliterated, because a guessed romanisation of a CJK or
// Arabic name is not evidence that two names agree.
package names
