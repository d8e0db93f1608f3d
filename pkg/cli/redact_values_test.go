package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// wrongFieldsManifest types the applicant's name, birth date and address
// into fields that refuse them, so that every message about them would
// quote them.
const wrongFieldsManifest = `version: Zora Blackwood
jurisdiction: Zora Blackwood
platform: Zora Blackwood
applicant:
  name: Zora Blackwood
  date_of_birth: 23/04/1991
  nationality: Zora Blackwood
  address: 7 Quarry Lane, Leeds LS1 4AB
documents:
  - file: zora-blackwood-passport.jpg
    type: Zora Blackwood
    side: Zora Blackwood
    sex: Zora Blackwood
    name: BLACKWOOD ZORA
    expiry_date: 23/04/1991
    issue_date: 23/04/1991
    number: ZB1234567
    nationality: 1991-04-23
    issuing_country: Zora Blackwood
    Zora Blackwood: x
  - file: bill.pdf
    type: utility_bill
    name: Ms Zora Blackwood
    address: 7 Quarry Lane, Leeds LS1 4AB
    issue_date: 1991-04-23
`

// wrongFieldsRules are custom rules whose evaluation fails on the pack's
// values, and whose errors quote them.
const wrongFieldsRules = `custom:
  - id: custom.conv
    message: conv
    expr: int(applicant.name) > 0
  - id: custom.ts
    message: ts
    expr: timestamp(applicant.address) < lint_date
  - id: custom.re
    message: re
    expr: applicant.name.matches("(" + applicant.address)
`

// personalRaw are the pack's values, in every form a message could quote.
var personalRaw = []string{"Zora", "ZORA", "Blackwood", "BLACKWOOD", "23/04", "04/1991", "1991-04-23", "04-23",
	"Quarry", "Leeds", "LS1 4AB", "ZB1234567"}

func wrongFieldsPack(t *testing.T) {
	t.Helper()
	repoDir(t)
	samplePack(t, "anna-clean", "packs/zora-blackwood")
	for old, new := range map[string]string{"passport.jpg": "zora-blackwood-passport.jpg"} {
		if err := os.Rename(filepath.Join("packs/zora-blackwood", old), filepath.Join("packs/zora-blackwood", new)); err != nil {
			t.Fatal(err)
		}
	}
	writeFile(t, "packs/zora-blackwood/kyc.yaml", wrongFieldsManifest)
	writeFile(t, ".kyclint.yaml", wrongFieldsRules)
}

// TestRedactAlwaysHidesValuesInWrongFields checks that under --redact
// always no output format (the human report in Chinese too), nor standard
// error, carries a personal value
// typed into the wrong field, a CEL error quoting one, or the pack's
// folder and file names (zora-blackwood/zora-blackwood-passport.jpg), which
// hold the applicant's name.
func TestRedactAlwaysHidesValuesInWrongFields(t *testing.T) {
	wrongFieldsPack(t)
	for _, format := range []string{"human", "human --lang zh-CN", "human --lang zh-TW", "json", "ndjson", "sarif", "junit", "github"} {
		code, out, errOut := run(t, append([]string{"lint", "packs", "--date", "2026-11-26", "--redact", "always", "-f"}, strings.Fields(format)...)...)
		if code != ExitTrouble || !strings.Contains(out, "pack.manifest") || !strings.Contains(out, "custom.ts") {
			t.Fatalf("%s: exit %d (want %d, the custom rules crash), report:\n%s\nstderr: %s", format, code, ExitTrouble, out, errOut)
		}
		// bill.pdf holds no name, but --redact always masks every file
		// name (b***.pdf), and a message names it.
		for _, raw := range append(personalRaw, "zora", "blackwood", "bill.pdf") {
			if strings.Contains(out, raw) || strings.Contains(errOut, raw) {
				t.Errorf("%s report under --redact always shows %q:\n%s\nstderr: %s", format, raw, lineWith(out+errOut, raw), errOut)
			}
		}
	}
}

