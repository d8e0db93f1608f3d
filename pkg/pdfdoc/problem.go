package pdfdoc

import "fmt"

// A ProblemKind classifies a Problem so that callers can test for it without
// matching message text.
type ProblemKind string

// Problem kinds, one per way a file can be damaged.
const (
	NoHeader     ProblemKind = "no-header"     // no %PDF- in the first 1024 bytes
	NoEOF        ProblemKind = "no-eof"        // no %%EOF in the last 1024 bytes
	NoStartXref  ProblemKind = "no-startxref"  // no startxref keyword, or no offset after it
	BadXref      ProblemKind = "bad-xref"      // a cross-reference section or trailer is unreadable
	BadObject    ProblemKind = "bad-object"    // an object the catalog needs is unreadable
	LimitReached ProblemKind = "limit-reached" // a size or count cap stopped inspection
)

// A Problem is one reason a file is damaged.
type Problem struct {
	Kind   ProblemKind
	Detail string // lower-case, no period; may be empty
}

var kindText = map[ProblemKind]string{
	NoHeader:     "no %PDF- header",
	NoEOF:        "no %%EOF marker",
	NoStartXref:  "startxref not found",
	BadXref:      "xref table unreadable",
	BadObject:    "object unreadable",
	LimitReached: "inspection limit reached",
}

func (p Problem) String() string {
	s, ok := kindText[p.Kind]
	if !ok {
		s = string(p.Kind)
	}
	if p.Detail == "" {
		return s
	}
	return s + ": " + p.Detail
}

func (i *Info) addProblem(k ProblemKind, format string, args ...any) {
	i.Problems = append(i.Problems, Problem{Kind: k, Detail: fmt.Sprintf(format, args...)})
}
