package statement

import (
	"strings"
	"unicode"

	"github.com/kyclint/kyclint/pkg/names"
)

// Limits on the name search.
const (
	maxNameBytes = 80 // a longer cell is not a name
	maxNameWords = 8
	maxCompares  = 200 // names.Compare calls in one Find
)

// leadTitles are titles printed before a name that names.Compare does not
// drop itself (it drops Mr, Mrs, Ms, Dr, Herr, Frau, Mme, Mlle and others).
// A bare M is only a title with its dot (M. Jean Dupont): without one it
// cannot be told from an initial.
var leadTitles = map[string]bool{
	"HERRN": true, "MONSIEUR": true, "MADAME": true, "MADEMOISELLE": true, "M.": true,
	"MESSRS": true, "MESSRS.": true, "AN": true, "À": true, "DEAR": true,
}

// hanTitles follow a Chinese name (张伟先生); hanLead precede it (尊敬的张伟先生).
var (
	hanTitles = []string{"先生", "女士", "小姐", "太太", "夫人", "阁下", "閣下"}
	hanLead   = []string{"尊敬的", "尊敬的客户", "致"}
)

// allTitles are words that begin a name line on a letter; hasTitle uses them
// to tell the addressee's line in a block.
var allTitles = map[string]bool{
	"MR": true, "MRS": true, "MS": true, "MISS": true, "MX": true, "DR": true, "PROF": true,
	"HERR": true, "FRAU": true, "MME": true, "MLLE": true, "SIR": true, "DAME": true,
}

// stripTitles removes the titles printed around a name that names.Compare
// would not drop on its own.
func stripTitles(s string) string {
	s = stripJoint(strings.TrimSpace(s))
	for range 3 {
		f := strings.Fields(s)
		if len(f) < 2 || !leadTitles[strings.ToUpper(f[0])] {
			break
		}
		s = strings.TrimSpace(s[strings.Index(s, f[0])+len(f[0]):])
	}
	for _, t := range hanLead {
		if r, ok := strings.CutPrefix(s, t); ok && strings.TrimSpace(r) != "" {
			s = strings.TrimSpace(r)
		}
	}
	for _, t := range hanTitles {
		if r, ok := strings.CutSuffix(s, t); ok && strings.TrimSpace(r) != "" {
			s = strings.TrimSpace(r)
		}
	}
	return strings.TrimRight(s, ",;")
}

// stripJoint removes the titles of a letter to two people, "Mr and Mrs
// J Smith", "Herrn und Frau Becker", "M. et Mme Martin": names.Compare reads
// the conjunction as a name. The name itself is then compared alone.
func stripJoint(s string) string {
	f := strings.Fields(s)
	n, joint := 0, false
	for n < len(f) {
		w := strings.ToUpper(strings.TrimRight(f[n], ".,"))
		switch {
		case allTitles[w] || leadTitles[w] && w != "AN" && w != "DEAR" || leadTitles[w+"."] && strings.HasSuffix(f[n], "."):
		case n > 0 && (w == "AND" || w == "&" || w == "UND" || w == "ET" || w == "U"):
			joint = true
		default:
			if joint && n < len(f) {
				return strings.Join(f[n:], " ")
			}
			return s
		}
		n++
	}
	return s
}

// hasTitle reports whether s begins with a title, in any of the languages.
func hasTitle(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	w := strings.ToUpper(strings.TrimRight(f[0], "."))
	if len(f) > 1 && (allTitles[w] || leadTitles[w] || leadTitles[w+"."] && strings.HasSuffix(f[0], ".")) {
		return w != "AN" && w != "À" && w != "DEAR" || hasTitle(strings.Join(f[1:], " "))
	}
	for _, t := range hanTitles {
		if strings.HasSuffix(s, t) && len(s) > len(t) {
			return true
		}
	}
	return false
}

// bareTitle reports whether s is a title alone on its line ("Herrn", "Mr and Mrs").
func bareTitle(s string) bool {
	f := strings.Fields(strings.ToUpper(s))
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	for _, w := range f {
		w = strings.TrimRight(w, ".")
		if !allTitles[w] && !leadTitles[w] && !leadTitles[w+"."] && w != "AND" && w != "UND" && w != "ET" && w != "&" {
			return false
		}
	}
	return true
}

