package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRulesetNames(t *testing.T) {
	if code, out, errOut := run(t, "rules", "-r", "gb+binance"); code != ExitOK || !strings.Contains(out, "Rules under gb+binance (") {
		t.Errorf("rules -r gb+binance: exit %d, %q; %s", code, firstLine(out), errOut)
	}
	for _, c := range []struct{ ref, want string }{
		{"GB", `did you mean "gb"?`},
		{"binance+gb", "binance is a platform's rule set"},
		{"gb+de", "de is a jurisdiction rule set, not a platform's"},
	} {
		if code, _, errOut := run(t, "rules", "-r", c.ref); code != ExitTrouble || !strings.Contains(errOut, c.want) {
			t.Errorf("rules -r %s: exit %d, stderr %q; want exit %d and %q", c.ref, code, errOut, ExitTrouble, c.want)
		}
	}
}

// TestManifestRulesetNames checks what a manifest's jurisdiction: and
// platform: may name: a jurisdiction is no platform, and GB is gb.
func TestManifestRulesetNames(t *testing.T) {
	for _, c := range []struct{ keys, want string }{
		{"jurisdiction: GB\n", `jurisdiction: unknown rule set "GB" (did you mean "gb"?)`},
		{"platform: gb\n", "platform: gb is a jurisdiction rule set, not a platform's"},
		{"jurisdiction: binance\n", "jurisdiction: binance is a platform's rule set"},
	} {
		dir := t.TempDir()
		manifest := "version: 1\n" + c.keys + "applicant:\n  name: Jan Nowak\n  date_of_birth: 1990-01-15\ndocuments: []\n"
		if err := os.WriteFile(filepath.Join(dir, "kyc.yaml"), []byte(manifest), 0o644); err != nil {
			t.Fatal(err)
		}
		_, out, errOut := run(t, "lint", dir, "--redact", "never")
		if !strings.Contains(out, c.want) {
			t.Errorf("%q: report lacks %q:\n%s%s", c.keys, c.want, out, errOut)
		}
	}
}

// TestCustomRulesAreListed checks that rules, ruleset show and ruleset
// diff list a file's custom: rules, and name the file, not what it extends.
func TestCustomRulesAreListed(t *testing.T) {
	file := filepath.Join(t.TempDir(), "ours.yaml")
	rules := "extends: gb\ncustom:\n  - id: custom.needs-nationality\n    severity: warning\n" +
		"    message: the applicant declares no nationality\n    expr: applicant.nationality != ''\n"
	if err := os.WriteFile(file, []byte(rules), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"rules", "-r", file}, {"rules", "-r", file, "-f", "json"}, {"ruleset", "show", file}, {"ruleset", "diff", "gb", file}} {
		code, out, errOut := run(t, args...)
		if code != ExitOK || !strings.Contains(out, "custom.needs-nationality") {
			t.Errorf("%v: exit %d, output lacks custom.needs-nationality:\n%s%s", args, code, out, errOut)
		}
		if strings.Contains(out, "United Kingdom") {
			t.Errorf("%v: names the rule set it extends (United Kingdom), not the file:\n%s", args, out)
		}
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
