package names

import (
	"strings"
	"testing"
)

// chineseCases compare Chinese names across scripts and romanisations, as
// mainland, Hong Kong and Taiwan documents print them.
var chineseCases = []nameCase{
	// Hanzi against Hanyu Pinyin: surname first or last, syllables joined or split.
	{"张伟", "ZHANG Wei", def, Match, TierTransliterated, "Chinese characters"},
	{"ZHANG Wei", "张伟", def, Match, TierTransliterated, ""},
	{"Wei Zhang", "张伟", def, Match, TierReordered, "order"},
	{"张三丰", "ZHANG SANFENG", def, Match, TierTransliterated, ""},
	{"张三丰", "Zhang San Feng", def, Match, TierTransliterated, ""},
	{"张三丰", "San-Feng Zhang", def, Match, TierReordered, ""},
	{"张三丰", "ZHANG<<SANFENG<<<<<<<<<<<<", mrzSide, Match, TierTransliterated, ""},
	{"王秀英", "WANG, Xiuying", def, Match, TierTransliterated, ""},
	{"欧阳修", "OUYANG Xiu", def, Match, TierTransliterated, ""},
	{"欧阳修", "Xiu Ouyang", def, Match, TierReordered, ""},
	{"司马相如", "SIMA XIANGRU", def, Match, TierTransliterated, ""},
	// Heteronyms: every reading of a character counts.
	{"单雄信", "SHAN Xiongxin", def, Match, TierTransliterated, ""},
	{"单丽", "DAN Li", def, Match, TierTransliterated, ""},
	{"曾国藩", "ZENG Guofan", def, Match, TierTransliterated, ""},
	{"曾国藩", "CENG Guofan", def, Match, TierTransliterated, ""},
	{"解晓东", "XIE Xiaodong", def, Match, TierTransliterated, ""},
	{"区志强", "OU Zhiqiang", def, Match, TierTransliterated, ""},
	{"仇英", "QIU Ying", def, Match, TierTransliterated, ""},
	{"朴树", "PIAO Shu", def, Match, TierTransliterated, ""},
	// Ü as YU (GB/T 28039-2011, passports since 2021), V, U or UE.
	{"吕伟", "LYU WEI", def, Match, TierTransliterated, ""},
	{"吕伟", "LV Wei", def, Match, TierTransliterated, ""},
	{"吕伟", "LU WEI", def, Match, TierTransliterated, ""},
	{"吕伟", "Lü Wei", def, Match, TierTransliterated, ""},
	{"LYU WEI", "Lü Wei", def, Match, TierTransliterated, ""},
	{"LV WEI", "LYU WEI", def, Match, TierTransliterated, ""},
	{"Nü Ying", "NYU YING", def, Match, TierTransliterated, ""},
	{"Lüe Ming", "LYUE MING", def, Match, TierTransliterated, ""},
	// Traditional and simplified characters.
	{"張偉", "张伟", def, Match, TierTransliterated, "traditional and simplified"},
	{"陳小明", "陈小明", def, Match, TierTransliterated, ""},
	{"张 伟", "張偉", def, Match, TierTransliterated, ""},
	{"張偉", "ZHANG WEI", def, Match, TierTransliterated, ""},
	// Hong Kong: Cantonese romanisation, surname first, an English name.
	{"陳大文", "CHAN Tai Man", def, Match, TierTransliterated, ""},
	{"陳大文", "CHAN Tai Man, Peter", def, Match, TierMiddleNameMissing, "English name"},
	{"陳大文", "Peter CHAN Tai Man", def, Match, TierMiddleNameMissing, ""},
	{"陳大文", "CHAN Tai Man, Peter", strict, Differ, TierNone, "middle name"},
	{"張學友", "CHEUNG Hok Yau", def, Match, TierTransliterated, ""},
	{"梁朝偉", "LEUNG Chiu Wai", def, Match, TierTransliterated, ""},
	{"歐陽震華", "AU YEUNG Chun Wah", def, Match, TierTransliterated, ""},
	{"司徒錦源", "SZETO Kam Yuen", def, Match, TierTransliterated, ""},
	{"吳宇森", "NG Yu Sum", def, Match, TierTransliterated, ""},
	{"Peter Chan Tai Man", "CHAN Tai Man, Peter", def, Match, TierReordered, ""},
	{"Tai Man Peter Chan", "CHAN Tai Man, Peter", def, Match, TierExact, ""},
	// Taiwan: Wade-Giles and Tongyong.
	{"張小文", "CHANG HSIAO-WEN", def, Match, TierTransliterated, ""},
	{"許志明", "HSU Chih-Ming", def, Match, TierTransliterated, ""},
	{"謝淑芬", "HSIEH SHU-FEN", def, Match, TierTransliterated, ""},
	{"周杰倫", "CHOU CHIEH-LUN", def, Match, TierTransliterated, ""},
	{"張家豪", "JHANG JIA-HAO", def, Match, TierTransliterated, ""},
	{"ZHANG Wei", "CHANG Wei", def, Match, TierTransliterated, ""},
	{"XU Zhiming", "HSU Zhiming", def, Match, TierTransliterated, ""},
	// Honorifics on letters and bills, with titles dropped.
	{"张伟", "张伟先生", titled, Match, TierExact, ""},
	{"王芳", "王芳 女士", titled, Match, TierExact, ""},
	{"ZHANG Wei", "张伟先生", titled, Match, TierTransliterated, ""},
	{"山田太郎", "山田太郎様", titled, Match, TierExact, ""},
	{"张伟", "张伟先生", def, Differ, TierNone, ""},
	// Different people.
	{"张伟", "ZHANG Wen", def, Differ, TierNone, "given name differs"},
	{"张伟", "WANG Wei", def, Differ, TierNone, "surname differs"},
	{"张伟", "LI Ming", def, Differ, TierNone, "surname and given name differ"},
	{"张伟", "张玮", def, Differ, TierNone, "given name differs"},
	{"张伟", "章伟", def, Differ, TierNone, "surname differs"},
	{"陳大文", "CHAN Tai Ming", def, Differ, TierNone, "given name differs"},
	{"张三丰", "ZHANG SAN", def, Differ, TierNone, "given name differs"},
	{"ZHANG Wei", "WANG Wei", def, Differ, TierNone, "surname differs"},
	{"LI Wei", "LEE Wei", def, Differ, TierNone, "surname differs"},
	{"LI Wei", "LEE Wei", titled, Differ, TierNone, "surname differs"},
	{"CHEN Wei", "CHAN Wei", titled, Near, TierNear, "one letter differs in surname"},
	{"SMITH John", "John Smith", titled, Match, TierExact, ""},
	{"McDONALD Ian", "Ian McDonald", def, Match, TierReordered, ""},
	{"张伟", "ZHANGWEI", def, Near, TierNear, "one word"},
}

