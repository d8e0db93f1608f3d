package i18n

// verbatimArgs lists, per English format, the arguments that are manifest
// keys (number, nationality) rather than words: a translation shows them as
// they are written in kyc.yaml, though the catalog translates the same word
// where it names a field ("the MRZ nationality").
var verbatimArgs = map[string][]int{
	"%s (%s) does not declare %s":                                                {2},
	"%s %q is not a country code":                                                {0},
	"%s %q is not an ISO date; expected YYYY-MM-DD":                              {0},
	"%s %q is not an ISO date; expected YYYY-MM-DD (read day first, that is %s)": {0},
	"%s must be a single value, not a list or mapping":                           {0},
	"%s must be a mapping of `key: value` lines":                                 {0},
}

func verbatim(format string, arg int) bool {
	for _, i := range verbatimArgs[format] {
		if i == arg {
			return true
		}
	}
	return false
}

// VerbatimFormats lists the formats with verbatim arguments (for tests).
func VerbatimFormats() []string {
	out := make([]string, 0, len(verbatimArgs))
	for f := range verbatimArgs {
		out = append(out, f)
	}
	return out
}
