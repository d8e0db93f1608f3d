package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/kyclint/kyclint/pkg/internal/racetest"
	"github.com/kyclint/kyclint/pkg/report"
)

// TestLintHumanChineseGolden: the human report of the sample packs in
// Simplified and Traditional Chinese, as a reader sees it, and with no
// English sentence left in it.
func TestLintHumanChineseGolden(t *testing.T) {
	inRoot(t)
	for _, lang := range []string{"zh-CN", "zh-TW"} {
		code, out, errOut := run(t, "lint", "testdata/packs", "--date", "2026-11-26", "--lang", lang)
		if code != ExitFailed {
			t.Errorf("%s: exit %d, want %d; stderr: %s", lang, code, ExitFailed, errOut)
		}
		golden(t, "sample-packs."+lang+".human", out)
		for _, s := range englishSentences(out) {
			t.Errorf("%s report holds English: %q", lang, s)
		}
	}
}

// TestLangLeavesMachineFormatsEnglish: --lang and a Chinese locale change
// the human report only; every machine format is byte for byte the English
// one, messages and rule ids alike.
func TestLangLeavesMachineFormatsEnglish(t *testing.T) {
	inRoot(t)
	for _, format := range report.Formats() {
		if format == "human" {
			continue
		}
		_, english, _ := run(t, "lint", "testdata/packs", "--date", "2026-11-26", "--format", format)
		if !strings.Contains(english, "document.expired") || !strings.Contains(english, "expired on 2025-**-**") {
			t.Fatalf("%s: the English report lacks the sample finding", format)
		}
		_, zh, _ := run(t, "lint", "testdata/packs", "--date", "2026-11-26", "--format", format, "--lang", "zh-CN")
		_, tw, _ := runEnv(t, map[string]string{"LANG": "zh_TW.UTF-8"}, "lint", "testdata/packs", "--date", "2026-11-26", "--format", format)
		if zh != english || tw != english {
			t.Errorf("%s: output differs under --lang zh-CN or LANG=zh_TW.UTF-8:\n%s", format, diff(english, zh+tw))
		}
	}
}

// TestLangFromLocale: without --lang the locale chooses, LC_ALL before
// LC_MESSAGES before LANG; --lang wins over the locale.
func TestLangFromLocale(t *testing.T) {
	inRoot(t)
	lint := []string{"lint", "testdata/packs/ben-expired-passport", "--date", "2026-11-26"}
	const en, cn, tw = "expired on 2025-**-**", "已于 2025-**-** 过期", "已於 2025-**-** 過期"
	for _, c := range []struct {
		env  map[string]string
		args []string
		want string
	}{
		{nil, nil, en},
		{map[string]string{"LANG": "zh_CN.UTF-8"}, nil, cn},
		{map[string]string{"LANG": "zh_TW"}, nil, tw},
		{map[string]string{"LANG": "zh_HK.UTF-8"}, nil, tw},
		{map[string]string{"LANG": "de_DE.UTF-8"}, nil, en},
		{map[string]string{"LC_MESSAGES": "zh_TW.UTF-8", "LANG": "zh_CN.UTF-8"}, nil, tw},
		{map[string]string{"LC_ALL": "C", "LC_MESSAGES": "zh_TW.UTF-8", "LANG": "zh_CN.UTF-8"}, nil, en},
		{map[string]string{"LC_ALL": "zh_CN.UTF-8"}, []string{"--lang", "en"}, en},
		{map[string]string{"LANG": "en_US.UTF-8"}, []string{"--lang", "zh-TW"}, tw},
	} {
		_, out, errOut := runEnv(t, c.env, append(lint, c.args...)...)
		if !strings.Contains(out, c.want) {
			t.Errorf("%v %v: want %q in\n%s%s", c.env, c.args, c.want, out, errOut)
		}
	}
}

func TestLangUnknownIsUsageError(t *testing.T) {
	inRoot(t)
	for _, args := range [][]string{
		{"lint", "testdata/packs/anna-clean", "--lang", "fr"},
		{"explain", "image.blur", "--lang", "zh-HK"},
	} {
		code, out, errOut := run(t, args...)
		if code != ExitTrouble || out != "" || !strings.Contains(errOut, "en, zh-CN, zh-TW") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want %d and the supported languages", args, code, out, errOut, ExitTrouble)
		}
	}
}

