package i18n_test

import (
	"strings"
	"testing"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"

	"github.com/kyclint/kyclint/pkg/i18n"
	"github.com/kyclint/kyclint/pkg/redact"
)

func TestFromEnv(t *testing.T) {
	for _, c := range []struct {
		env  map[string]string
		want i18n.Lang
	}{
		{map[string]string{}, i18n.English},
		{map[string]string{"LANG": "zh_CN.UTF-8"}, i18n.SimplifiedChinese},
		{map[string]string{"LANG": "zh_TW"}, i18n.TraditionalChinese},
		{map[string]string{"LANG": "zh_HK.UTF-8"}, i18n.TraditionalChinese},
		{map[string]string{"LANG": "zh_MO"}, i18n.TraditionalChinese},
		{map[string]string{"LANG": "zh_SG.GB18030"}, i18n.SimplifiedChinese},
		{map[string]string{"LANG": "zh_TW.Big5@stroke"}, i18n.TraditionalChinese},
		{map[string]string{"LANG": "zh-Hant"}, i18n.TraditionalChinese},
		{map[string]string{"LANG": "zh"}, i18n.SimplifiedChinese},
		{map[string]string{"LANG": "en_GB.UTF-8"}, i18n.English},
		{map[string]string{"LANG": "C.UTF-8"}, i18n.English},
		{map[string]string{"LANG": "POSIX"}, i18n.English},
		{map[string]string{"LANG": "fr_FR.UTF-8"}, i18n.English},
		// The first of LC_ALL, LC_MESSAGES, LANG that is set decides.
		{map[string]string{"LC_ALL": "C", "LANG": "zh_CN.UTF-8"}, i18n.English},
		{map[string]string{"LC_MESSAGES": "zh_TW.UTF-8", "LANG": "zh_CN.UTF-8"}, i18n.TraditionalChinese},
		{map[string]string{"LC_ALL": "zh_CN.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, i18n.SimplifiedChinese},
	} {
		if got := i18n.FromEnv(func(k string) string { return c.env[k] }); got != c.want {
			t.Errorf("%v: %s, want %s", c.env, got, c.want)
		}
	}
}

func TestParse(t *testing.T) {
	for in, want := range map[string]i18n.Lang{"zh-CN": i18n.SimplifiedChinese, "zh_tw": i18n.TraditionalChinese, "EN": i18n.English} {
		if got, err := i18n.Parse(in); err != nil || got != want {
			t.Errorf("Parse(%q) = %s, %v; want %s", in, got, err, want)
		}
	}
	for _, in := range []string{"fr", "zh", "zh-HK", ""} {
		_, err := i18n.Parse(in)
		if err == nil || !strings.Contains(err.Error(), "en, zh-CN, zh-TW") {
			t.Errorf("Parse(%q): %v; want an error listing the supported languages", in, err)
		}
	}
}

// TestChineseHasOnePluralForm: the catalogs hold one form per message
// because CLDR gives Chinese a single plural category; English has two.
func TestChineseHasOnePluralForm(t *testing.T) {
	for _, tag := range []language.Tag{language.SimplifiedChinese, language.TraditionalChinese} {
		for _, n := range []int{0, 1, 2, 5, 21, 101} {
			if f := plural.Cardinal.MatchPlural(tag, n, 0, 0, 0, 0); f != plural.Other {
				t.Errorf("%s: %d is %v, want other", tag, n, f)
			}
		}
	}
	if plural.Cardinal.MatchPlural(language.English, 1, 0, 0, 0, 0) != plural.One {
		t.Error("English 1 is not 'one': the plural data is broken")
	}
}

func TestVerbs(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"%s is %d×%d pixels", "%s 为 %d×%d 像素", true},
		{"%s (%s) was issued on %s, %d %s after %s", "%[1]s（%[2]s）签发于 %[3]s，比 %[6]s 晚 %[4]d %[5]s", true},
		{"%s is %d×%d pixels", "%s 为 %d 像素", false},    // an argument dropped
		{"%s is %d×%d pixels", "%s 为 %s×%d 像素", false}, // a verb changed
		{"%s: %s", "%[2]s：%[2]s", false},               // an argument twice, one never
		{"%.1f %% of it", "%.1f %% 的", true},           // %% is no directive
		{"blur %.1f px", "模糊 %.1[1]f 像素", true},
		{"share 5 %, the print", "5 %，字迹", true}, // a lone % is text
		{"a %q b", "甲 %v 乙", false},
	} {
		if got := i18n.SameVerbs(c.a, c.b); got != c.same {
			t.Errorf("SameVerbs(%q, %q) = %v, want %v", c.a, c.b, got, c.same)
		}
	}
}

