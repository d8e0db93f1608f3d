package redact

import "fmt"

// A Text is a message in two renderings: Plain shows personal values, Masked
// hides them. Reports pick one according to --redact, so no check decides on
// its own where personal data may go.
type Text struct {
	Plain  string
	Masked string
	// Format and Args are what Textf was given, kept so that a report can
	// render the message again in another language (see package i18n);
	// Args holds personal values as Value, never rendered. Both are empty
	// for a Text built from its renderings.
	Format string
	Args   []any
}

// Textf formats a message. Arguments of type Value are personal data: they
// appear as-is in Plain and masked in Masked; an argument of type Text
// appears in its own two renderings; every other argument appears the same
// in both.
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
		if t, ok := a.(Text); ok { // a message within a message
			plain[i], masked[i] = t.Plain, t.Masked
			personal = personal || t.Plain != t.Masked
		}
	}
	p := fmt.Sprintf(format, plain...)
	if !personal {
		return Text{Plain: p, Masked: p, Format: format, Args: args}
	}
	return Text{Plain: p, Masked: fmt.Sprintf(format, masked...), Format: format, Args: args}
}

// Pick returns Plain when reveal is true, else Masked.
func (t Text) Pick(reveal bool) string {
	if reveal {
		return t.Plain
	}
	return t.Masked
}

// Renders reports whether Format and Args still give the message (Plain
// when reveal is true, else Masked): false for a Text built from its
// renderings or changed after Textf.
func (t Text) Renders(reveal bool) bool {
	if t.Format == "" {
		return false
	}
	u := Textf(t.Format, t.Args...)
	return u.Pick(reveal) == t.Pick(reveal)
}
