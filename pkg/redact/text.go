package redact

import "fmt"

// A Text is a message in two renderings: Plain shows personal values, Masked
// hides them. Reports pick one according to --redact, so no check decides on
// its own where personal data may go.
type Text struct {
	Plain  string
	Masked string
}

// Textf formats a message. Arguments of type Value are personal data: they
// appear as-is in Plain and masked in Masked; every other argument appears the
// same in both.
func Textf(format string, args ...any) Text {
	plain := make([]any, len(args))
	masked := make([]any, len(args))
	personal := false
	for i, a := range args {
		plain[i], masked[i] = a, a
		if v, ok := a.(Value); ok {
			plain[i], masked[i] = v.Value, v.Masked()
			personal = true
		}
	}
	p := fmt.Sprintf(format, plain...)
	if !personal {
		return Text{Plain: p, Masked: p}
	}
	return Text{Plain: p, Masked: fmt.Sprintf(format, masked...)}
}

// Pick returns Plain when reveal is true, else Masked.
func (t Text) Pick(reveal bool) string {
	if reveal {
		return t.Plain
	}
	return t.Masked
}
