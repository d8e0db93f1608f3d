// Package names normalises and compares personal names the way a careful KYC
// reviewer does: tolerant of how a name is written (case, diacritics, ICAO 9303
// transliteration, token order, punctuation, initials, a dropped middle name, an
// MRZ field cut short) and strict about what actually differs.
//
// A name in Chinese characters is compared with a Latin name through every
// reading of each character (Hanyu Pinyin, Wade-Giles, Tongyong, Hong Kong
// Cantonese spelling), and traditional characters equal simplified ones.
// Names in other non-Latin scripts are compared exactly after Unicode
// normalisation and never transliterated; two names in scripts that cannot be
// compared get the Incomparable result rather than a claimed difference.
package names
