package names

// A Result is the outcome of comparing two names. The zero value is Differ, so
// a Verdict that was never filled in never passes a check.
type Result int

// Results, from worst to best.
const (
	Differ       Result = iota // different people, or names a reviewer must not accept
	Incomparable               // names in scripts kyclint cannot compare (Cyrillic and Chinese characters)
	Near                       // probably the same name with a typo; a person should look
	Match                      // the same name as far as a reviewer can tell
)

func (r Result) String() string {
	switch r {
	case Match:
		return "match"
	case Near:
		return "near"
	case Incomparable:
		return "incomparable"
	default:
		return "differ"
	}
}

// A Tier says which relaxation was needed for two names to agree. Tiers are
// ordered: a verdict reports the weakest (largest) tier it relied on.
type Tier int

// Tiers, from strictest to loosest. TierNone goes with Differ and
// Incomparable.
const (
	TierNone              Tier = iota
	TierExact                  // identical after normalisation
	TierTransliterated         // equal once diacritics or ICAO 9303 spellings are folded
	TierReordered              // the same names in another order
	TierInitials               // an initial stands for a given name
	TierMiddleNameMissing      // one side leaves out a middle name
	TierTruncated              // the document name is cut to fit its MRZ field
	TierNear                   // one small typo
)

var tierNames = [...]string{"none", "exact", "transliterated", "reordered", "initials",
	"middle name missing", "truncated", "near"}

func (t Tier) String() string {
	if t < 0 || int(t) >= len(tierNames) {
		return "none"
	}
	return tierNames[t]
}

// A Verdict is the result of Compare. Detail is one short, lower-case sentence
// for reports; it never repeats the names themselves, so it is safe to show
// when personal data is redacted.
type Verdict struct {
	Result Result
	Tier   Tier
	Detail string
}

// Options tune Compare for the kind of document being checked.
type Options struct {
	// AllowMissingMiddleNames accepts a name that leaves out middle names the
	// other side has ("Jan Nowak" for "Jan Piotr Nowak").
	AllowMissingMiddleNames bool
	// DropTitles ignores honorifics such as Mr, Mrs, Dr or Prof, which address
	// proofs print and identity documents do not.
	DropTitles bool
	// Truncated says the document name comes from an MRZ, whose name field may
	// have been cut short to fit.
	Truncated bool
	// Japanese says the names are Japanese: a name in kanji is then not
	// read as Chinese (山田太郎 is YAMADA TARO, not SHAN TIAN TAI LANG) and
	// cannot be compared with a Latin one.
	Japanese bool
}

// DefaultOptions returns the options most checks want: middle names may be
// missing, titles and truncation are not expected.
func DefaultOptions() Options {
	return Options{AllowMissingMiddleNames: true}
}
