package names

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// titles are honorifics printed before a name on letters and statements. They
// are matched on normalised tokens, so "Mr." and "MR" are the same. A bare "M"
// (French Monsieur) is left out: it cannot be told from an initial.
var titles = set("MR", "MRS", "MS", "MISS", "MX", "MSTR", "MASTER", "DR", "PROF", "SIR", "DAME",
	"LORD", "LADY", "REV", "REVD", "FR", "HON", "CAPT", "COL", "MAJ", "SGT", "ENG", "ING",
	"HERR", "FRAU", "MME", "MLLE", "SR", "SRA", "SRTA", "SIG", "SIGRA", "DHR", "MEVR",
	"PAN", "PANI", "SHRI", "SMT", "ALHAJI")

// postNominals follow a name on letters. Generational suffixes (Jr, Sr, III)
// are not here: they tell a father from a son.
var postNominals = set("ESQ", "PHD", "MD", "MBE", "OBE", "CBE", "KC", "QC")

// particles begin compound surnames (de la Cruz, van der Berg, bin Salman).
var particles = set("DE", "DA", "DI", "DO", "DU", "DEL", "DELA", "DELLA", "DELLE", "DEI",
	"DES", "DOS", "DAS", "LA", "LE", "LO", "LAS", "LOS", "VAN", "VON", "DER", "DEN", "TER",
	"TEN", "ZU", "ZUM", "ZUR", "AF", "AV", "BIN", "BINT", "BINTI", "IBN", "BEN", "AL", "EL",
	"ST", "SAINT", "MAC", "NIC", "UA", "UI")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// honorifics follow a name written in Chinese characters or Japanese
// (张伟先生, 王女士, 山田太郎様) on letters and bills.
var honorifics = []string{"先生", "女士", "小姐", "様", "さま", "殿", "御中", "さん"}

// dropTitles removes leading honorifics, trailing post-nominals and the
// honorifics Chinese and Japanese write after a name, keeping at least one
// token (and two characters of a Chinese name) so a name never vanishes.
func dropTitles(toks []string) []string {
	for len(toks) > 1 && titles[toks[0]] {
		toks = toks[1:]
	}
	for len(toks) > 1 && (postNominals[toks[len(toks)-1]] || slices.Contains(honorifics, toks[len(toks)-1])) {
		toks = toks[:len(toks)-1]
	}
	if n := len(toks); n > 0 {
		toks = append(toks[:n-1:n-1], dropHonorific(toks[n-1]))
	}
	return toks
}

func dropHonorific(tok string) string {
	for _, h := range honorifics {
		if rest, ok := strings.CutSuffix(tok, h); ok && utf8.RuneCountInString(rest) >= 2 && hanToken(rest) {
			return rest
		}
	}
	return tok
}
