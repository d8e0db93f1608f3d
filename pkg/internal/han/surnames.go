package han

import (
	"sort"
	"strings"
	"sync"
)

// compoundSurnames are the two-character surnames in use today, in simplified
// form (欧阳, 司徒, 诸葛…); a name that starts with one keeps both characters
// as its surname.
var compoundSurnames = map[string]bool{}

func init() {
	for _, s := range []string{"欧阳", "司马", "上官", "诸葛", "司徒", "东方", "皇甫", "尉迟", "公孙", "慕容",
		"长孙", "夏侯", "令狐", "宇文", "独孤", "南宫", "西门", "端木", "申屠", "万俟", "闻人", "轩辕",
		"澹台", "呼延", "赫连", "第五", "公羊", "拓跋", "钟离", "濮阳", "太史", "仲孙", "左丘", "东郭"} {
		compoundSurnames[s] = true
	}
}

// SurnameLen returns how many characters of a Chinese name written without
// spaces are the surname: two for a compound surname, else one.
func SurnameLen(chars []rune) int {
	if len(chars) > 2 && compoundSurnames[SimplifiedString(string(chars[:2]))] {
		return 2
	}
	return min(1, len(chars))
}

// hongKongSurnames are surname spellings on Hong Kong documents that come
// from a reading Unihan's kCantonese does not list (區 as a surname is au1,
// 單 is sin6).
var hongKongSurnames = map[rune][]string{
	'区': {"AU"}, '區': {"AU"}, '单': {"SIN"}, '單': {"SIN"},
}

// commonSurnames are about a hundred of the most common surnames of mainland
// China, and common ones of Taiwan not among them, in simplified form.
const commonSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤" +
	"洪赖庄简詹施颜柯翁游蓝连涂巫欧康"

// surnameSpellings maps each Mandarin spelling of a common surname to the
// surnames spelled so. It is read from data/surnames.txt, which
// TestSurnameTable writes from commonSurnames and Spellings, so that
// comparing Latin names never loads the whole character data.
var surnameSpellings = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, line := range lines("data/surnames.txt") {
		if spelling, chars, ok := strings.Cut(line, "\t"); ok {
			m[spelling] = chars
		}
	}
	return m
})

// surnameTable renders data/surnames.txt.
func surnameTable() string {
	m := map[string]string{}
	for _, r := range commonSurnames {
		Spellings(r, true, func(s string) bool {
			if !strings.ContainsRune(m[s], r) {
				m[s] += string(r)
			}
			return true
		})
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		b.WriteString(k + "\t" + m[k] + "\n")
	}
	return b.String()
}

// SameSurname reports whether two Latin spellings, in capitals, can be one
// common Chinese surname in two Mandarin romanisations: ZHANG and CHANG (张
// in Wade-Giles), XU and HSU (许, 徐), LYU and LU (吕 before 2021).
func SameSurname(a, b string) bool {
	m := surnameSpellings()
	x, y := m[a], m[b]
	return x != "" && y != "" && strings.ContainsAny(x, y)
}
