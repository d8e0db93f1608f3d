// Package address compares a declared address with the address printed on a
// proof of address. It folds what does not matter (case, punctuation,
// diacritics, common abbreviations in English, German and French, spaces in
// postcodes) and reports what does: a different postcode, house number, flat
// or street. It also recognises post-office boxes, which most KYC rule sets do
// not accept as a residential address.
package address
