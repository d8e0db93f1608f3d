package statement

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// dateLabels name the statement or issue date, with their strength: 2 for a
// label that can only mean it, 1 for a bare "Date". Matching is on lower case
// text.
var dateLabels = map[string]int{
	"statement date": 2, "date of statement": 2, "statement issued": 2, "date issued": 2,
	"date of issue": 2, "issue date": 2, "issued on": 2, "bill date": 2, "billing date": 2,
	"date of bill": 2, "invoice date": 2, "date of invoice": 2, "tax point": 2, "notice date": 2,
	"date of notice": 2, "letter date": 2, "closing date": 2, "statement closing date": 2,
	"period ending": 2, "period ended": 2,
	// A letter dates itself after the town: "Paris, le 15 octobre 2026",
	// "Berlin, den 15.10.2026".
	", le": 2, ", den": 2,
	"rechnungsdatum": 2, "ausstellungsdatum": 2, "datum der rechnung": 2, "rechnung vom": 2,
	"kontoauszug vom": 2, "erstellt am": 2, "bescheiddatum": 2, "bescheid vom": 2,
	"date de facture": 2, "date de la facture": 2, "date d'émission": 2, "date d'emission": 2,
	"émise le": 2, "emise le": 2, "date d'édition": 2, "date d'edition": 2, "date du relevé": 2,
	"date du releve": 2, "date de l'avis": 2, "facture du": 2,
	"账单日": 2, "账单日期": 2, "出单日期": 2, "对账单日期": 2, "对账日期": 2, "开具日期": 2, "开票日期": 2,
	"賬單日": 2, "賬單日期": 2, "帳單日": 2, "帳單日期": 2, "結單日期": 2, "发单日期": 2, "出帳日": 2, "出帳日期": 2,
	"date": 1, "datum": 1, "日期": 1, "dated": 1,
}

// notDateLabels name other dates: due, payment, birth, transaction and period
// dates. A longer label wins over a shorter one that ends at the same place,
// so "Fälligkeitsdatum" is not read as "Datum".
var notDateLabels = []string{
	"due date", "payment due", "due by", "due on", "pay by", "payment date", "date of birth",
	"birth date", "direct debit", "debit date", "transaction date", "posting date", "value date",
	"next statement", "next bill", "next reading", "reading date", "opening date", "account opened",
	"fälligkeitsdatum", "faelligkeitsdatum", "fällig am", "faellig am", "zahlbar bis", "zahlungsziel",
	"abbuchung am", "abbuchungsdatum", "geburtsdatum", "buchungsdatum", "buchungstag", "valuta",
	"wertstellung", "lieferdatum", "ablesedatum", "nächste", "naechste",
	"date d'échéance", "date d'echeance", "échéance", "echeance", "date limite", "à payer avant",
	"a payer avant", "avant le", "prélevé le", "preleve le", "prélèvement", "prelevement",
	"date de naissance", "date d'opération", "date d'operation", "date de valeur", "prochaine",
	"到期还款日", "最后还款日", "还款日", "到期日", "交易日", "记账日", "出生日期", "缴费截止",
}

// maxLabelReach is how far before a date its label can begin: the longest
// label and the gap closeGap allows, with room to spare.
const maxLabelReach = 72

type labelHit struct {
	end, size int
	text      string
	strength  int
	negative  bool
}

// labelIn finds the label that names a date printed after s: the label
// closest to the end of s, if nothing but a few characters without digits
// stand between them. It returns the label as printed, its strength, and
// whether it names another kind of date.
func labelIn(s string) (label string, strength int, negative bool) {
	// A label sits right before its date: only the end of s can hold it.
	if len(s) > maxLabelReach {
		s = s[len(s)-maxLabelReach:]
		for len(s) > 0 && !utf8.RuneStart(s[0]) {
			s = s[1:]
		}
	}
	low := foldLabel(s)
	if len(low) != len(s) {
		low, s = foldLabel(strings.ToValidUTF8(s, "")), strings.ToValidUTF8(s, "")
		if len(low) != len(s) {
			return "", 0, false
		}
	}
	var best labelHit
	try := func(l string, strength int, negative bool) {
		i := strings.LastIndex(low, l)
		if i < 0 || !wordStart(low, i, l) || !wordEnd(low, i+len(l), l) {
			return
		}
		h := labelHit{end: i + len(l), size: len(l), text: s[i : i+len(l)], strength: strength, negative: negative}
		if h.end > best.end || (h.end == best.end && h.size > best.size) {
			best = h
		}
	}
	for l, n := range dateLabels {
		try(l, n, false)
	}
	for _, l := range notDateLabels {
		try(l, 0, true)
	}
	if best.size == 0 || !closeGap(s[best.end:], best.negative) {
		return "", 0, false
	}
	if best.negative {
		return best.text, 0, true
	}
	return best.text, best.strength, false
}

func init() {
	// Labels with an apostrophe are also printed with a typographic one.
	for l, n := range dateLabels {
		if strings.Contains(l, "'") {
			dateLabels[strings.ReplaceAll(l, "'", "’")] = n
		}
	}
	for _, l := range notDateLabels {
		if strings.Contains(l, "'") {
			notDateLabels = append(notDateLabels, strings.ReplaceAll(l, "'", "’"))
		}
	}
}

// foldLabel lower-cases s, keeping byte offsets where it can (the caller
// checks).
func foldLabel(s string) string {
	return strings.Map(func(r rune) rune {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				return r + 32
			}
			return r
		}
		l := unicode.ToLower(r)
		if utf8.RuneLen(l) != utf8.RuneLen(r) {
			return r
		}
		return l
	}, s)
}

// wordStart reports whether a label l found at s[i:] begins a word: what
// comes before it is no letter (a Han character may: Chinese has no spaces).
func wordStart(s string, i int, l string) bool {
	if i == 0 {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(l); !unicode.IsLetter(r) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !unicode.IsLetter(r) || unicode.Is(unicode.Han, r)
}

// wordEnd reports whether a label l ending at s[:i] ends a word.
func wordEnd(s string, i int, l string) bool {
	if i == len(s) {
		return true
	}
	if r, _ := utf8.DecodeLastRuneInString(l); !unicode.IsLetter(r) || unicode.Is(unicode.Han, r) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !unicode.IsLetter(r)
}

// closeGap reports whether the text between a label and its date is short
// and holds no digits: "Statement date: ", "Rechnungsdatum ", "账单日：". A
// label that rules a date out may stand a little further off ("Your next
// statement will be sent on").
func closeGap(s string, negative bool) bool {
	if hasDigit(s) {
		return false
	}
	s = strings.Trim(s, " :：.-–—\t")
	if negative {
		return len(s) <= 24
	}
	return len(s) <= 14
}