// TestRedactInCIHidesValuesInWrongFields checks the same of the personal
// values when --redact auto masks because the run is in CI, on a terminal.
func TestRedactInCIHidesValuesInWrongFields(t *testing.T) {
	wrongFieldsPack(t)
	for _, format := range []string{"human", "json", "github"} {
		io, _, out, errOut := Test()
		io.SetTTY(true)
		io.SetEnv(func(k string) string {
			if k == "GITHUB_ACTIONS" {
				return "true"
			}
			return ""
		})
		f := NewFactory(io)
		f.Now = func() time.Time { return time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC) }
		Run([]string{"lint", "packs", "--date", "2026-11-26", "-f", format}, f)
		if !strings.Contains(out.String(), "zora-blackwood") {
			t.Fatalf("%s: --redact auto should name the pack:\n%s", format, out)
		}
		for _, raw := range personalRaw {
			if strings.Contains(strings.ReplaceAll(out.String()+errOut.String(), "zora-blackwood", ""), raw) {
				t.Errorf("%s report in CI shows %q:\n%s", format, raw, lineWith(out.String(), raw))
			}
		}
	}
}

// lineWith returns the first line of s holding sub, for a failure message.
func lineWith(s, sub string) string {
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			return l
		}
	}
	return ""
}

// TestMRZHonoursRedact checks that `kyclint mrz` masks the holder's name,
// number and birth date as lint does: by default off a terminal, on a
// terminal in CI, and always with --redact always; --redact never and a
// terminal outside CI show them.
func TestMRZHonoursRedact(t *testing.T) {
	l1, l2 := "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
	raw := []string{"ERIKSSON", "ANNA", "L898902C3", "740812", "ZE184226B"}
	for _, c := range []struct {
		args []string
		tty  bool
		ci   string
		show bool
	}{
		{[]string{"mrz", l1, l2}, false, "", false},
		{[]string{"mrz", "-f", "json", l1, l2}, false, "", false},
		{[]string{"mrz", l1, l2}, true, "true", false},
		{[]string{"mrz", "--redact", "always", l1, l2}, true, "", false},
		{[]string{"mrz", l1, l2}, true, "", true},
		{[]string{"mrz", "--redact", "never", "-f", "json", l1, l2}, false, "", true},
	} {
		io, _, out, _ := Test()
		io.SetTTY(c.tty)
		io.SetEnv(func(k string) string {
			if k == "CI" {
				return c.ci
			}
			return ""
		})
		if code := Run(c.args, NewFactory(io)); code != ExitOK {
			t.Fatalf("%v: exit %d", c.args, code)
		}
		for _, v := range raw {
			if strings.Contains(out.String(), v) != c.show {
				t.Errorf("%v (terminal %v, CI %q): %q shown %v, want %v:\n%s", c.args, c.tty, c.ci, v, !c.show, c.show, out)
			}
		}
		if !strings.Contains(out.String(), "UTO") {
			t.Errorf("%v: the issuing state is not personal and should show:\n%s", c.args, out)
		}
	}
	if code, _, errOut := run(t, "mrz", "--redact", "sometimes", l1, l2); code != ExitTrouble || !strings.Contains(errOut, "--redact") {
		t.Errorf("a bad --redact: exit %d, stderr %s", code, errOut)
	}
}

// TestMRZImageMasksCorrections: a zone read from a photo, masked, shows
// neither its lines nor the characters it corrected or doubts, only where
// they are and why.
func TestMRZImageMasksCorrections(t *testing.T) {
	rep := imageReport{Found: true, Read: &imageRead{
		Lines:       []readLine{{Text: "L898902C36UTO7408122F1204159ZE184226B<<<<<10"}},
		Corrections: []correction{{Line: 2, Column: 3, From: "B", To: "8", Why: "check digit"}},
		Doubts:      []doubt{{Line: 2, Column: 29, Read: "Z", Why: "close to 2"}}}}
	maskImageReport(&rep)
	var b strings.Builder
	if err := writeImageText(&b, rep); err != nil {
		t.Fatal(err)
	}
	for _, raw := range []string{"L898902C3", "B to 8", "read Z"} {
		if strings.Contains(b.String(), raw) {
			t.Errorf("masked report shows %q:\n%s", raw, b.String())
		}
	}
	if !strings.Contains(b.String(), "corrected line 2, column 3") || !strings.Contains(b.String(), "in doubt: line 2, column 29") {
		t.Errorf("masked report lost where the corrections are:\n%s", b.String())
	}
}
