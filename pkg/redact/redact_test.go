package redact

import (
	"bytes"
	"encoding/gob"
	"errors"
	"reflect"
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
		{"other date hidden wholly", DateOf("14/03/1988"), "**********"},
		{"date with letters hidden wholly", DateOf("abcd-ef-gh"), "**********"},
		{"long text as a date hidden", DateOf("Zora Blackwood, 7 Quarry Lane"), "**********"},
		{"file keeps its extension", FileOf("zora-blackwood.jpg"), "z***-b********.jpg"},
		{"file in a folder", FileOf("scans/Zora Blackwood/id.front.jpeg"), "s****/Z*** B********/i*.f****.jpeg"},
		{"file without extension", FileOf("zora"), "z***"},
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

// TestTextfNestsText: a Text given to Textf keeps its renderings, and
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
	files := Textf("%s: %s", FileOf("anna.jpg"), Textf("%s is blurred", FileOf("zora.jpg")))
	if files.Masked != "anna.jpg: zora.jpg is blurred" || files.Anonymous != "a***.jpg: z***.jpg is blurred" {
		t.Errorf("nested file names: %+v", files)
	}
	for _, m := range []Mode{PlainMode, MaskedMode, AnonymousMode} {
		if !files.Renders(m) || !outer.Renders(m) {
			t.Errorf("Renders(%d) false for a Text from Textf", m)
		}
	}
	if files.Append(" (x)").Renders(AnonymousMode) {
		t.Error("Renders true for a Text changed after Textf")
	}
}

type side int

func (s side) String() string { return [...]string{"front", "back"}[s] }

type label string

// TestTextfKeepsArgs: an error, a Stringer and a value of a named type are
// kept as arguments that format as they did with every verb, and a Text
// comes back from gob as it went in (a result cache keeps findings so).
func TestTextfKeepsArgs(t *testing.T) {
	args := []any{errors.New("bad byte"), side(1), side(1), label("passport"), int8(-3), float32(0.1), NameOf("Anna")}
	txt := Textf("%v / %s / %d / %q / %d / %v / %s", args...)
	if txt.Plain != `bad byte / back / 1 / "passport" / -3 / 0.1 / Anna` {
		t.Errorf("Plain = %q", txt.Plain)
	}
	if got := render(txt.Format, txt.Args, PlainMode); got != txt.Plain {
		t.Errorf("kept arguments give %q, want %q", got, txt.Plain)
	}
	if _, ok := txt.Args[0].(Shown); !ok {
		t.Errorf("an error is kept as %T", txt.Args[0])
	}
	gob.Register(Value{})
	gob.Register(Text{})
	gob.Register(Shown{})
	outer := Textf("%s: %s", FileOf("a.jpg"), txt)
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(outer); err != nil {
		t.Fatal(err)
	}
	var back Text
	if err := gob.NewDecoder(&buf).Decode(&back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, outer) {
		t.Errorf("gob gives %#v, want %#v", back, outer)
	}
}

func TestTextfRenderings(t *testing.T) {
	txt := Textf("%s: the name %s differs (%d)", FileOf("zora-blackwood.jpg"), NameOf("Zora Blackwood"), 3)
	want := Text{Plain: "zora-blackwood.jpg: the name Zora Blackwood differs (3)",
		Masked:    "zora-blackwood.jpg: the name Z*** B******** differs (3)",
		Anonymous: "z***-b********.jpg: the name Z*** B******** differs (3)"}
	if txt.Plain != want.Plain || txt.Masked != want.Masked || txt.Anonymous != want.Anonymous {
		t.Errorf("Textf = %+v, want %+v", txt, want)
	}
	if got := Textf("%s is empty", FileOf("anna.jpg")); got.Plain != got.Masked || got.PickAnonymous() != "a***.jpg is empty" {
		t.Errorf("a file name is masked in Anonymous only: %+v", got)
	}
	if got := Textf("plain %d", 1); got.PickAnonymous() != "plain 1" {
		t.Errorf("PickAnonymous of a text without files = %q", got.PickAnonymous())
	}
	j := Join(Textf("%s", FileOf("zora.jpg")), ": ", Textf("number %s", NumberOf("L898902C3"))).Append(" (advice)")
	if j.Plain != "zora.jpg: number L898902C3 (advice)" || j.Masked != "zora.jpg: number L89****C3 (advice)" ||
		j.PickAnonymous() != "z***.jpg: number L89****C3 (advice)" {
		t.Errorf("Join/Append = %+v", j)
	}
}
