package statement

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/kyclint/kyclint/pkg/address"
)

// Limits on the address search.
const (
	maxBlocks        = 4  // address blocks compared
	maxBlockAbove    = 5  // lines above the postcode line that a block may take
	maxAddressLine   = 70 // bytes: a longer line is prose, not part of an address block
	maxFallbackTries = 60 // line windows compared when no block is found
)

// Postcode lines: the line of an address block that ends it, found by the
// postcode shapes of the UK, Germany and France (at the start of the town
// line), the US (after the state), China (six digits, or a Chinese address
// line) and Hong Kong (which has none: the territory's name ends the block).
var (
	reGB     = regexp.MustCompile(`(^|[^A-Z0-9])[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}($|[^A-Za-z0-9])`)
	reDEFR   = regexp.MustCompile(`^(?:(?:D|F)-)?\d{5} +\p{L}{2}`)
	reUS     = regexp.MustCompile(`(^|[^A-Za-z])[A-Z]{2},? +\d{5}(-\d{4})?$`)
	reCNCode = regexp.MustCompile(`(^|[^0-9])\d{6}($|[^0-9])`)
	reHK     = regexp.MustCompile(`(?i)(hong kong|kowloon|new territories|香港|九龍|九龙|新界)\W*$`)
	cnMarks  = []string{"省", "市", "区", "區", "县", "縣", "路", "街", "道", "号", "號", "室", "弄", "巷", "村", "镇"}
)

// countryLines may follow the postcode line of a block.
var countryLines = map[string]bool{
	"UNITED KINGDOM": true, "UK": true, "GREAT BRITAIN": true, "ENGLAND": true, "SCOTLAND": true, "WALES": true,
	"DEUTSCHLAND": true, "GERMANY": true, "FRANCE": true, "USA": true, "U.S.A.": true, "UNITED STATES": true,
	"UNITED STATES OF AMERICA": true, "CHINA": true, "P.R. CHINA": true, "PR CHINA": true, "中国": true,
	"中华人民共和国": true, "HONG KONG": true, "HONG KONG SAR": true, "香港": true, "中國香港": true,
}

// A block is an address block on a page: lines [top, end) of the page,
// postcode line included; name is the index of the addressee's line above
// the address (-1 when none was recognised).
type block struct {
	page           int // 0-based index into the document
	top, post, end int
	name           int
	skip           uint32 // bit k: line top+k belongs to another column, not to the block
}

// minColumnGap is how many more spaces a line must be indented than the
// block's postcode line to be text of a column to its right.
const minColumnGap = 20

// firstCell returns the first column of line l.
func firstCell(l string) string {
	if cs := cells(l); len(cs) > 0 {
		return cs[0]
	}
	return ""
}

// addressText returns the text of line l as an address line: its first
// column, after any label ("Supply address: 12 High Street").
func addressText(l string) string {
	s := firstCell(l)
	if i := strings.LastIndexAny(s, ":："); i >= 0 {
		if rest := strings.TrimLeft(s[i:], ":： "); rest != "" {
			s = rest
		}
	}
	return strings.TrimSpace(s)
}

// isPostcodeLine reports whether s ends an address block.
func isPostcodeLine(s string) bool {
	if s == "" || len(s) > maxAddressLine {
		return false
	}
	if !hasDigit(s) && !hkName(s) && !hasHan(s) {
		return false
	}
	if reGB.MatchString(s) || reDEFR.MatchString(s) || reUS.MatchString(s) || reHK.MatchString(s) {
		return true
	}
	if hasHan(s) {
		return reCNCode.MatchString(s) || cnAddress(s)
	}
	return false
}

// cnAddress reports whether s reads as a Chinese street address: two or more
// of the characters that mark a province, city, district, road or number.
func cnAddress(s string) bool {
	n := 0
	for _, m := range cnMarks {
		if strings.Contains(s, m) {
			n++
		}
	}
	return n >= 2 && (hasDigit(s) || strings.ContainsAny(s, "号號"))
}

