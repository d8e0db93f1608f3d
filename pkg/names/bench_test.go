package names

import "testing"

// benchPairs are what a batch run compares most: declared names against the
// printed or MRZ name of the same person, in the spellings documents use.
var benchPairs = [][2]string{
	{"Jan Piotr Nowak", "NOWAK<<JAN<PIOTR<<<<<<<<"},
	{"Anna Maria Lindqvist", "LINDQVIST ANNA MARIA"},
	{"Hans Müller", "MUELLER<<HANS"},
	{"Wei Zhang", "ZHANG WEI"},
	{"Maria de la Cruz", "Ms M DELACRUZ"},
	{"Anna Eriksson", "Anna Erikson"},
	{"Jan Nowak", "Adam Kowalski"},
	{"Nguyễn Văn An", "NGUYEN VAN AN"},
}

func BenchmarkCompareLatin(b *testing.B) {
	opt := Options{AllowMissingMiddleNames: true, DropTitles: true, Truncated: true}
	for i := 0; b.Loop(); i++ {
		p := benchPairs[i%len(benchPairs)]
		Compare(p[0], p[1], opt)
	}
}

var benchChinese = [][2]string{
	{"张伟", "ZHANG Wei"},
	{"張學友", "CHEUNG Hok Yau, Jacky"},
	{"欧阳修", "Xiu Ouyang"},
	{"张伟", "ZHANG Wen"},
	{"張偉", "张伟"},
	{"LYU WEI", "Lü Wei"},
}

func BenchmarkCompareChinese(b *testing.B) {
	opt := DefaultOptions()
	Compare(benchChinese[0][0], benchChinese[0][1], opt) // loads the character data once
	for i := 0; b.Loop(); i++ {
		p := benchChinese[i%len(benchChinese)]
		Compare(p[0], p[1], opt)
	}
}
