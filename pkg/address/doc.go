// Package address compares a declared address with the address printed on a
// proof of address. It folds what does not matter (case, punctuation,
// diacritics, common abbreviations in English, German and French, spaces in
// postcodes) and reports what does: a different postcode, house number, flat
// or street. It also recognises post-office boxes, which most KYC rule sets do
// not accept as a residential address.
//
// Chinese and Japanese addresses are read by the characters that name their
// parts (省 市 区/县 路/街 号 室/房; 都/府/県 丁目 番 号), with full-width
// digits and optional 省/市 suffixes, and 1丁目1番1号 equal to 1-1-1. Against
// their Latin form they compare on postcode, number and room, and on Chinese
// road and place names through their readings (建国路 = Jianguo Road).
package address
