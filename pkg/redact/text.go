package redact

import "fmt"

// A Text is a message in three renderings: Plain shows personal values,
// Masked hides them, Anonymous hides file names too. Reports pick one
// according to --redact, so no check decides on its own where personal data
// may go.
type Text struct {
	Plain  string
	Masked string
	// Anonymous is Masked with the pack's file names masked as well
	// (--redact always); "" means it is the same as Masked.
	Anonymous string `json:",omitempty"`
}

// Textf formats a message. Arguments of type Value are personal data: they
// appear as-is in Plain and masked in Masked and Anonymous;
// every other argument appears the same in all. Values of kind File appear
// as-is in Plain and Masked and masked in Anonymous.
func Textf(format string, args ...any) Text {
	plain := make([]any, len(args))
	masked := make([]any, len(args))
	anon := make([]any, len(args))
	personal, files := false, false
	for i, a := range args {
		plain[i], masked[i], anon[i] = a, a, a
		if v, ok := a.(Value); ok {
			plain[i], anon[i] = v.Value, v.Masked()
			if v.Kind == File {
				masked[i] = v.Value
				files = true
			} else {
				masked[i] = v.Masked()
				personal = true
			}
		}
	}
	p := fmt.Sprintf(format, plain...)
	t := Text{Plain: p, Masked: p}
	if personal {
		t.Masked = fmt.Sprintf(format, masked...)
	}
	if files {
		t.Anonymous = fmt.Sprintf(format, anon...)
	}
	return t
}

// Pick returns Plain when reveal is true, else Masked.
func (t Text) Pick(reveal bool) string {
	if reveal {
		return t.Plain
	}
	return t.Masked
}

// PickAnonymous returns Anonymous, or Masked when the text names no file.
func (t Text) PickAnonymous() string {
	if t.Anonymous != "" {
		return t.Anonymous
	}
	return t.Masked
}

// Join returns a Text whose renderings are a's and b's joined by sep.
func Join(a Text, sep string, b Text) Text {
	return Text{Plain: a.Plain + sep + b.Plain, Masked: a.Masked + sep + b.Masked,
		Anonymous: a.PickAnonymous() + sep + b.PickAnonymous()}
}

// Append returns t with s, which holds no personal value, added to every
// rendering.
func (t Text) Append(s string) Text {
	t.Plain += s
	t.Masked += s
	if t.Anonymous != "" {
		t.Anonymous += s
	}
	return t
}
