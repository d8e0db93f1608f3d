package i18n

import (
	"encoding/json"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/traditionalchinese"

	"github.com/kyclint/kyclint/pkg/internal/han"
)

// twData is locales/zh-TW.json: Taiwan terms for simplified phrases, the
// traditional form chosen for characters simplification merged, and
// messages written out in full.
type twData struct {
	Terms    map[string]string `json:"terms"`
	Chars    map[string]string `json:"chars"`
	Messages map[string]string `json:"messages"`
}

func readTW() twData {
	b, err := locales.ReadFile("locales/zh-TW.json")
	if err != nil {
		panic("i18n: embedded zh-TW.json missing: " + err.Error())
	}
	var d twData
	if err := json.Unmarshal(b, &d); err != nil {
		panic("i18n: zh-TW.json: " + err.Error())
	}
	return d
}

// zhTW derives the Taiwan catalog from the mainland one: a message written
// out in zh-TW.json is taken as it is, any other is converted by toTW.
func zhTW() map[string]string {
	d := readTW()
	conv := newTWConverter(d)
	out := map[string]string{}
	for k, v := range zhCN() {
		out[k] = conv.convert(v)
	}
	for k, v := range d.Messages {
		out[k] = v
	}
	return out
}

type twConverter struct {
	terms []string // simplified phrases, longest first
	d     twData
}

func newTWConverter(d twData) *twConverter {
	c := &twConverter{d: d}
	for k := range d.Terms {
		c.terms = append(c.terms, k)
	}
	sort.Slice(c.terms, func(i, j int) bool {
		if len(c.terms[i]) != len(c.terms[j]) {
			return len(c.terms[i]) > len(c.terms[j])
		}
		return c.terms[i] < c.terms[j]
	})
	return c
}

// convert writes a simplified text the Taiwan way: at each position the
// longest Taiwan term that applies, else the character's traditional form
// (the one zh-TW.json chooses where simplification merged several).
func (c *twConverter) convert(s string) string {
	out, _ := c.convertNoting(s)
	return out
}

// convertNoting is convert that also lists the characters it met that
// simplification merged from several traditional ones and that zh-TW.json
// does not settle (each kept as it is).
func (c *twConverter) convertNoting(s string) (string, []string) {
	var unsettled []string
	var b strings.Builder
outer:
	for i := 0; i < len(s); {
		for _, t := range c.terms {
			if strings.HasPrefix(s[i:], t) {
				b.WriteString(c.d.Terms[t])
				i += len(t)
				continue outer
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if _, ok := c.d.Chars[string(r)]; !ok && len(candidates(r)) > 1 {
			unsettled = append(unsettled, string(r)+"→"+string(candidates(r)))
		}
		b.WriteString(c.char(r))
		i += size
	}
	return b.String(), unsettled
}

func (c *twConverter) char(r rune) string {
	if t, ok := c.d.Chars[string(r)]; ok {
		return t
	}
	if ts := candidates(r); len(ts) == 1 {
		return string(ts[0])
	}
	return string(r)
}

// candidates are the characters Taiwan may write for r: its traditional
// forms, and r itself when Big5 has it (只 stands in traditional text too,
// beside 隻).
func candidates(r rune) []rune {
	ts := han.Traditional(r)
	if len(ts) == 0 {
		return nil
	}
	if _, err := big5.String(string(r)); err == nil {
		ts = append([]rune{r}, ts...)
	}
	return ts
}

var big5 = traditionalchinese.Big5.NewEncoder()