// hkName reports whether s may name a part of Hong Kong, which prints no
// postcode: a cheap test before reHK.
func hkName(s string) bool {
	low := strings.ToLower(s)
	for _, w := range []string{"hong kong", "kowloon", "new territories", "香港", "九龍", "九龙", "新界"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// addressBlocks finds up to maxBlocks address blocks, first page first.
func addressBlocks(doc [][]line) []block {
	var out []block
	for p, page := range doc {
		for i := 0; i < len(page) && len(out) < maxBlocks; i++ {
			s := addressText(page[i].text)
			if !isPostcodeLine(s) {
				continue
			}
			b := block{page: p, top: i, post: i, end: i + 1, name: -1}
			if strings.ContainsAny(firstCell(page[i].text), ":：") {
				// A labelled one-line address: "Supply address: 1 Main St, Springfield, IL 62704".
				out = append(out, b)
				continue
			}
			for own := 0; b.top > 0 && own < maxBlockAbove; {
				prev := page[b.top-1]
				switch {
				case abs(prev.indent-page[i].indent) >= minColumnGap:
					// Text of a column to the right, between the block's lines.
					b.skip = b.skip<<1 | 1
				case blockLine(prev.text):
					b.skip <<= 1
					own++
				default:
					goto done
				}
				b.top--
			}
		done:
			for b.top < i && b.skip&1 != 0 { // the block starts with its own line
				b.top++
				b.skip >>= 1
			}
			b.end = trailerEnd(page, &b, hasHan(s))
			b.name = nameLineOf(page, b)
			out = append(out, b)
			i = b.end - 1
		}
		if len(out) > 0 {
			break // the addressee's block is on the first page that has one
		}
	}
	return out
}

// blockLine reports whether a line above a postcode line can belong to its
// address block.
func blockLine(l string) bool {
	s := firstCell(l)
	return s != "" && len(s) <= maxAddressLine && !strings.ContainsAny(s, ":：") &&
		datesIn(s, false) == nil && !isPostcodeLine(s) && digits(s) < 7 && !notAddress(s)
}

// digits counts the ASCII digits in s.
func digits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
		}
	}
	return n
}

// notAddressWords mark a line near an address block that is not part of
// it; notAddressParts do so anywhere in the line.
var (
	notAddressWords = map[string]bool{"account": true, "konto": true, "kontonummer": true, "kundennummer": true,
		"compte": true, "number": true, "nummer": true, "numéro": true, "tel": true,
		"telephone": true, "telefon": true, "téléphone": true, "phone": true, "fax": true, "email": true,
		"page": true, "seite": true, "statement": true, "rechnung": true, "facture": true, "iban": true, "bic": true}
	notAddressParts = []string{"www.", "@", "n°", "账号", "账户", "对账单", "电话", "賬戶", "電話", "页", "頁"}
)

func notAddress(s string) bool {
	low := strings.ToLower(s)
	for _, w := range notAddressParts {
		if strings.Contains(low, w) {
			return true
		}
	}
	for _, w := range strings.FieldsFunc(low, notLetter) {
		if notAddressWords[w] {
			return true
		}
	}
	return false
}

// trailerEnd returns the end of block b extended over the trailer lines
// after its postcode line (see trailer), up to three. Lines of a column to
// the right between them (a label and value set beside the address) are
// passed over and marked in b.skip.
func trailerEnd(page []line, b *block, han bool) int {
	end := b.end
	var beside uint32
	for j := b.end; j < len(page) && j-b.post <= 3 && j-b.top < 32; j++ {
		switch {
		case page[j].text != "" && page[j].indent-page[b.post].indent >= minColumnGap:
			beside |= 1 << (j - b.top)
		case trailer(page[j].text, han):
			end = j + 1
			b.skip |= beside
			beside = 0
		default:
			return end
		}
	}
	return end
}

