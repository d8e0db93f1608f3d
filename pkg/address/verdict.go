package address

// A Result is the outcome of comparing two addresses. The zero value is
// Differ, so a Verdict that was never filled in never passes a check.
type Result int

// Results, from worst to best.
const (
	Differ  Result = iota // a different place
	Partial               // probably the same place, but a part is missing or differs
	Match                 // the same address as far as a reviewer can tell
)

func (r Result) String() string {
	switch r {
	case Match:
		return "match"
	case Partial:
		return "partial"
	default:
		return "differ"
	}
}

// A Verdict is the result of Compare. Detail is a short, lower-case phrase
// naming what differs ("postcode differs; house number differs"); it never
// repeats the addresses, so it is safe to show when personal data is redacted.
type Verdict struct {
	Result Result
	Detail string
}
