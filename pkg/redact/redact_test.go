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

func TestTextfRenderings(t *testing.T) {
	txt := Textf("%s: the name %s differs (%d)", FileOf("zora-blackwood.jpg"), NameOf("Zora Blackwood"), 3)
	want := Text{Plain: "zora-blackwood.jpg: the name Zora Blackwood differs (3)",
		Masked:    "zora-blackwood.jpg: the name Z*** B******** differs (3)",
		Anonymous: "z***-b********.jpg: the name Z*** B******** differs (3)"}
	if txt != want {
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
