package statement

import (
	"strings"
	"unicode/utf8"

	"github.com/kyclint/kyclint/pkg/address"
	"github.com/kyclint/kyclint/pkg/names"
	"github.com/kyclint/kyclint/pkg/pack"
)

// Limits that bound the work Find does on hostile input. A real statement
// page is a few kilobytes and under a hundred lines.
const (
	maxPages     = 20        // pages searched
	maxPageBytes = 32 << 10  // bytes read from each page
	maxTotal     = 256 << 10 // bytes read from all pages together
	maxLines     = 300       // lines kept from each page
	maxLineBytes = 300       // bytes kept from each line
	maxDates     = 1000      // dates read from all pages together
)

// Want is what the applicant declared, to look for in the statement.
type Want struct {
	Name    string // the applicant's name; "" to take the likeliest addressee
	Address string // the declared address; "" to take the likeliest address block
	// MonthFirst says the jurisdiction writes numeric dates month first
	// (10/15/2026, as in the US). It only decides dates that read both ways.
	MonthFirst bool
	// IssueDate is the declared issue date, to look for among the dates
	// printed on the pages; the zero Date to look for none.
	IssueDate pack.Date
}

// Found is what Find found; a nil field was not found.
type Found struct {
	Name    *NameMatch    // the addressee
	Address *AddressMatch // the address the statement was sent to
	// Date is the statement or issue date: the first date after the
	// strongest label (Statement date, Rechnungsdatum, 账单日, then a bare
	// Date or Datum) on any page; else the end of the first period range on
	// the first page; else the latest date on the first page that no label
	// rules out (a due date, a birth date), or the latest if all are.
	Date  *DateMatch
	Dates []DateMatch // every date on the first page, in reading order
	// Shown is where Want.IssueDate is printed, on any page read, however
	// it is written (a numeric date that reads both ways counts either
	// way); nil when it is not, or none was wanted.
	Shown *DateMatch
}

// A NameMatch is the text that best matches the wanted name: a line, or a
// part of one (after a label such as "Account holder:", in a column of its
// own, or one script of a line that prints a name in Hanzi and in pinyin).
// Text is as printed, less the titles names.Compare does not drop itself
// (Herrn, Monsieur, Madame, M., 先生, 女士, "Mr and Mrs").
//
// The addressee is the name line of the likeliest address block (see
// AddressMatch); its line wins when it matches. Otherwise only the other
// lines of its block and lines labelled with the account holder
// ("Account holder:", "Kontoinhaber", "Titulaire", "户名") are compared,
// since a name elsewhere (an adviser, a payee) is someone else's; every
// line is when there is no addressee. When nothing matches or nearly
// matches, or no name is wanted, it is the addressee's line with its
// verdict (the zero, differ, verdict when no name is wanted).
type NameMatch struct {
	Text       string
	Page, Line int // 1-based
	Verdict    names.Verdict
}

// An AddressMatch is an address block: consecutive lines, joined with ", "
// (lines in Chinese with a space, or with nothing when that matches better).
// An address block ends in a postcode line (GB, DE, FR, US, CN shapes; a
// Hong Kong district) and takes up to five short lines above it, the
// addressee's name line first. Blocks are read on the first page that has
// one.
//
// The block that matches the wanted address best is returned, the
// addressee's block first: the likeliest, whose name line has a title, or
// else whose address is not a post-office box (a sender's return address).
// When nothing matches, or no address is wanted, it is the likeliest block,
// with its verdict (the zero, differ, verdict when no address is wanted).
// Without any block, runs of up to four lines around a numbered line of the
// first page are compared, and only a match or partial match is returned.
type AddressMatch struct {
	Text       string
	Page, Line int // 1-based: where the block starts
	Lines      int // how many lines the block has
	Verdict    address.Verdict
}

// A DateMatch is one date printed in the statement.
type DateMatch struct {
	Date       pack.Date
	Text       string // as printed
	Label      string // the label before it, as printed: "Statement date", or "Due date" in Found.Dates; "" when none
	By         Reason // why Found.Date is this date; ByNone in Found.Dates
	Page, Line int    // 1-based
}

// A Reason says how the statement date was chosen.
type Reason int

// Reasons, from strongest to weakest.
const (
	ByNone   Reason = iota
	ByLabel         // a label such as "Statement date" or "Rechnungsdatum" names it
	ByPeriod        // it ends the statement period ("01/09/2026 - 30/09/2026")
	ByLatest        // it is the latest date on the first page
)

func (r Reason) String() string {
	switch r {
	case ByLabel:
		return "label"
	case ByPeriod:
		return "period end"
	case ByLatest:
		return "latest date"
	}
	return "none"
}

// Find looks through a statement's text (pages in reading order, first page
// first) for what a reviewer checks.
func Find(pages []string, want Want) Found {
	doc := split(pages)
	var f Found
	blocks := addressBlocks(doc)
	f.Address = findAddress(doc, blocks, want.Address)
	f.Name = findName(doc, blocks, f.Address, want.Name)
	f.Dates, f.Date = findDates(doc, want.MonthFirst)
	if !want.IssueDate.IsZero() {
		f.Shown = findShown(doc, want.IssueDate)
	}
	return f
}

// A line is one line of text and where it is.
type line struct {
	text       string
	page, line int // 1-based
	indent     int // the spaces before the text: how far right its first column starts
}

// split cuts the pages into lines, within the limits.
func split(pages []string) [][]line {
	total := 0
	var doc [][]line
	for p, text := range pages {
		if p >= maxPages || total >= maxTotal {
			break
		}
		text = clip(text, min(maxPageBytes, maxTotal-total))
		total += len(text)
		var ls []line
		for n := 1; text != "" && len(ls) < maxLines; n++ {
			var l string
			l, text, _ = strings.Cut(text, "\n")
			l = normalize(clip(strings.ReplaceAll(l, "\t", "    "), maxLineBytes))
			indent := len(l) - len(strings.TrimLeft(l, " "))
			ls = append(ls, line{text: strings.TrimSpace(l), page: p + 1, line: n, indent: indent})
		}
		doc = append(doc, ls)
	}
	return doc
}

// clip cuts s to at most n bytes on a rune boundary and drops invalid UTF-8.
func clip(s string, n int) string {
	if len(s) > n {
		s = s[:n]
		for len(s) > 0 {
			r, size := utf8.DecodeLastRuneInString(s)
			if r != utf8.RuneError || size != 1 {
				break
			}
			s = s[:len(s)-1]
		}
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, " ")
	}
	return s
}

// cells splits a line into its columns: text separated by three spaces or
// more, as an extractor lays out text that sits side by side on the page.
func cells(s string) []string {
	var out []string
	for s != "" {
		i := strings.Index(s, "   ")
		if i < 0 {
			out = append(out, s)
			break
		}
		if c := strings.TrimSpace(s[:i]); c != "" {
			out = append(out, c)
		}
		s = strings.TrimLeft(s[i:], " ")
	}
	return out
}
