package mrz

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
)

// FuzzMRZ checks that Parse never panics, that a refusal is an *Error with
// a place, and that an accepted zone re-renders consistently: its own lines
// parse to the same zone, and its report agrees with Valid.
func FuzzMRZ(f *testing.F) {
	for _, s := range specimens {
		f.Add(s.text)
	}
	f.Add(td3Line1 + "\r\n" + td3Line2[:43] + "9\r\n")
	f.Add("I<UTOD23145890<7<<<<<<<<<<<<<<\n3407127M9507122UTO<<<<<<<<<<<2\nSTEVENSON<<PETER<JOHN<<<<<<<<<")
	f.Add("p<uto")
	f.Fuzz(func(t *testing.T, text string) {
		z, err := Parse(text)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Line < 1 || e.Column < 1 || e.Message == "" {
				t.Fatalf("refusal %#v is not a placed *Error", err)
			}
			return
		}
		again, err := Parse(strings.Join(z.Lines, "\n"))
		if err != nil {
			t.Fatalf("own lines refused: %v", err)
		}
		if !reflect.DeepEqual(z, again) {
			t.Fatalf("re-parse differs:\n%+v\n%+v", z, again)
		}
		for _, c := range z.Checks {
			if got := string(z.Lines[c.Line-1][c.Column-1]); got != c.Got || c.Want < 0 || c.Want > 9 {
				t.Fatalf("check %+v does not point at its digit %q", c, got)
			}
		}
		r := z.Report()
		if r.Valid != z.Valid() || r.Valid != (len(r.Errors) == 0) {
			t.Fatalf("report valid=%v with %d errors, zone valid=%v", r.Valid, len(r.Errors), z.Valid())
		}
		var decoded map[string]any
		b, err := json.Marshal(r)
		if err != nil || json.Unmarshal(b, &decoded) != nil {
			t.Fatalf("report JSON %s: %v", b, err)
		}
		var text1, text2 bytes.Buffer
		if r.WriteText(&text1) != nil || again.Report().WriteText(&text2) != nil || text1.String() != text2.String() {
			t.Fatal("text rendering differs between equal zones")
		}
	})
}
