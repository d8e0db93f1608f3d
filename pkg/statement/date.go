package statement

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kyclint/kyclint/pkg/pack"
)

// months maps month names and their abbreviations in English, German and
// French, lower case, with and without diacritics, to their months.
var months = func() map[string]time.Month {
	m := map[string]time.Month{}
	add := func(mo time.Month, ws ...string) {
		for _, w := range ws {
			m[w] = mo
		}
	}
	add(time.January, "january", "jan", "januar", "jänner", "jän", "janvier", "janv")
	add(time.February, "february", "feb", "februar", "février", "fevrier", "févr", "fevr", "fév", "fev")
	add(time.March, "march", "mar", "märz", "maerz", "mär", "mrz", "mars")
	add(time.April, "april", "apr", "avril", "avr")
	add(time.May, "may", "mai")
	add(time.June, "june", "jun", "juni", "juin")
	add(time.July, "july", "jul", "juli", "juillet", "juil")
	add(time.August, "august", "aug", "août", "aout")
	add(time.September, "september", "sep", "sept", "septembre")
	add(time.October, "october", "oct", "oktober", "okt", "octobre")
	add(time.November, "november", "nov", "novembre")
	add(time.December, "december", "dec", "dezember", "dez", "décembre", "decembre", "déc")
	return m
}()

// reHan reads 2026年10月15日.
var reHan = regexp.MustCompile(`(\d{4})[ ]?年[ ]?(\d{1,2})[ ]?月[ ]?(\d{1,2})[ ]?日`)

func hanDates(s string) [][]int {
	if !strings.Contains(s, "年") {
		return nil
	}
	return reHan.FindAllStringSubmatchIndex(s, -1)
}

// A found date within a line.
type dateAt struct {
	date       pack.Date
	start, end int // byte offsets in the line
}