// TestExplainAndHelpInChinese: explain (every rule) and lint --help read
// as Chinese, rule ids, flags and examples aside.
func TestExplainAndHelpInChinese(t *testing.T) {
	for _, lang := range []string{"zh-CN", "zh-TW"} {
		code, out, _ := run(t, "explain", "--all", "--lang", lang)
		if code != ExitOK || !strings.Contains(out, "image.blur: ") {
			t.Fatalf("explain --all --lang %s: exit %d", lang, code)
		}
		for _, s := range englishSentences(out) {
			t.Errorf("explain --lang %s holds English: %q", lang, s)
		}
		code, out, _ = run(t, "lint", "--help", "--lang", lang)
		if code != ExitOK || !strings.Contains(out, "--lang string") || !strings.Contains(out, "kyclint lint ./my-pack") {
			t.Fatalf("lint --help --lang %s: exit %d\n%s", lang, code, out)
		}
		for _, s := range englishSentences(out) {
			t.Errorf("lint --help --lang %s holds English: %q", lang, s)
		}
	}
	_, out, _ := runEnv(t, map[string]string{"LANG": "zh_CN.UTF-8"}, "explain", "document.expired")
	if !strings.Contains(out, "身份证件已过期") {
		t.Errorf("explain under LANG=zh_CN.UTF-8 is not in Chinese:\n%s", out)
	}
	_, out, _ = run(t, "lint", "--help")
	if !strings.Contains(out, "Usage:") || !strings.Contains(out, "exit 0 instead of 2 when no pack is found") {
		t.Errorf("lint --help without --lang is not English:\n%s", out)
	}
}

// TestEnglishSentencesChecker: the checker below finds English prose and
// passes what a Chinese report legitimately keeps in Latin letters.
func TestEnglishSentencesChecker(t *testing.T) {
	for _, s := range []string{
		"passport.jpg：the document is tilted",
		"建议：Rename it to end in .png, or re-save it",
		"规则集 gb 不接受 phone bill as proof",
		"kyc.yaml 未填写申请人的出生日期：已跳过 identity.dob and identity.age were",
		"证件代码为 I 的 TD1 MRZ；应为 TD3 (2 lines of 44) with code P",
	} {
		if len(englishSentences(s)) == 0 {
			t.Errorf("%q: no English found", s)
		}
	}
	for _, s := range []string{
		`kyc.yaml:16  错误  pack.manifest  第 2 份证件中有未知的键 "adress is a typo here"`,
		"passport.heic 是 HEIC 照片；接受的格式：JPEG, PNG, PDF",
		"address.match  bill.pdf：地址 ** R** A******, ****-*** L***** 不同于填写的地址",
		"  kyclint lint -f human -f sarif=kyclint.sarif --shard 2/4 packs/",
		"请写 `side: front` 或 `side: back`。例如 ZHANG WEI = Wei Zhang",
		"--rules ID|FILE  规则集 ID|FILE：内置 ID（见 kyclint ruleset list）", "error、warning、info", "github, human, json",
		"  find archive -name kyc.yaml | kyclint lint --from - --shard auto -f ndjson=shard.ndjson",
		"  -f, --format stringArray   输出格式", "姓名按此比较：ZHANG WEI = Wei Zhang；exiftool -gps:all= FILE",
	} {
		if got := englishSentences(s); len(got) > 0 {
			t.Errorf("%q: flagged %q", s, got)
		}
	}
}

var quoted = regexp.MustCompile("\"[^\"]*\"|`[^`]*`|“[^”]*”|「[^」]*」")

