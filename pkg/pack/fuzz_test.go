package pack

import (
	"reflect"
	"strings"
	"testing"
)

// FuzzDecodeManifest feeds arbitrary bytes to the manifest decoder: it must
// not panic, every problem must have a line, and decoding is deterministic.
func FuzzDecodeManifest(f *testing.F) {
	f.Add([]byte(validManifest))
	f.Add([]byte("version: 1\napplicant:\n\tname: A\n"))
	f.Add([]byte("applicant:\n  date_of_birth: 14/03/1988\n"))
	f.Add([]byte(billionLaughs(4)))
	f.Add([]byte("a: &a [*a]\n"))
	f.Add([]byte(`{"documents": [{"file": "../x.jpg", "type": "passport"}]}`))
	f.Add([]byte(strings.Repeat("[", 100)))
	f.Add([]byte("documents:\n  - *x\n"))
	f.Add([]byte(sidesManifest))
	f.Fuzz(func(t *testing.T, data []byte) {
		m1, d1, p1 := decodeManifest("kyc.yaml", data)
		m2, d2, p2 := decodeManifest("kyc.yaml", data)
		if !reflect.DeepEqual(m1, m2) || !reflect.DeepEqual(d1, d2) || !reflect.DeepEqual(p1, p2) {
			t.Fatal("two decodings differ")
		}
		for _, p := range p1 {
			if p.Line < 0 || p.Kind != ManifestProblem || p.Text.Plain == "" || p.Hint == "" {
				t.Fatalf("bad problem %+v", p)
			}
		}
		if m1 == nil && len(p1) == 0 {
			t.Fatal("no manifest and no problem")
		}
		for _, d := range d1 {
			if d.File == "" || !d.Type.Known() {
				t.Fatalf("document %+v", d)
			}
		}
		pairSides(d1)
		for _, d := range d1 {
			if d.Pair != nil && (d.Pair.Pair != d || d.Pair.Side == d.Side && d.Side == "back") {
				t.Fatalf("%s is paired with %s, which is paired with %v", d.File, d.Pair.File, d.Pair.Pair)
			}
			for k := range d.backKeys {
				if d.Pair == nil || d.Pair.Present(k) {
					t.Fatalf("%s: %s moved from a back that still has it", d.File, k)
				}
			}
		}
	})
}