func TestTranslatorText(t *testing.T) {
	tr := i18n.For(i18n.SimplifiedChinese)
	msg := redact.Textf("%s: the %s date of birth %s differs from the declared %s (%s)",
		"passport.jpg", "printed", redact.DateOf("1992-04-07"), redact.DateOf("1992-07-04"), "day and month swapped")
	if got, want := tr.Text(msg, redact.MaskedMode), "passport.jpg：证件所印的出生日期 1992-**-** 与填写的 1992-**-** 不同（日和月颠倒）"; got != want {
		t.Errorf("masked:\n got %s\nwant %s", got, want)
	}
	if got := tr.Text(msg, redact.PlainMode); !strings.Contains(got, "1992-04-07") || !strings.Contains(got, "1992-07-04") {
		t.Errorf("plain: %s", got)
	}
	// The nil translator is English, as the rule wrote it.
	var en *i18n.Translator
	if got := en.Text(msg, redact.MaskedMode); got != msg.Masked {
		t.Errorf("English: %s", got)
	}
	// A format the catalog does not know stays English.
	other := redact.Textf("%s is unheard of", "x.jpg")
	if got := tr.Text(other, redact.MaskedMode); got != "x.jpg is unheard of" {
		t.Errorf("unknown format: %s", got)
	}
}

func TestTranslatorString(t *testing.T) {
	tr := i18n.For(i18n.SimplifiedChinese)
	for in, want := range map[string]string{
		// a hint built from a format, its argument a list of known phrases
		"Use an accepted proof of address (utility bill, bank statement) issued on or after 2026-08-28.": "请使用 2026-08-28 当天或之后签发、可接受的地址证明（水电燃气账单、银行对账单）。",
		// nested formats: a typo detail inside a name verdict
		"one letter differs in surname (possible typo)": "姓有一个字母不同（可能是输入错误）",
		// a list with an item the catalog does not know is code: kept
		"file, type, name": "file, type, name",
		// a pattern that says little applies only when its parts translate
		"swap or slip":        "swap or slip",
		"passport or id card": "护照或身份证",
		"no such text":        "no such text",
	} {
		if got := tr.String(in); got != want {
			t.Errorf("String(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTaiwanUsage(t *testing.T) {
	tw := i18n.For(i18n.TraditionalChinese)
	for in, want := range map[string]string{
		"proof of address":                 "住址證明",
		"id card":                          "身分證",
		"an identity document has expired": "身分證件已過期",
		"Use an identity document that is still valid, or renew this one before applying.": "請使用仍在有效期限內的身分證件，或先換發此證件再申請。",
	} {
		if got := tw.String(in); got != want {
			t.Errorf("zh-TW %q = %q, want %q", in, got, want)
		}
	}
}

// TestVerbatimArgs: a manifest key in a message stays as kyc.yaml spells it
// even where the catalog translates the word, and each listed format is one
// the catalog has.
func TestVerbatimArgs(t *testing.T) {
	tr := i18n.For(i18n.SimplifiedChinese)
	msg := redact.Textf("%s (%s) does not declare %s", "licence.jpg", "driving licence", "number")
	if got, want := tr.Text(msg, redact.MaskedMode), "licence.jpg（驾驶证）未填写 number"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if got := tr.String("number"); got == "number" {
		t.Error("the catalog no longer translates the field word \"number\": this test proves nothing")
	}
	for _, f := range i18n.VerbatimFormats() {
		if !tr.Has(f) {
			t.Errorf("verbatimArgs lists %q, which the catalog does not translate", f)
		}
	}
}

// TestTextChangedAfterTextf: a message a rule extended after Textf built it
// is translated from what it says, never from the shorter format.
func TestTextChangedAfterTextf(t *testing.T) {
	tr := i18n.For(i18n.SimplifiedChinese)
	msg := redact.Textf("%s is not in the pack", "a.jpg")
	msg.Plain += ", nor anywhere"
	msg.Masked += ", nor anywhere"
	if got := tr.Text(msg, redact.MaskedMode); got != "a.jpg is not in the pack, nor anywhere" {
		t.Errorf("got %q", got)
	}
}
