package redact

import (
	"fmt"
	"reflect"
	"strings"
)

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
	// Format and Args are what Textf was given, kept so that a report can
	// render the message again in another language (see package i18n);
	// Args holds personal values as Value, never rendered, and an error or
	// Stringer as a Shown. Both are empty for a Text built from its
	// renderings.
	Format string `json:"-"`
	Args   []any  `json:"-"`
}

// A Mode chooses one of a Text's renderings.
type Mode int

// Renderings of a Text.
const (
	MaskedMode    Mode = iota // Masked: personal values hidden
	PlainMode                 // Plain: personal values shown
	AnonymousMode             // Anonymous: file names hidden too
)

// ModeOf is PlainMode when reveal is true, else MaskedMode.
func ModeOf(reveal bool) Mode {
	if reveal {
		return PlainMode
	}
	return MaskedMode
}

// In returns the value as a Text in mode m shows it: as-is in Plain,
// masked in Anonymous, and masked in Masked unless it is a file name.
func (v Value) In(m Mode) string {
	switch {
	case m == PlainMode, m == MaskedMode && v.Kind == File:
		return v.Value
	}
	return v.Masked()
}

// Textf formats a message. Arguments of type Value are personal data: they
// appear as-is in Plain and masked in Masked and Anonymous; an argument of
// type Text appears in its own renderings; every other argument appears the
// same in all. Values of kind File appear as-is in Plain and Masked and
// masked in Anonymous.
func Textf(format string, args ...any) Text {
	personal, files := false, false
	for _, a := range args {
		switch v := a.(type) {
		case Value:
			if v.Kind == File {
				files = true
			} else {
				personal = true
			}
		case Text: // a message within a message
			personal = personal || v.Plain != v.Masked
			files = files || v.Anonymous != ""
		}
	}
	t := Text{Format: format, Args: keep(args)}
	t.Plain = render(format, args, PlainMode)
	t.Masked = t.Plain
	if personal {
		t.Masked = render(format, args, MaskedMode)
	}
	if files {
		t.Anonymous = render(format, args, AnonymousMode)
	}
	return t
}

func render(format string, args []any, m Mode) string {
	out := make([]any, len(args))
	for i, a := range args {
		switch v := a.(type) {
		case Value:
			out[i] = v.In(m)
		case Text:
			out[i] = v.In(m)
		default:
			out[i] = a
		}
	}
	return fmt.Sprintf(format, out...)
}

// A Shown is an argument of a type that could not be kept as it is (an
// error, a Stringer, a named type), kept as fmt shows it: S for the verbs
// that call Error or String (%s, %v, %q, %x, %X), V, its underlying bool,
// number or string, for the others. It formats as the argument did, and
// it can be encoded (a result cache keeps findings with gob).
type Shown struct {
	S string
	V any
}

// String returns what %s showed of the argument.
func (s Shown) String() string { return s.S }

// Format formats the argument as fmt formatted the original.
func (s Shown) Format(f fmt.State, verb rune) {
	switch verb {
	case 's', 'v', 'q', 'x', 'X':
		fmt.Fprintf(f, fmt.FormatString(f, verb), s.S)
	default:
		fmt.Fprintf(f, fmt.FormatString(f, verb), s.V)
	}
}

// keep returns args as Text keeps them: an error or Stringer as a Shown, a
// value of a named basic type as its underlying type, both formatting as
// before; nil for none.
func keep(args []any) []any {
	if len(args) == 0 {
		return nil
	}
	out := make([]any, len(args))
	for i, a := range args {
		out[i] = a
		switch v := a.(type) {
		case Value, Text, Shown, fmt.Formatter:
		case error:
			out[i] = Shown{S: v.Error(), V: basic(a)}
		case fmt.Stringer:
			out[i] = Shown{S: v.String(), V: basic(a)}
		default:
			if b := basic(a); b != nil {
				out[i] = b
			}
		}
	}
	return out
}

// basic returns a's value as its underlying bool, number or string type
// (a itself when that is its type), or nil when it has none.
func basic(a any) any {
	v := reflect.ValueOf(a)
	if !v.IsValid() {
		return nil
	}
	u, ok := basicTypes[v.Kind()]
	if !ok {
		return nil
	}
	return v.Convert(u).Interface()
}

var basicTypes = map[reflect.Kind]reflect.Type{}

func init() {
	for _, x := range []any{false, 0, int8(0), int16(0), int32(0), int64(0), uint(0), uint8(0), uint16(0),
		uint32(0), uint64(0), uintptr(0), float32(0), float64(0), complex64(0), complex128(0), ""} {
		t := reflect.TypeOf(x)
		basicTypes[t.Kind()] = t
	}
}

// Pick returns Plain when reveal is true, else Masked.
func (t Text) Pick(reveal bool) string {
	return t.In(ModeOf(reveal))
}

// PickAnonymous returns Anonymous, or Masked when the text names no file.
func (t Text) PickAnonymous() string {
	return t.In(AnonymousMode)
}

// In returns the rendering mode m chooses.
func (t Text) In(m Mode) string {
	switch m {
	case PlainMode:
		return t.Plain
	case AnonymousMode:
		if t.Anonymous != "" {
			return t.Anonymous
		}
	}
	return t.Masked
}

// Renders reports whether Format and Args still give the message in mode
// m: false for a Text built from its renderings or changed after Textf.
func (t Text) Renders(m Mode) bool {
	if t.Format == "" {
		return false
	}
	return render(t.Format, t.Args, m) == t.In(m)
}

// Join returns a Text whose renderings are a's and b's joined by sep,
// which holds no personal value.
func Join(a Text, sep string, b Text) Text {
	return Textf("%s"+strings.ReplaceAll(sep, "%", "%%")+"%s", a, b)
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