// englishSentences returns the English prose left in a translated text:
// runs of three or more words and codes joined by single spaces (Chinese,
// punctuation other than a comma, and column gaps end a run) that hold two
// lower-case English words or more. Set aside first are quoted values and
// commands; codes (words holding a dot, slash, underscore, hyphen, colon,
// digit, asterisk or equals sign: file names, rule ids, manifest keys,
// masked values, flags; upper-case words: MRZ, JPEG) count in a run's
// length but not as English; comma-separated lists of values (error,
// warning, info) and commands (a run naming kyclint) are not prose.
func englishSentences(text string) []string {
	var out []string
	type token struct {
		text string
		code bool
	}
	flush := func(run []token) {
		if len(run) < 3 {
			return
		}
		list, lower := true, 0
		words := make([]string, len(run))
		for i, tk := range run {
			words[i] = tk.text
			if tk.text == "kyclint" {
				return
			}
			if i < len(run)-1 && !strings.HasSuffix(tk.text, ",") {
				list = false
			}
			w := strings.TrimSuffix(tk.text, ",")
			if !tk.code && len(w) > 1 && w == strings.ToLower(w) {
				lower++
			}
		}
		if !list && lower >= 2 {
			out = append(out, strings.Join(words, " "))
		}
	}
	var lines []string
	for _, block := range strings.Split(text, "\n\n") { // a quote may wrap, not leave its paragraph
		lines = append(lines, strings.Split(quoted.ReplaceAllString(block, " \x00 "), "\n")...)
	}
	for _, line := range lines {
		var run []token
		end := func() { flush(run); run = nil }
		for _, field := range strings.Split(line, " ") {
			if field == "" || field == "\x00" {
				end() // a column gap, or a quoted value
				continue
			}
			// Chinese ends a run; so does punctuation other than a comma.
			var parts []string
			cur := ""
			for _, r := range field {
				if r > unicode.MaxASCII || strings.ContainsRune("()[];!?", r) {
					parts = append(parts, cur, "")
					cur = ""
					continue
				}
				cur += string(r)
			}
			parts = append(parts, cur)
			for k, w := range parts {
				bare := strings.TrimSuffix(w, ",")
				switch {
				case w == "":
					if k > 0 && k < len(parts)-1 || len(parts) > 1 {
						end()
					}
				case strings.ContainsAny(bare, "./_-:0123456789*=|<>+@#&%'\"`"), bare == strings.ToUpper(bare):
					run = append(run, token{w, true})
				default:
					run = append(run, token{w, false})
				}
			}
		}
		end()
	}
	return out
}

// TestReformatInChinese: a JSON report read back has only English
// messages; reformat translates them by the formats they were rendered
// from, to the same report lint writes in Chinese.
func TestReformatInChinese(t *testing.T) {
	inRoot(t)
	_, js, _ := run(t, "lint", "testdata/packs", "--date", "2026-11-26", "-f", "json")
	path := filepath.Join(t.TempDir(), "report.json")
	if err := os.WriteFile(path, []byte(js), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"zh-CN", "zh-TW"} {
		_, direct, _ := run(t, "lint", "testdata/packs", "--date", "2026-11-26", "--lang", lang)
		code, out, errOut := run(t, "reformat", path, "--lang", lang)
		if code != ExitOK || out != direct {
			t.Errorf("reformat --lang %s: exit %d (%s); differs from lint --lang %s:\n%s", lang, code, errOut, lang, diff(direct, out))
		}
	}
}

// TestRuleFixturesInChinese: the report of every rule's fixture packs
// (pkg/checks/testdata: each rule's findings, under each manifest's rule
// set) holds no English sentence in either Chinese. Under the race
// detector each language lints the fixtures of every other rule.
func TestRuleFixturesInChinese(t *testing.T) {
	inRoot(t)
	var rules []string
	if racetest.Enabled {
		all, _ := filepath.Glob("pkg/checks/testdata/*")
		for _, d := range all {
			if st, err := os.Stat(d); err == nil && st.IsDir() {
				rules = append(rules, d)
			}
		}
	}
	var outs string
	for i, lang := range []string{"zh-CN", "zh-TW"} {
		args := []string{"lint", "pkg/checks/testdata"}
		if racetest.Enabled {
			args = args[:1]
			for j, d := range rules {
				if j%2 == i {
					args = append(args, d)
				}
			}
		}
		_, out, errOut := run(t, append(args, "--date", "2026-11-26", "--lang", lang, "-q", "--no-cache")...)
		if !racetest.Enabled && (!strings.Contains(out, "document.number") || !strings.Contains(out, "image.blur")) {
			t.Fatalf("%s: the fixtures' report lacks their findings; stderr: %s", lang, errOut)
		}
		outs += out
		for _, s := range englishSentences(out) {
			t.Errorf("%s: %q", lang, s)
		}
	}
	if !strings.Contains(outs, "document.number") || !strings.Contains(outs, "image.blur") {
		t.Fatalf("the fixtures' reports lack their findings")
	}
}
