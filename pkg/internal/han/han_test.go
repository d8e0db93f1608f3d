package han

import (
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite data/surnames.txt")

// Surname spellings as passports and identity cards of mainland China, Taiwan
// and Hong Kong print them.
var wantSpellings = []struct {
	char      rune
	spellings []string
}{
	{'张', []string{"ZHANG", "CHANG", "JHANG", "CHEUNG"}},
	{'張', []string{"ZHANG", "CHANG", "JHANG", "CHEUNG"}},
	{'许', []string{"XU", "HSU", "SYU", "HUI"}},
	{'陳', []string{"CHEN", "CHAN"}},
	{'吕', []string{"LYU", "LV", "LU", "LUE", "LUI"}},
	{'女', []string{"NYU", "NV", "NU"}},
	{'单', []string{"SHAN", "DAN"}},
	{'曾', []string{"ZENG", "CENG", "TSENG", "TSANG"}},
	{'李', []string{"LI", "LEE"}},
	{'黃', []string{"HUANG", "WONG"}},
	{'吳', []string{"WU", "NG"}},
	{'郭', []string{"GUO", "KUO", "KWOK"}},
	{'林', []string{"LIN", "LAM"}},
	{'周', []string{"ZHOU", "CHOU", "JHOU", "CHAU"}},
	{'謝', []string{"XIE", "HSIEH", "SIE", "TSE"}},
	{'蔡', []string{"CAI", "TSAI", "CHOI", "TSOI"}},
	{'徐', []string{"XU", "HSU", "SYU", "CHUI", "TSUI"}},
	{'楊', []string{"YANG", "YEUNG"}},
	{'劉', []string{"LIU", "LAU", "LIOU"}},
	{'葉', []string{"YE", "YEH", "YIP"}},
	{'趙', []string{"ZHAO", "CHAO", "JHAO", "CHIU"}},
	{'鄭', []string{"ZHENG", "CHENG", "JHENG"}},
	{'梁', []string{"LIANG", "LEUNG"}},
	{'施', []string{"SHI", "SHIH", "SZE"}},
	{'邱', []string{"QIU", "CHIU", "CIOU", "YAU"}},
	{'江', []string{"JIANG", "CHIANG", "KONG"}},
	{'翁', []string{"WENG", "WONG", "YUNG"}},
	{'馮', []string{"FENG", "FONG", "FUNG"}},
	{'鍾', []string{"ZHONG", "CHUNG", "JHONG"}},
	{'余', []string{"YU", "YUE"}},
	{'区', []string{"OU", "QU", "AU"}},
}

func TestSpellings(t *testing.T) {
	for _, c := range wantSpellings {
		for _, want := range c.spellings {
			if !spells(c.char, want, false) {
				t.Errorf("%c: %s is not among its spellings", c.char, want)
			}
		}
	}
}

// hongKong and taiwan list how identity cards and passports spell common
// surnames and given-name characters: Hong Kong in its government Cantonese
// romanisation, Taiwan in Wade-Giles (the usual passport spelling) and
// Tongyong Pinyin.
var (
	hongKong = "陳 CHAN,李 LEE,張 CHEUNG,黃 WONG,王 WONG,梁 LEUNG,何 HO,吳 NG,劉 LAU,林 LAM,蔡 CHOI,鄭 CHENG,楊 YEUNG,郭 KWOK," +
		"曾 TSANG,周 CHOW,周 CHAU,謝 TSE,鄧 TANG,朱 CHU,馮 FUNG,羅 LAW,羅 LO,葉 YIP,潘 POON,蕭 SIU,余 YU,盧 LO," +
		"許 HUI,麥 MAK,鍾 CHUNG,譚 TAM,胡 WU,胡 WOO,袁 YUEN,杜 TO,馬 MA,莫 MOK,鄺 KWONG,黎 LAI,關 KWAN,蘇 SO," +
		"陸 LUK,姚 YIU,彭 PANG,廖 LIU,方 FONG,趙 CHIU,江 KONG,區 AU,歐 AU,司 SZE,徒 TO,鄒 CHAU,石 SHEK,孔 HUNG," +
		"洪 HUNG,雷 LUI,岑 SHUM,文 MAN,侯 HAU,孫 SUEN,龍 LUNG,尹 WAN,傅 FU,丁 TING,湯 TONG,程 CHING,沈 SHUM,韋 WAI," +
		"溫 WAN,熊 HUNG,甘 KAM,簡 KAN,呂 LUI,徐 TSUI,崔 TSUI,高 KO,梅 MUI,翁 YUNG,卓 CHEUK,戴 TAI,容 YUNG,邱 YAU," +
		"伍 NG,萬 MAN,姜 KEUNG,凌 LING,鄔 WU,駱 LOK,柯 OR,嚴 YIM,顏 NGAN,童 TUNG,聶 NIP,鮑 PAU,古 KU,冼 SIN," +
		"單 SIN,賴 LAI,范 FAN,紀 KEI,倪 NGAI,魏 NGAI,陶 TO,游 YAU,曹 TSO,任 YAM,龐 PONG,鄺 KWONG,金 KAM,劉 LAU," +
		"大 TAI,文 MAN,偉 WAI,明 MING,志 CHI,家 KA,嘉 KA,俊 CHUN,詠 WING,欣 YAN,思 SZE,子 TSZ,慧 WAI,美 MEI," +
		"玲 LING,芷 TSZ,穎 WING,敏 MAN,麗 LAI,淑 SHUK,儀 YEE,寶 PO,珠 CHU,國 KWOK,強 KEUNG,華 WAH,榮 WING,輝 FAI," +
		"雄 HUNG,德 TAK,興 HING,昌 CHEONG,祥 CHEUNG,耀 YIU,鴻 HUNG,浩 HO,天 TIN,月 YUET,秀 SAU,碧 PIK,雯 MAN,晴 CHING," +
		"琪 KEI,婷 TING,區 AU,單 SIN,昌 CHEONG"
	taiwan = "陳 CHEN,林 LIN,黃 HUANG,張 CHANG,李 LI,王 WANG,吳 WU,劉 LIU,蔡 TSAI,楊 YANG,許 HSU,鄭 CHENG,謝 HSIEH,洪 HUNG," +
		"郭 KUO,邱 CHIU,曾 TSENG,廖 LIAO,賴 LAI,徐 HSU,周 CHOU,葉 YEH,蘇 SU,莊 CHUANG,呂 LU,江 CHIANG,何 HO,蕭 HSIAO," +
		"羅 LO,高 KAO,潘 PAN,簡 CHIEN,朱 CHU,鍾 CHUNG,游 YU,彭 PENG,詹 CHAN,胡 HU,施 SHIH,沈 SHEN,余 YU,盧 LU," +
		"梁 LIANG,趙 CHAO,顏 YEN,柯 KO,翁 WENG,魏 WEI,孫 SUN,戴 TAI,范 FAN,方 FANG,宋 SUNG,鄧 TENG,杜 TU,傅 FU," +
		"侯 HOU,曹 TSAO,薛 HSUEH,丁 TING,卓 CHO,馬 MA,董 TUNG,溫 WEN,唐 TANG,藍 LAN,石 SHIH,蔣 CHIANG,古 KU,紀 CHI," +
		"姚 YAO,連 LIEN,馮 FENG,歐 OU,程 CHENG,湯 TANG,田 TIEN,康 KANG,姜 CHIANG,白 PAI,汪 WANG,鄒 TSOU,尤 YU,巫 WU," +
		"黎 LI,涂 TU,龔 KUNG,嚴 YEN,韓 HAN,袁 YUAN,金 CHIN,童 TUNG,陸 LU,夏 HSIA,柳 LIU,邵 SHAO,錢 CHIEN,阮 JUAN," +
		"熊 HSIUNG,雷 LEI,郝 HAO,段 TUAN,俞 YU,岳 YUEH,秦 CHIN,史 SHIH,毛 MAO,萬 WAN,顧 KU,賀 HO,龍 LUNG,孔 KUNG," +
		"崔 TSUI,譚 TAN,陶 TAO,喬 CHIAO,盛 SHENG,左 TSO,若 JO,國 KUO,說 SHUO,作 TSO,日 JIH,二 ERH,志 CHIH,子 TZU," +
		"四 SSU,思 SSU,學 HSUEH,雪 HSUEH,軍 CHUN,群 CHUN,訓 HSUN,娟 CHUAN,宣 HSUAN,月 YUEH,永 YUNG,雄 HSIUNG,英 YING,怡 I," +
		"宜 YI,瑋 WEI,偉 WEI,明 MING,文 WEN,家 CHIA,嘉 CHIA,俊 CHUN,佳 CHIA,慧 HUI,惠 HUI,貴 KUEI,桂 KUEI,瑞 JUI," +
		"芬 FEN,鳳 FENG,珍 CHEN,秀 HSIU,如 JU,榮 JUNG,仁 JEN,忠 CHUNG,宗 TSUNG,聰 TSUNG,張 JHANG,許 SYU,謝 SIE,邱 CIOU," +
		"徐 SYU,周 JHOU,莊 JHUANG,蕭 SIAO,鍾 JHONG,詹 JHAN,趙 JHAO,薛 SYUE,卓 JHUO,鄭 JHENG,朱 JHU,江 JIANG,秦 CIN,錢 CIAN," +
		"熊 SYONG,夏 SIA,喬 CIAO,劉 LIOU,洪 HONG,馮 FONG,宋 SONG,龔 GONG,孔 KONG,翁 WONG,溫 WUN,志 JHIH,子 ZIH,思 SIH," +
		"日 RIH,學 SYUE,軍 JYUN,宣 SYUAN"
)

func TestRegionalSpellings(t *testing.T) {
	for _, c := range []struct {
		list         string
		mandarinOnly bool
	}{{hongKong, false}, {taiwan, true}} {
		for _, e := range strings.Split(c.list, ",") {
			f := strings.Fields(e)
			if r := []rune(f[0])[0]; !spells(r, f[1], c.mandarinOnly) {
				t.Errorf("%c: %s is not among its spellings", r, f[1])
			}
		}
	}
}

func TestSpellingsStayApart(t *testing.T) {
	for _, c := range []struct {
		char rune
		not  string
	}{{'张', "WANG"}, {'伟', "WEN"}, {'陈', "CHENG"}, {'李', "LU"}, {'王', "HUANG"}} {
		if spells(c.char, c.not, false) {
			t.Errorf("%c is spelled %s", c.char, c.not)
		}
	}
	if spells('陳', "CHAN", true) {
		t.Errorf("陳: the Cantonese CHAN is offered as a Mandarin spelling")
	}
}

func TestSimplified(t *testing.T) {
	for trad, simp := range map[rune]rune{'張': '张', '偉': '伟', '陳': '陈', '乾': '乾', '张': '张', 'A': 'A'} {
		if got := Simplified(trad); got != simp {
			t.Errorf("Simplified(%c) = %c, want %c", trad, got, simp)
		}
	}
}

func spells(r rune, want string, mandarinOnly bool) bool {
	found := false
	Spellings(r, mandarinOnly, func(s string) bool {
		found = s == want
		return !found
	})
	return found
}

func TestSameSurname(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"ZHANG", "CHANG", true}, {"XU", "HSU", true}, {"LYU", "LU", true}, {"LYU", "LV", true},
		{"ZHENG", "CHENG", true}, {"XIE", "HSIEH", true}, {"ZHANG", "JHANG", true},
		{"ZHANG", "WANG", false}, {"LI", "LEE", false}, {"CHEN", "CHAN", false}, {"SMITH", "SMITH", false},
	} {
		if got := SameSurname(c.a, c.b); got != c.same {
			t.Errorf("SameSurname(%s, %s) = %v, want %v", c.a, c.b, got, c.same)
		}
	}
}

func TestSurnameTable(t *testing.T) {
	want := surnameTable()
	if *update {
		if err := os.WriteFile("data/surnames.txt", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := files.ReadFile("data/surnames.txt")
	if err != nil || string(got) != want {
		t.Fatalf("data/surnames.txt is stale; run: go test ./pkg/internal/han -run TestSurnameTable -update")
	}
}
