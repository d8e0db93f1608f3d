package expect

import (
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/lint"
)

func TestParseWants(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`"image.blur"`, `"image.blur"`},
		{`"image.blur" error`, `"image.blur" error`},
		{`"image.blur" error "blurred"`, `"image.blur" error "blurred"`},
		{`"image.blur" "blurred"`, `"image.blur" "blurred"`},
		{`"a.b" "a.b"`, `"a.b"|"a.b"`},
		{`"a.b" warning "x y" "c.d" info`, `"a.b" warning "x y"|"c.d" info`},
		{`"a.b" "a\.b"`, `"a.b" "a\.b"`},
		{`"a.b" "say \"hi\""`, `"a.b" "say \"hi\""`},
	} {
		ws, err := parseWants(tc.in, "kyc.yaml:3")
		if err != nil {
			t.Errorf("%s: %v", tc.in, err)
			continue
		}
		var got []string
		for _, w := range ws {
			got = append(got, w.String())
			if w.Pos != "kyc.yaml:3" {
				t.Errorf("%s: pos %q", tc.in, w.Pos)
			}
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%s: got %s, want %s", tc.in, strings.Join(got, "|"), tc.want)
		}
	}
}

func TestParseWantsErrors(t *testing.T) {
	for in, msg := range map[string]string{
		``:                         `want "rule.id"`,
		`"image.blur" fatal`:       `unknown severity "fatal"`,
		`"image.blur" off`:         `unknown severity "off"`,
		`"image.blur" error "a(b"`: `message regexp`,
		`"image.blur" "unclosed`:   `unterminated quote`,
		`image.blur`:               `want a quoted rule id`,
		`"blurred"`:                `want a quoted rule id`,
		`"a.b" "x" error`:          `want a quoted rule id, got error`,
	} {
		_, err := parseWants(in, "kyc.yaml:3")
		if err == nil || !strings.Contains(err.Error(), msg) {
			t.Errorf("%s: error %v, want one containing %q", in, err, msg)
		}
	}
}

func TestParseWantLine(t *testing.T) {
	file, w, err := parseWantLine(`passport.jpg image.blur warning "soft edges"`, ".want:2")
	if err != nil || file != "passport.jpg" || w.String() != `"image.blur" warning "soft edges"` || w.Pos != ".want:2" {
		t.Errorf("got %q %s %v", file, w, err)
	}
	if file, _, err := parseWantLine(`- pack.manifest info`, ".want:1"); err != nil || file != "" {
		t.Errorf("pack: got %q %v", file, err)
	}
	for _, bad := range []string{`passport.jpg`, `passport.jpg image.blur bad`, `passport.jpg image.blur error "x" more`, `passport.jpg image.blur "(`} {
		if _, _, err := parseWantLine(bad, ".want:1"); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}

func TestMatches(t *testing.T) {
	ws, _ := parseWants(`"image.blur" error "blurred"`, "")
	f := lint.Finding{Rule: "image.blur", Severity: lint.Error}
	f.Message.Plain, f.Message.Masked = "photo.jpg is blurred", "photo.jpg is ***"
	if !ws[0].Matches(f) {
		t.Error("want matches the plain message")
	}
	f.Severity = lint.Warning
	if ws[0].Matches(f) {
		t.Error("a warning matched an error want")
	}
}
