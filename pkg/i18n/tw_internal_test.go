package i18n

import (
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/kyclint/kyclint/pkg/internal/han"
)

// TestTaiwanCharactersSettled: every character of the mainland catalog that
// Taiwan may write more than one way (只 or 隻, 面 or 麵) has its choice in
// zh-TW.json, so the derived catalog never guesses.
func TestTaiwanCharactersSettled(t *testing.T) {
	d := readTW()
	c := newTWConverter(d)
	seen := map[string]bool{}
	for k, v := range zhCN() {
		if _, ok := d.Messages[k]; ok {
			continue
		}
		_, unsettled := c.convertNoting(v)
		for _, u := range unsettled {
			seen[u] = true
		}
	}
	var list []string
	for u := range seen {
		list = append(list, u)
	}
	sort.Strings(list)
	if len(list) > 0 {
		t.Errorf("zh-TW.json chars does not settle %d characters: %s", len(list), strings.Join(list, " "))
	}
}

// TestTaiwanCatalogIsTraditional: the derived zh-TW catalog holds no
// simplified character: each Chinese character is one Big5 has, and none
// is a simplified form that zh-TW.json did not choose to keep (只, 才).
func TestTaiwanCatalogIsTraditional(t *testing.T) {
	d := readTW()
	kept := map[rune]bool{}
	for s, tw := range d.Chars {
		if s == tw {
			kept[[]rune(s)[0]] = true
		}
	}
	for _, tw := range d.Terms {
		for _, r := range tw {
			kept[r] = true
		}
	}
	bad := map[rune]bool{}
	for _, v := range zhTW() {
		for _, r := range v {
			if !unicode.Is(unicode.Han, r) {
				continue
			}
			if _, err := big5.String(string(r)); err != nil || (len(han.Traditional(r)) > 0 && !kept[r]) {
				bad[r] = true
			}
		}
	}
	if len(bad) > 0 {
		var list []string
		for r := range bad {
			list = append(list, string(r))
		}
		sort.Strings(list)
		t.Errorf("zh-TW catalog holds %d simplified characters: %s", len(list), strings.Join(list, " "))
	}
}
