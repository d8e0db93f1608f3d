package ruleset_test

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/kyclint/kyclint/pkg/ruleset"
	"github.com/kyclint/kyclint/rules"
)

// FuzzRuleset loads arbitrary bytes as a built-in rule set that may extend
// the shipped ones: it must not panic, and yields a Set or a located *Error.
func FuzzRuleset(f *testing.F) {
	base, _ := rules.FS.ReadFile("base.yaml")
	gb, _ := rules.FS.ReadFile("gb.yaml")
	f.Add([]byte(strings.Replace(string(gb), "id: gb", "id: fuzz", 1)))
	f.Add([]byte(parentYAML))
	f.Add([]byte("id: fuzz\nextends: gb\nrules:\n  file.size: {max_bytes: 2 MiB}\n"))
	f.Add([]byte("id: fuzz\nrules:\n\tidentity.age: off\n"))
	f.Add([]byte("id: fuzz\nx: &a [1, *a]\n"))
	f.Add([]byte("id: fuzz\nextends: fuzz\n"))
	f.Add([]byte("id: fuzz\nrules:\n  address.recency: {by_type: {tax_notice: 99999999999}}\n"))
	f.Add([]byte("id: fuzz\ndocuments:\n  identity: {accepted: [selfie], min: -1}\n"))
	reg := mapLoader(nil).Registry
	f.Fuzz(func(t *testing.T, data []byte) {
		fsys := mapFS{fstest.MapFS{}}
		fsys.Set("base.yaml", base)
		fsys.Set("gb.yaml", gb)
		fsys.Set("fuzz.yaml", data)
		l := &ruleset.Loader{Registry: reg, Builtins: fsys}
		s, err := l.Load("fuzz")
		if err == nil {
			if s == nil || s.Settings == nil || s.ID != "fuzz" || len(s.Chain) == 0 {
				t.Fatalf("set %+v", s)
			}
			for id, rs := range s.Settings.Rules {
				r, ok := l.Registry.Lookup(id)
				if !ok {
					t.Fatalf("settings for unknown rule %s", id)
				}
				for _, p := range r.Params {
					if cerr := p.Check(rs.Params[p.Name]); cerr != nil {
						t.Fatalf("%s.%s: %v", id, p.Name, cerr)
					}
				}
			}
			return
		}
		var re *ruleset.Error
		if !errors.As(err, &re) {
			t.Fatalf("error %v is not a *ruleset.Error", err)
		}
		if re.Line < 0 || re.File == "" || re.Msg == "" {
			t.Fatalf("error %+v", re)
		}
	})
}
