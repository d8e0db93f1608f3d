// Package mrz parses and validates ICAO 9303 machine readable zones: TD1
// identity cards (3×30), TD2 cards (2×36), TD3 passports (2×44), MRV-A and
// MRV-B visas (2×44 and 2×36), and the French national identity card
// (2×36, issued 1988–2021), which many KYC packs still carry.
//
// Parse rejects text that is not a zone at all (wrong line count or length,
// a character outside A–Z 0–9 <) with an *Error naming the line and column.
// A zone that has the right shape is returned with its fields, every check
// digit's verdict and any content problem (an impossible date, an unknown
// sex marker); Valid tells whether all of them hold. Country codes are not
// judged by Valid: the mrz.* lint rules compare codes against the pack.
// KnownState tells whether a code is one ICAO 9303 allows (ISO 3166-1
// alpha-3 and ICAO's own, UTO of the specimens included), which a reader
// uses to resolve confusable letters.
package mrz