// datesIn returns the dates printed in s, in order of position.
func datesIn(s string, monthFirst bool) []dateAt {
	if digits(s) < 4 { // every date has four digits or more
		return nil
	}
	var out []dateAt
	add := func(d pack.Date, ok bool, start, end int) {
		if !ok || !alone(s, start, end) {
			return
		}
		for _, o := range out {
			if start < o.end && o.start < end {
				return // overlaps a date already found
			}
		}
		out = append(out, dateAt{d, start, end})
	}
	for _, m := range hanDates(s) {
		d, ok := ymd(atoi(s, m, 1), atoi(s, m, 2), atoi(s, m, 3))
		add(d, ok, m[0], m[1])
	}
	for ms := 0; ms < len(s); {
		r, size := utf8.DecodeRuneInString(s[ms:])
		if !unicode.IsLetter(r) {
			ms += size
			continue
		}
		me := ms
		for me < len(s) {
			r, size := utf8.DecodeRuneInString(s[me:])
			if !unicode.IsLetter(r) {
				break
			}
			me += size
		}
		if me-ms <= 9 {
			if mo := months[strings.ToLower(s[ms:me])]; mo != 0 {
				if d, start, end, ok := dayMonth(s, ms, me, mo); ok {
					add(d, true, start, end)
				} else if d, start, end, ok := monthDay(s, ms, me, mo); ok {
					add(d, true, start, end)
				}
			}
		}
		ms = me
	}
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) && (i == 0 || !isDigit(s[i-1])) {
			if d, end, ok := numericAt(s, i, monthFirst); end > 0 {
				add(d, ok, i, end)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// numericAt reads a numeric date that begins at s[i], the start of a run
// of digits: 2026-10-15, 2026/10/15, 2026.10.15; 15/10/2026, 10/15/2026,
// 15.10.2026, 15-10-2026, 15/10/26 (not 15-10-26, too often a reference).
// The separators must agree. end is 0 when there is no date shape at i.
func numericAt(s string, i int, monthFirst bool) (d pack.Date, end int, ok bool) {
	a, j := run(s, i)
	if j == i || j >= len(s) || !strings.ContainsRune("-/.", rune(s[j])) {
		return d, 0, false
	}
	sep := s[j]
	b, k := run(s, j+1)
	if k == j+1 || k-j-1 > 2 || k >= len(s) || s[k] != sep {
		return d, 0, false
	}
	y, e := run(s, k+1)
	switch {
	case j-i == 4 && (e-k-1 == 1 || e-k-1 == 2):
		d, ok = ymd(a, b, y)
		return d, e, ok
	case j-i > 2:
		return d, 0, false
	case e-k-1 == 4:
	case e-k-1 == 2 && sep != '-':
		y += 2000
	default:
		return d, 0, false
	}
	d, ok = numericDate(a, b, y, sep == '.', monthFirst)
	return d, e, ok
}

// run reads the digits at s[i:], returning their value (up to five digits
// are read as a number) and the offset after them.
func run(s string, i int) (int, int) {
	v, j := 0, i
	for j < len(s) && isDigit(s[j]) {
		if j-i < 5 {
			v = v*10 + int(s[j]-'0')
		}
		j++
	}
	return v, j
}

// dayMonth reads a date around the month name s[ms:me] written day first:
// 15 Oct 2026, 15. Oktober 2026, 1er octobre 2026, 15th October 2026,
// 15-Oct-2026.
func dayMonth(s string, ms, me int, mo time.Month) (d pack.Date, start, end int, ok bool) {
	i := ms
	if i > 0 && (s[i-1] == ' ' || s[i-1] == '-') {
		i--
	}
	if i > 0 && s[i-1] == '.' {
		i--
	}
	if i >= 2 {
		switch strings.ToLower(s[i-2 : i]) {
		case "er", "st", "nd", "rd", "th":
			i -= 2
		}
	}
	dayEnd := i
	for i > 0 && dayEnd-i < 2 && isDigit(s[i-1]) {
		i--
	}
	if i == dayEnd {
		return d, 0, 0, false
	}
	j := me
	if j < len(s) && s[j] == '.' {
		j++
	}
	for k := 0; k < 3 && j < len(s) && (s[j] == ' ' || s[j] == '-' || s[j] == ','); k++ {
		j++
	}
	year, j2 := digitsAt(s, j, 4)
	if j2 < 0 {
		// 16 Sep 26, as bank statements print it: two digits and no more.
		if year, j2 = digitsAt(s, j, 2); j2 < 0 || j2 < len(s) && isDigit(s[j2]) {
			return d, 0, 0, false
		}
		year += 2000
	}
	j = j2
	day, _ := strconv.Atoi(s[i:dayEnd])
	d, ok = ymd(year, int(mo), day)
	return d, i, j, ok
}

// monthDay reads a date that begins with the month name s[ms:me]: October
// 15, 2026; Oct. 15 2026; Sept 3rd, 2026.
func monthDay(s string, ms, me int, mo time.Month) (d pack.Date, start, end int, ok bool) {
	j := me
	if j < len(s) && s[j] == '.' {
		j++
	}
	if j < len(s) && s[j] == ' ' {
		j++
	}
	ds := j
	for j < len(s) && j-ds < 2 && isDigit(s[j]) {
		j++
	}
	if j == ds {
		return d, 0, 0, false
	}
	day, _ := strconv.Atoi(s[ds:j])
	if j+2 <= len(s) {
		switch strings.ToLower(s[j : j+2]) {
		case "st", "nd", "rd", "th":
			j += 2
		}
	}
	if j < len(s) && s[j] == ',' {
		j++
	}
	if j < len(s) && s[j] == ' ' {
		j++
	}
	year, j := digitsAt(s, j, 4)
	if j < 0 {
		return d, 0, 0, false
	}
	d, ok = ymd(year, int(mo), day)
	return d, ms, j, ok
}

// digitsAt reads exactly n digits at s[i:], returning their value and the
// offset after them, or -1 when they are not there.
func digitsAt(s string, i, n int) (int, int) {
	if i+n > len(s) {
		return 0, -1
	}
	v := 0
	for k := i; k < i+n; k++ {
		if !isDigit(s[k]) {
			return 0, -1
		}
		v = v*10 + int(s[k]-'0')
	}
	return v, i + n
}

// numericDate reads a/b/y as a day and a month. Dotted dates are always day
// first; otherwise the jurisdiction's order decides a date that reads both
// ways, and a date that reads only one way is read that way.
func numericDate(a, b, y int, dotted, monthFirst bool) (pack.Date, bool) {
	if monthFirst && !dotted {
		a, b = b, a
	}
	if d, ok := ymd(y, b, a); ok {
		return d, true
	}
	if dotted {
		return pack.Date{}, false
	}
	return ymd(y, a, b)
}

// ymd returns the calendar date, if there is one, within years a statement
// may print.
func ymd(y, m, d int) (pack.Date, bool) {
	if y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 {
		return pack.Date{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return pack.Date{}, false
	}
	return pack.Date{Year: y, Month: time.Month(m), Day: d}, true
}

func atoi(s string, m []int, group int) int {
	n, _ := strconv.Atoi(s[m[2*group]:m[2*group+1]])
	return n
}

// alone reports whether s[start:end] does not continue a longer number or
// word: no letter or digit just before it, and no digit (or digit after a
// dot or slash) just after it.
func alone(s string, start, end int) bool {
	if start > 0 {
		c := s[start-1]
		if isDigit(c) || isASCIILetter(c) {
			return false
		}
		if (c == '.' || c == '/') && start > 1 && isDigit(s[start-2]) {
			return false
		}
	}
	if end < len(s) {
		c := s[end]
		if isDigit(c) || isASCIILetter(c) {
			return false
		}
		if (c == '.' || c == '/' || c == ':') && end+1 < len(s) && isDigit(s[end+1]) {
			return false
		}
	}
	return true
}

func isDigit(c byte) bool       { return '0' <= c && c <= '9' }
func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// A dated line is a date found in the document, with what surrounds it.
type dated struct {
	DateMatch
	strength  int  // the label's strength (0 without a label)
	negative  bool // a label says it is not the statement date (due date, birth date)
	periodEnd bool // it ends a period range
}

// findDates returns the dates of the first page and the statement date.
func findDates(doc [][]line, monthFirst bool) ([]DateMatch, *DateMatch) {
	var all []dated
	for _, page := range doc {
		for i, l := range page {
			if len(all) >= maxDates {
				break
			}
			ds := datesIn(l.text, monthFirst)
			for k, d := range ds {
				x := dated{DateMatch: DateMatch{Date: d.date, Text: l.text[d.start:d.end], Page: l.page, Line: l.line}}
				before := l.text[:d.start]
				if k > 0 {
					before = l.text[ds[k-1].end:d.start]
					if isRangeJoint(before) {
						x.periodEnd = true
					}
				}
				x.Label, x.strength, x.negative = labelIn(before)
				if above, ok := lineAbove(page, i); x.Label == "" && ok {
					x.Label, x.strength, x.negative = labelAbove(above.text, l.text, d.start, k == 0 && strings.TrimSpace(before) == "")
				}
				all = append(all, x)
			}
		}
	}
	var first []DateMatch
	for _, d := range all {
		if d.Page == 1 {
			first = append(first, d.DateMatch)
		}
	}
	return first, choose(all)
}

// choose picks the statement date: the first date with the strongest label
// anywhere, else the end of the first period on the first page, else the
// latest date on the first page that no label rules out.
func choose(all []dated) *DateMatch {
	best := -1
	for i, d := range all {
		if d.strength > 0 && !d.negative && (best < 0 || d.strength > all[best].strength) {
			best = i
		}
	}
	if best >= 0 {
		d := all[best].DateMatch
		d.By = ByLabel
		return &d
	}
	for _, d := range all {
		if d.Page == 1 && d.periodEnd {
			d.By, d.Label = ByPeriod, ""
			dm := d.DateMatch
			return &dm
		}
	}
	var latest *DateMatch
	for _, pass := range []bool{false, true} {
		for _, d := range all {
			if d.Page != 1 || (d.negative && !pass) {
				continue
			}
			if latest == nil || latest.Date.Before(d.Date) {
				dm := d.DateMatch
				dm.By, dm.Label = ByLatest, ""
				latest = &dm
			}
		}
		if latest != nil {
			return latest
		}
	}
	return nil
}

// isRangeJoint reports whether the text between two dates makes them a
// range: a dash, "to", "bis", "au", "至".
func isRangeJoint(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return slices.Contains([]string{"-", "–", "—", "~", "to", "until", "through", "thru", "bis", "au", "à", "至", "到", "-/-"}, s)
}

// findShown returns the first place date is printed, reading numeric dates
// both day first and month first, so that a declared date is found whatever
// convention the statement follows.
func findShown(doc [][]line, date pack.Date) *DateMatch {
	seen := 0
	for _, page := range doc {
		for _, l := range page {
			for _, monthFirst := range []bool{false, true} {
				for _, d := range datesIn(l.text, monthFirst) {
					if seen++; seen > 2*maxDates {
						return nil
					}
					if d.date == date {
						return &DateMatch{Date: d.date, Text: l.text[d.start:d.end], Page: l.page, Line: l.line}
					}
				}
			}
		}
	}
	return nil
}

// labelAbove finds the label of a date printed under it, in the line
// above: the label that ends that line, or its column's label (a table of
// labels over a row of values), or, for a date that begins its line, a
// label that begins the line above (columns set too close to part). A bare
// "Date" is more likely a table's heading, and is not taken.
func labelAbove(above, s string, start int, first bool) (label string, strength int, negative bool) {
	if first && !hasDigit(above) {
		if label, strength, negative = labelIn(above); strength > 1 {
			return label, strength, negative
		}
	}
	if col, ok := columnOf(s, start); ok {
		if cs := cells(above); len(cs) == len(cells(s)) && !hasDigit(cs[col]) {
			if label, strength, negative = labelIn(cs[col]); strength > 1 {
				return label, strength, negative
			}
		}
	}
	if first && !hasDigit(above) {
		if label, strength = labelStart(above); strength > 1 {
			return label, strength, false
		}
	}
	return "", 0, false
}

// columnOf returns the index of the column of s (see cells) that begins at
// byte start; ok is false when start is inside a column.
func columnOf(s string, start int) (int, bool) {
	before := s[:start]
	if strings.TrimSpace(before) != "" && !strings.HasSuffix(before, "   ") {
		return 0, false
	}
	return len(cells(before)), true
}

// labelStart returns the longest label of the statement date that begins
// s, as printed, with its strength.
func labelStart(s string) (string, int) {
	s = strings.TrimSpace(s)
	f := foldLabel(s)
	best, strength := "", 0
	for l, n := range dateLabels {
		if len(l) > len(best) && strings.HasPrefix(f, l) && wordEnd(f, len(l), l) {
			best, strength = l, n
		}
	}
	if best == "" || len(f) != len(s) {
		return "", 0
	}
	return s[:len(best)], strength
}

// lineAbove returns the line above line i in the same column: empty lines
// and lines of another column (indented differently, see minColumnGap)
// between them are passed over, up to three lines up. A row of headings
// over a row of as many values counts as the same column however it is
// indented: table cells often centre their headings.
func lineAbove(page []line, i int) (line, bool) {
	n := len(cells(page[i].text))
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		l := page[j]
		if l.text == "" {
			continue
		}
		if abs(l.indent-page[i].indent) >= minColumnGap && (n < 2 || len(cells(l.text)) != n) {
			continue
		}
		return l, true
	}
	return line{}, false
}

func abs(n int) int { return max(n, -n) }
