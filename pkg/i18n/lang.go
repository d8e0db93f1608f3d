// Package i18n translates what kyclint shows a person (the human report,
// `kyclint explain`, the help of `kyclint lint`) into Simplified Chinese
// (zh-CN) and Traditional Chinese as written in Taiwan (zh-TW). Machine
// formats never pass through it: they keep English messages.
//
// Catalogs are keyed by the English text: a message's printf format, a hint,
// a rule's title. A translation may reorder arguments with explicit indexes
// (%[2]s) but formats each as the English does (see SameVerbs). Chinese has
// a single plural category under CLDR, so a catalog holds one form per
// message. The zh-TW catalog is derived from zh-CN: Taiwan terms first
// (身分證, 有效期限, 住址證明), then each simplified character in its
// traditional form, with entries written out where a phrase differs more.
package i18n

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"
)

// A Lang is a language kyclint's human output is written in.
type Lang string

// The supported languages.
const (
	English            Lang = "en"
	SimplifiedChinese  Lang = "zh-CN"
	TraditionalChinese Lang = "zh-TW"
)

// Supported lists the values --lang accepts.
func Supported() []Lang { return []Lang{English, SimplifiedChinese, TraditionalChinese} }

// Parse reads a --lang value: en, zh-CN or zh-TW (any case, - or _).
func Parse(s string) (Lang, error) {
	norm := strings.ReplaceAll(strings.TrimSpace(s), "_", "-")
	for _, l := range Supported() {
		if strings.EqualFold(norm, string(l)) {
			return l, nil
		}
	}
	names := make([]string, 0, 3)
	for _, l := range Supported() {
		names = append(names, string(l))
	}
	return "", fmt.Errorf("unknown language %q (supported: %s)", s, strings.Join(names, ", "))
}

// FromEnv picks the language from the locale, as POSIX programs do: the
// first of LC_ALL, LC_MESSAGES and LANG that is set decides. A Chinese
// locale in traditional script (zh_TW, zh_HK, zh_MO, zh_Hant) gives zh-TW,
// any other Chinese locale zh-CN, anything else English.
func FromEnv(getenv func(string) string) Lang {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			return FromLocale(v)
		}
	}
	return English
}

// FromLocale maps a POSIX locale name (zh_CN.UTF-8, zh_TW.Big5@stroke) or a
// BCP 47 tag to a language.
func FromLocale(locale string) Lang {
	s, _, _ := strings.Cut(locale, ".")
	s, _, _ = strings.Cut(s, "@")
	tag, err := language.Parse(strings.ReplaceAll(s, "_", "-"))
	if err != nil {
		return English
	}
	if base, _ := tag.Base(); base.String() != "zh" {
		return English
	}
	// The script CLDR's likely subtags give: Hant for TW, HK and MO.
	if script, _ := tag.Script(); script.String() == "Hant" {
		return TraditionalChinese
	}
	return SimplifiedChinese
}
