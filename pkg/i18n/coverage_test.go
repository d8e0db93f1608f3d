package i18n_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/i18n"
)

var dump = flag.String("dump", "", "write the untranslated keys, as a JSON object, to this file")

// untranslatedFile lists, one JSON string a line, the English texts the
// catalogs do not translate yet. The test fails on a text missing from the
// catalogs and from this list, and on a listed text that is now translated
// or no longer used: the list can only shrink.
const untranslatedFile = "testdata/untranslated.txt"

func readUntranslated(t *testing.T) map[string]bool {
	t.Helper()
	b, err := os.ReadFile(untranslatedFile)
	if err != nil {
		if os.IsNotExist(err) {
			return map[string]bool{}
		}
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var s string
		if err := json.Unmarshal([]byte(line), &s); err != nil {
			t.Fatalf("%s: %q is not a JSON string: %v", untranslatedFile, line, err)
		}
		out[s] = true
	}
	return out
}

// TestEveryMessageTranslated: every message, hint and rule text a person can
// see has a zh-CN and a zh-TW translation whose printf directives match the
// English ones (same arguments, same verbs, any order).
func TestEveryMessageTranslated(t *testing.T) {
	keys := messageKeys(t)
	if len(keys) < 100 {
		t.Fatalf("found only %d message keys in the source; the scanner is broken", len(keys))
	}
	allowed := readUntranslated(t)
	missing := map[string]string{}
	for _, lang := range []i18n.Lang{i18n.SimplifiedChinese, i18n.TraditionalChinese} {
		cat := i18n.Catalog(lang)
		for _, k := range sortedKeys(keys) {
			tr, ok := cat[k]
			switch {
			case !ok && !allowed[k]:
				missing[k] = ""
				t.Errorf("%s: no translation of %q (%s)", lang, k, keys[k])
			case ok && allowed[k]:
				t.Errorf("%s: %q is translated now: remove it from %s", lang, k, untranslatedFile)
			case ok && !strings.HasPrefix(keys[k], "rule ") && !i18n.SameVerbs(k, tr):
				// (a rule's own texts are never formatted: "1 % is" is no directive)
				t.Errorf("%s: the translation of %q has other directives than the English: %q", lang, k, tr)
			case ok && !strings.HasPrefix(keys[k], "rule "):
				if out := fmt.Sprintf(tr, sampleArgs(k)...); strings.Contains(out, "%!") {
					t.Errorf("%s: the translation of %q does not format: %q", lang, k, out)
				}
			}
		}
	}
	for k := range allowed {
		if _, ok := keys[k]; !ok {
			t.Errorf("%s lists %q, which no rule uses any more: remove it", untranslatedFile, k)
		}
	}
	if *dump != "" {
		b, _ := json.MarshalIndent(missing, "", "  ")
		if err := os.WriteFile(*dump, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// sampleArgs are arguments of the kinds an English format's directives take.
func sampleArgs(format string) []any {
	var args []any
	for _, v := range i18n.Verbs(format) {
		for len(args) <= v.Arg {
			args = append(args, nil)
		}
		switch v.Kind {
		case 'd':
			args[v.Arg] = 7
		case 'f', 'g', 'e':
			args[v.Arg] = 1.5
		case 'c':
			args[v.Arg] = 'x'
		default:
			args[v.Arg] = "x"
		}
	}
	return args
}
