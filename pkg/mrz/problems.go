package mrz

import "fmt"

// problems finds content a check digit does not cover, or covers without
// judging: a date that cannot exist and a sex marker ICAO does not define.
func (l *layout) problems(lines []string) []Error {
	var out []Error
	for _, d := range []struct {
		what string
		at   span
	}{{"birth date", l.birth}, {"expiry date", l.expiry}} {
		if !d.at.ok() {
			continue
		}
		if _, err := dateParts(d.at.text(lines)); err != nil {
			out = append(out, Error{Line: d.at.line + 1, Column: d.at.from + 1,
				Message: fmt.Sprintf("%s %s: %v", d.what, d.at.text(lines), err)})
		}
	}
	switch sex := l.sex.text(lines); sex {
	case "M", "F", "X", "<":
	default:
		out = append(out, Error{Line: l.sex.line + 1, Column: l.sex.from + 1,
			Message: fmt.Sprintf("sex is %s; ICAO allows M, F, X or <", sex)})
	}
	return out
}
