package han

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