// nameCandidates returns the parts of a line that could be a name: each
// column, the text after a label, and, for a line that prints a name in two
// scripts, each script on its own.
func nameCandidates(l string) []string {
	var out []string
	add := func(c string) {
		c = stripTitles(c)
		if !nameLike(c) {
			return
		}
		out = append(out, c)
		if han, latin := scripts(c); han != "" && latin != "" {
			out = append(out, han, latin)
		}
	}
	for _, c := range cells(l) {
		i := strings.IndexAny(c, ":：")
		if i < 0 {
			add(c)
			for _, p := range people(c) {
				add(p)
			}
			continue
		}
		after := strings.TrimLeft(c[strings.LastIndexAny(c, ":："):], ":： ")
		add(after)
		for _, p := range people(after) {
			add(p)
		}
		// A name run into the next column's label, as an extractor that
		// keeps no gaps prints it: "MR JOHN SMITH Statement date: ...".
		f := strings.Fields(c[:i])
		for n := len(f) - 1; n >= max(1, len(f)-3); n-- {
			add(strings.Join(f[:n], " "))
		}
	}
	return out
}

// people splits a line that names two people: "Mr J Smith & Mrs M Smith",
// "Herrn Lukas Becker und Frau Anna Becker", "Mrs Mary Smith, Mr John
// Smith". A comma only parts names of two words or more each, so that
// "SMITH, JOHN" stays one name. It returns nil for a line with one name.
func people(s string) []string {
	f := strings.Fields(s)
	var parts []string
	from := 0
	for i, w := range f {
		switch strings.ToUpper(w) {
		case "&", "AND", "UND", "ET", "U.":
			if i > from && i+1 < len(f) {
				parts = append(parts, strings.Join(f[from:i], " "))
				from = i + 1
			}
		}
	}
	if from == 0 {
		return commaPeople(s)
	}
	parts = append(parts, strings.Join(f[from:], " "))
	var out []string
	for _, p := range parts {
		if cp := commaPeople(p); cp != nil {
			out = append(out, cp...)
		} else {
			out = append(out, p)
		}
	}
	return out
}

func commaPeople(s string) []string {
	parts := strings.Split(s, ",")
	if len(parts) < 2 {
		return nil
	}
	for i, p := range parts {
		parts[i] = strings.TrimSpace(p)
		if len(strings.Fields(parts[i])) < 2 {
			return nil
		}
	}
	return parts
}

// nameLike reports whether s could be a person's name: short, a few words,
// letters and no digits.
func nameLike(s string) bool {
	if s == "" || len(s) > maxNameBytes || hasDigit(s) || len(strings.Fields(s)) > maxNameWords {
		return false
	}
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// scripts splits s into its Han and its other letters, for a name printed as
// "张伟 ZHANG WEI".
func scripts(s string) (han, other string) {
	var h, o strings.Builder
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			h.WriteRune(r)
		} else {
			o.WriteRune(r)
		}
	}
	return strings.TrimSpace(h.String()), strings.TrimSpace(strings.Trim(o.String(), " ,/()"))
}

// better reports whether verdict a is better than b: a better result, or the
// same result with a stricter tier.
func better(a, b names.Verdict) bool {
	if a.Result != b.Result {
		return a.Result > b.Result
	}
	return a.Result != names.Differ && a.Tier < b.Tier
}

// findName returns the text that best matches want, or, without a match, the
// addressee's line of the first address block with its verdict.
func findName(doc [][]line, blocks []block, addr *AddressMatch, want string) *NameMatch {
	addressee, ab := addresseeOf(doc, blocks, addr)
	if strings.TrimSpace(want) == "" {
		return addressee
	}
	opt := names.Options{AllowMissingMiddleNames: true, DropTitles: true}
	var best *NameMatch
	compares := 0
	if addressee != nil {
		addressee.Verdict = names.Compare(want, stripTitles(addressee.Text), opt)
		compares++
		if addressee.Verdict.Result == names.Match {
			return addressee // the letter is addressed to the applicant
		}
	}
	initials := initialsOf(want)
	for p, page := range doc {
		for _, l := range page {
			if addressee != nil && !inBlock(l, ab) && !holderLine(l.text) {
				// With an addressee, only the lines around it and a
				// labelled holder's name may stand for it: a name
				// elsewhere (an adviser, a payee) is someone else's.
				continue
			}
			for _, c := range nameCandidates(l.text) {
				if compares >= maxCompares {
					break
				}
				if !sharesInitial(c, initials) {
					continue
				}
				compares++
				v := names.Compare(want, c, opt)
				if best == nil || better(v, best.Verdict) {
					best = &NameMatch{Text: c, Page: l.page, Line: l.line, Verdict: v}
				}
			}
		}
		if best != nil && best.Verdict.Result == names.Match && p == 0 {
			break // the addressee is on the first page; later pages only help when it is not found there
		}
	}
	switch {
	case addressee != nil && (best == nil || !better(best.Verdict, addressee.Verdict)):
		return addressee
	case best != nil && best.Verdict.Result > names.Differ:
		return best
	}
	return addressee
}