func TestCompareChinese(t *testing.T) {
	for _, c := range chineseCases {
		got := Compare(c.declared, c.document, c.opt)
		if got.Result != c.want || got.Tier != c.tier || !strings.Contains(got.Detail, c.detail) {
			t.Errorf("Compare(%q, %q, %+v) = %v/%v %q; want %v/%v containing %q",
				c.declared, c.document, c.opt, got.Result, got.Tier, got.Detail, c.want, c.tier, c.detail)
		}
	}
}

// TestJapaneseKanji checks that a Japanese name in kanji is not read as
// Chinese when the caller says the name is Japanese: the readings differ,
// so it is beyond comparison rather than a different name.
func TestJapaneseKanji(t *testing.T) {
	jp := Options{AllowMissingMiddleNames: true, Japanese: true}
	for _, tt := range []struct {
		a, b string
		opt  Options
		want Result
	}{
		{"YAMADA TARO", "山田太郎", jp, Incomparable},
		{"Taro Yamada", "山田 太郎", jp, Incomparable},
		{"YAMADA TARO", "YAMADA TARO", jp, Match},
		{"山田太郎", "山田太郎", jp, Match},
		{"YAMADA TARO", "山田太郎", DefaultOptions(), Differ}, // read as Chinese: SHAN TIAN TAI LANG
	} {
		if got := Compare(tt.a, tt.b, tt.opt); got.Result != tt.want {
			t.Errorf("Compare(%q, %q, Japanese=%v) = %v (%s), want %v", tt.a, tt.b, tt.opt.Japanese, got.Result, got.Detail, tt.want)
		}
	}
}