// trailer reports whether a line after the postcode line still belongs to
// the block: a country, a Chinese postcode on a line of its own, or, in a
// Chinese block (written from the province down to the flat), the building
// and flat.
func trailer(l string, han bool) bool {
	s := addressText(l)
	if han && hasHan(s) && hasDigit(s) && continuation(l) {
		return true
	}
	u := strings.ToUpper(strings.TrimSpace(s))
	if countryLines[u] {
		return true
	}
	return cnPostcode(u)
}

// cnPostcode reports a Chinese postcode on a line of its own ("邮编：200120").
func cnPostcode(l string) bool {
	t := strings.TrimSpace(cutAny(addressText(l), "邮政编码", "郵政編碼", "邮编", "郵編"))
	t = strings.TrimLeft(t, ":： ")
	return len(t) == 6 && reCNCode.MatchString(t)
}

// continuation reports whether a line after a Chinese address line goes on
// with it: the building and flat ("3号楼1201室"), which may read as an
// address line of its own.
func continuation(l string) bool {
	s := firstCell(l)
	return s != "" && len(s) <= maxAddressLine && !strings.ContainsAny(s, ":：") &&
		datesIn(s, false) == nil && digits(s) < 7 && !notAddress(s)
}

// cutAny removes the first of prefixes that s begins with.
func cutAny(s string, prefixes ...string) string {
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return rest
		}
	}
	return s
}

// nameLineOf returns the line of block b that names the addressee: the first
// that begins with a title, else the top line when it has no digits and the
// block has three lines or more. It returns -1 when none does.
func nameLineOf(page []line, b block) int {
	for i := b.top; i < b.post; i++ {
		s := addressText(page[i].text)
		if bareTitle(s) && i+1 < b.post {
			return i + 1 // "Herrn" on a line of its own, the name below
		}
		if hasTitle(s) {
			return i
		}
	}
	if b.post-b.top >= 2 && !hasDigit(page[b.top].text) && !streetLike(page[b.top].text) {
		return b.top
	}
	return -1
}

// streetLike reports whether s names a street or a flat rather than a person.
func streetLike(s string) bool {
	n := address.Normalize(s)
	for _, w := range strings.Fields(n) {
		switch w {
		case "STREET", "ROAD", "AVENUE", "LANE", "DRIVE", "FLAT", "APARTMENT", "HOUSE", "COTTAGE",
			"STRASSE", "WEG", "PLATZ", "GASSE", "ALLEE", "RUE", "BOULEVARD", "CHEMIN", "IMPASSE", "PLACE":
			return true
		}
	}
	return false
}

// joinLines joins address lines as one address: with ", " between lines, or
// with a space for lines in Chinese, which print no commas.
func joinLines(page []line, from, to int) string {
	return joinWith(page, from, to, false, 0, 0)
}

// joinWith joins address lines; glue writes lines in Chinese with nothing
// between them, as an address typed on one line reads
// (上海市浦东新区世纪大道100号环球金融中心25楼2501室).
func joinWith(page []line, from, to int, glue bool, top int, skip uint32) string {
	var b strings.Builder
	han, prevHan := false, false
	var parts []string
	for i := from; i < to; i++ {
		if i >= top && i-top < 32 && skip&(1<<(i-top)) != 0 {
			continue
		}
		if s := addressText(page[i].text); s != "" {
			parts = append(parts, s)
			han = han || hasHan(s)
		}
	}
	if !han {
		return strings.Join(parts, ", ")
	}
	for i, s := range parts {
		h := hasHan(s)
		if i > 0 && !(glue && h && prevHan) {
			b.WriteByte(' ')
		}
		b.WriteString(s)
		prevHan = h
	}
	return b.String()
}