// inBlock reports whether l is one of block b's lines.
func inBlock(l line, b block) bool {
	return l.page == b.page+1 && l.line-1 >= b.top && l.line-1 < b.end
}

// holderLabels name the person a statement is for, before a colon or in a
// column of their own: "Account holder: Mr J Smith".
var holderLabels = []string{"account holder", "account holders", "account name", "name", "customer", "customer name",
	"bill to", "billed to", "prepared for", "addressee", "kontoinhaber", "inhaber", "kunde", "kundin", "name des kunden",
	"titulaire", "titulaire du compte", "nom", "client", "cliente", "户名", "客户姓名", "客户名称", "姓名", "账户名称"}

// holderLine reports whether line l names the account holder by a label.
func holderLine(l string) bool {
	for _, c := range cells(l) {
		if i := strings.IndexAny(c, ":："); i >= 0 {
			c = c[:i]
		}
		c = strings.ToLower(strings.TrimSpace(c))
		for _, h := range holderLabels {
			if c == h || strings.HasSuffix(c, " "+h) {
				return true
			}
		}
	}
	return false
}

// addresseeOf returns the name line of the block the address was found in,
// or of the likeliest block with one, and that block.
func addresseeOf(doc [][]line, blocks []block, addr *AddressMatch) (*NameMatch, block) {
	if addr == nil && len(blocks) > 0 {
		blocks = append([]block{likeliest(doc, blocks)}, blocks...)
	}
	for _, b := range blocks {
		if b.name < 0 {
			continue
		}
		l := doc[b.page][b.name]
		if addr != nil && addr.Page == l.page && (l.line < addr.Line-maxBlockAbove || l.line > addr.Line) {
			continue
		}
		text := stripTitles(addressText(l.text))
		if text == "" {
			continue
		}
		return &NameMatch{Text: text, Page: l.page, Line: l.line}, b
	}
	return nil, block{}
}

// initialsOf returns the folded first letters of the words of name, and
// every Han character it has.
func initialsOf(name string) map[rune]bool {
	m := map[rune]bool{}
	for _, w := range strings.FieldsFunc(name, notLetter) {
		for i, r := range w {
			if i == 0 || unicode.Is(unicode.Han, r) {
				m[foldInitial(r)] = true
			}
		}
	}
	return m
}

// sharesInitial reports whether a word of s begins with one of initials, or
// s has one of its Han characters: a cheap test that rules out text that
// cannot be the name before names.Compare reads it. One typo, a
// transliteration or a missing middle name leave at least one initial the
// same.
func sharesInitial(s string, initials map[rune]bool) bool {
	for _, w := range strings.FieldsFunc(s, notLetter) {
		for i, r := range w {
			if (i == 0 || unicode.Is(unicode.Han, r)) && initials[foldInitial(r)] {
				return true
			}
		}
	}
	return false
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) }

// foldInitial upper-cases r and drops the diacritics of the Latin letters
// names are written with, so that Ö and O, É and E are one initial.
func foldInitial(r rune) rune {
	r = unicode.ToUpper(r)
	if r < 0xC0 || r > 0x17F {
		return r
	}
	for base, set := range latinFolds {
		if strings.ContainsRune(set, r) {
			return base
		}
	}
	return r
}

var latinFolds = map[rune]string{
	'A': "ÀÁÂÃÄÅĀĂĄ", 'C': "ÇĆĈĊČ", 'D': "ĎĐÐ", 'E': "ÈÉÊËĒĔĖĘĚ", 'G': "ĜĞĠĢ", 'H': "ĤĦ",
	'I': "ÌÍÎÏĨĪĬĮİ", 'J': "Ĵ", 'K': "Ķ", 'L': "ĹĻĽĿŁ", 'N': "ÑŃŅŇ", 'O': "ÒÓÔÕÖØŌŎŐ",
	'R': "ŔŖŘ", 'S': "ŚŜŞŠ", 'T': "ŢŤŦÞ", 'U': "ÙÚÛÜŨŪŬŮŰŲ", 'W': "Ŵ", 'Y': "ÝŶŸ", 'Z': "ŹŻŽ",
}
