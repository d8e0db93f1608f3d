package redact

import (
	"strings"
	"testing"
)

func TestConstructors(t *testing.T) {
	for _, c := range []struct {
		got  Value
		want Kind
	}{
		{NameOf("x"), Name}, {DateOf("x"), Date}, {NumberOf("x"), Number},
		{AddressOf("x"), Address}, {SecretOf("x"), Secret},
	} {
		if c.got.Kind != c.want || c.got.Value != "x" {
			t.Errorf("got %+v, want kind %d and value %q", c.got, c.want, "x")
		}
	}
}

func TestMasked(t *testing.T) {
	cases := []struct {
		name string
		in   Value
		want string
	}{
		{"name", NameOf("Anna Maria"), "A*** M****"},
		{"name with punctuation", NameOf("O'Brien-Smith, Seán"), "O'B****-S****, S***"},
		{"name keeps a leading digit", NameOf("3rd"), "3**"},
		{"empty name", NameOf(""), ""},
		{"iso date keeps the year", DateOf("1988-03-14"), "1988-**-**"},
		{"other date masked as a number", DateOf("14/03/1988"), "14/*****88"},
		{"short date hidden", DateOf("1988"), "****"},
		{"passport number", NumberOf("L898902C3"), "L89****C3"},
		{"seven characters", NumberOf("1234567"), "123**67"},
		{"six characters hidden", NumberOf("123456"), "******"},
		{"number counted in runes", NumberOf("ÅÄÖ1234ÜÉ"), "ÅÄÖ****ÜÉ"},
		{"address", AddressOf("12 High St, London SW1A 1AA"), "** H*** S*, L***** **** ***"},
		{"house number with a letter", AddressOf("12B Baker Street"), "*** B**** S*****"},
		{"flat and street", AddressOf("Flat 3, O'Brien Court"), "F*** *, O'***** C****"},
		{"secret", SecretOf("P<UTOERIKSSON<<ANNA<MARIA"), "********"},
		{"short secret", SecretOf("abc"), "***"},
		{"unknown kind is hidden", Value{Kind(99), "abcdef"}, "******"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := c.in.Masked(); got != c.want {
				t.Errorf("%+v.Masked() = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestMaskedHidesHouseNumbers(t *testing.T) {
	for _, in := range []string{"12B Baker Street", "Flat 4, 221 Baker Street", "Apt 7C", "12-14 Mill Lane"} {
		if got := AddressOf(in).Masked(); strings.ContainsAny(got, "0123456789") {
			t.Errorf("AddressOf(%q).Masked() = %q shows a digit", in, got)
		}
	}
}

func TestTextf(t *testing.T) {
	cases := []struct {
		name          string
		format        string
		args          []any
		plain, masked string
	}{
		{"no personal values", "%d files in %s", []any{3, "packs/a"}, "3 files in packs/a", "3 files in packs/a"},
		{"one name", "name %s differs", []any{NameOf("Anna")}, "name Anna differs", "name A*** differs"},
		{"mixed", "%s: %s vs %q", []any{"id.jpg", DateOf("1988-03-14"), NumberOf("L898902C3")},
			"id.jpg: 1988-03-14 vs \"L898902C3\"", "id.jpg: 1988-**-** vs \"L89****C3\""},
		{"address", "address %s", []any{AddressOf("12B Baker St")}, "address 12B Baker St", "address *** B**** S*"},
		{"no arguments", "plain text", nil, "plain text", "plain text"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Textf(c.format, c.args...)
			if got.Plain != c.plain || got.Masked != c.masked {
				t.Errorf("Textf = %+v, want plain %q and masked %q", got, c.plain, c.masked)
			}
		})
	}
}

func TestTextfLeavesArgumentsAlone(t *testing.T) {
	args := []any{NameOf("Anna"), 2}
	Textf("%s %d", args...)
	if args[0] != NameOf("Anna") || args[1] != 2 {
		t.Errorf("Textf changed its arguments: %v", args)
	}
}

func TestPick(t *testing.T) {
	text := Text{Plain: "Anna", Masked: "A***"}
	for _, c := range []struct {
		reveal bool
		want   string
	}{{true, "Anna"}, {false, "A***"}} {
		if got := text.Pick(c.reveal); got != c.want {
			t.Errorf("Pick(%v) = %q, want %q", c.reveal, got, c.want)
		}
	}
}

// TestTextfNestsText: a Text given to Textf keeps its two renderings, and
// the outer Text keeps its format and arguments for translation.
func TestTextfNestsText(t *testing.T) {
	inner := Textf("the name %s is %s", NameOf("Anna Maria"), "a placeholder")
	outer := Textf("%s: %s", "passport.jpg", inner)
	if outer.Plain != "passport.jpg: the name Anna Maria is a placeholder" || outer.Masked != "passport.jpg: the name A*** M**** is a placeholder" {
		t.Errorf("got %q / %q", outer.Plain, outer.Masked)
	}
	if outer.Format != "%s: %s" || len(outer.Args) != 2 || outer.Args[1].(Text).Format != "the name %s is %s" {
		t.Errorf("format and arguments not kept: %#v", outer)
	}
	plain := Textf("%s: %s", "a.jpg", Textf("no personal value"))
	if plain.Plain != plain.Masked || plain.Plain != "a.jpg: no personal value" {
		t.Errorf("got %q / %q", plain.Plain, plain.Masked)
	}
}