// findAddress returns the address block that best matches want, or the first
// block when want is empty.
func findAddress(doc [][]line, blocks []block, want string) *AddressMatch {
	if strings.TrimSpace(want) == "" {
		if len(blocks) == 0 {
			return nil
		}
		b := likeliest(doc, blocks)
		return blockMatch(doc, b, b.name+1, want)
	}
	var best *AddressMatch
	consider := func(m *AddressMatch) {
		if m != nil && (best == nil || m.Verdict.Result > best.Verdict.Result) {
			best = m
		}
	}
	if len(blocks) == 0 {
		return windowMatch(doc, want)
	}
	// The addressee's block first; a match there ends the search.
	first := likeliest(doc, blocks)
	for k, b := range append([]block{first}, blocks...) {
		if k > 0 && b == first {
			continue
		}
		// The block below its name line first, then shorter and longer ones,
		// in case a company line or the name was taken for an address line.
		// Lines with numbers are never dropped: a missing flat must show.
		start := max(b.name+1, b.top)
		consider(blockMatch(doc, b, start, want))
		if best != nil && best.Verdict.Result == address.Match {
			return best
		}
		for from := b.top; from <= b.post; from++ {
			if from > start && hasDigit(doc[b.page][from-1].text) {
				break
			}
			if from != start {
				consider(blockMatch(doc, b, from, want))
			}
		}
	}
	if best != nil && best.Verdict.Result > address.Differ {
		return best
	}
	// Nothing matches: the addressee's block, to say what it differs in.
	return blockMatch(doc, first, first.name+1, want)
}

// blockMatch is the address of block b from line from to its end.
func blockMatch(doc [][]line, b block, from int, want string) *AddressMatch {
	page := doc[b.page]
	from = max(from, b.top)
	text := joinWith(page, from, b.end, false, b.top, b.skip)
	if text == "" {
		return nil
	}
	m := &AddressMatch{Text: text, Page: page[from].page, Line: page[from].line, Lines: b.end - from}
	if want != "" {
		m.Verdict = address.Compare(want, text)
		if glued := joinWith(page, from, b.end, true, b.top, b.skip); glued != text && m.Verdict.Result != address.Match {
			if v := address.Compare(want, glued); v.Result > m.Verdict.Result {
				m.Text, m.Verdict = glued, v
			}
		}
		if end := b.end - 1; end > from && m.Verdict.Result != address.Match && cnPostcode(page[end].text) {
			// A Chinese address is often written without its postcode.
			if bare := joinWith(page, from, end, true, b.top, b.skip); bare != "" {
				if v := address.Compare(want, bare); v.Result > m.Verdict.Result {
					m.Text, m.Verdict, m.Lines = bare, v, end-from
				}
			}
		}
	}
	return m
}

// windowMatch compares want with runs of up to four lines of the first page
// around a line that holds a digit, for statements whose address block has
// no postcode this package knows. It only returns a match or partial match.
func windowMatch(doc [][]line, want string) *AddressMatch {
	if len(doc) == 0 {
		return nil
	}
	page := doc[0]
	tries := 0
	var best *AddressMatch
	for i := range page {
		if !hasDigit(page[i].text) || !blockLine(page[i].text) {
			continue
		}
		for from := i; from >= 0 && from > i-3; from-- {
			if from < i && !blockLine(page[from].text) {
				break
			}
			for to := i + 1; to <= len(page) && to-from <= 4; to++ {
				if to > i+1 && !blockLine(page[to-1].text) && !isPostcodeLine(addressText(page[to-1].text)) {
					break
				}
				if tries >= maxFallbackTries {
					return best
				}
				tries++
				text := joinLines(page, from, to)
				v := address.Compare(want, text)
				if v.Result > address.Differ && (best == nil || v.Result > best.Verdict.Result) {
					best = &AddressMatch{Text: text, Page: page[from].page, Line: page[from].line, Lines: to - from, Verdict: v}
				}
			}
		}
	}
	return best
}

// likeliest returns the block most likely to be the addressee's: the first
// whose name line has a title, else the first with a name line that is not
// a post-office box (a sender's return address), else the first.
func likeliest(doc [][]line, blocks []block) block {
	for _, b := range blocks {
		if b.name >= 0 && hasTitle(addressText(doc[b.page][b.name].text)) {
			return b
		}
	}
	for _, b := range blocks {
		if b.name >= 0 && !address.IsPOBox(joinWith(doc[b.page], b.name+1, b.end, false, b.top, b.skip)) {
			return b
		}
	}
	return blocks[0]
}
