package names

import (
	"strings"
	"testing"
)

type nameCase struct {
	declared, document string
	opt                Options
	want               Result
	tier               Tier
	detail             string // a substring the detail must contain, when set
}

var (
	def      = Options{AllowMissingMiddleNames: true}
	strict   = Options{}
	titled   = Options{AllowMissingMiddleNames: true, DropTitles: true}
	mrzSide  = Options{AllowMissingMiddleNames: true, Truncated: true}
	noMiddle = Options{DropTitles: true}
)

var nameCases = []nameCase{
	// Exact after normalisation: case, spacing, punctuation.
	{"Jan Piotr Nowak", "Jan Piotr Nowak", def, Match, TierExact, "identical"},
	{"Jan Piotr Nowak", "JAN PIOTR NOWAK", def, Match, TierExact, ""},
	{"jan  piotr   nowak", "JAN PIOTR NOWAK", def, Match, TierExact, ""},
	{"O'Neil", "ONEIL", def, Match, TierExact, ""},
	{"Siobhan O’Neil", "SIOBHAN ONEIL", def, Match, TierExact, ""},
	{"Anna Smith-Jones", "ANNA SMITH JONES", def, Match, TierExact, ""},
	{"Anna Smith–Jones", "Anna Smith - Jones", def, Match, TierExact, ""},
	{"Müller", "MÜLLER", def, Match, TierExact, ""},
	{"Ｊａｎ Ｎｏｗａｋ", "Jan Nowak", def, Match, TierExact, ""},
	{"Jan Nowak", "NOWAK, JAN", def, Match, TierExact, ""},
	{"Jan Piotr Nowak", "NOWAK<<JAN<PIOTR<<<<<<<<", def, Match, TierExact, ""},
	{"Maria de la Cruz", "MARIA DE LA CRUZ", def, Match, TierExact, ""},
	{"Pieter van der Berg", "Pieter Van Der Berg", def, Match, TierExact, ""},
	{"Nguyễn Văn An", "NGUYỄN VĂN AN", def, Match, TierExact, ""},

	// Diacritics and ICAO 9303 transliteration.
	{"Hans Müller", "HANS MUELLER", def, Match, TierTransliterated, "transliteration"},
	{"Hans Müller", "HANS MULLER", def, Match, TierTransliterated, ""},
	{"Hans Mueller", "Hans Müller", def, Match, TierTransliterated, ""},
	{"Nguyễn Văn An", "NGUYEN VAN AN", def, Match, TierTransliterated, ""},
	{"Jürgen Groß", "JUERGEN GROSS", def, Match, TierTransliterated, ""},
	{"Jürgen Groß", "Jürgen Gross", def, Match, TierExact, ""},
	{"Søren Kierkegaard", "SOEREN KIERKEGAARD", def, Match, TierTransliterated, ""},
	{"Søren Kierkegaard", "SOREN KIERKEGAARD", def, Match, TierTransliterated, ""},
	{"Åsa Öberg", "AASA OEBERG", def, Match, TierTransliterated, ""},
	{"Åsa Öberg", "ASA OBERG", def, Match, TierTransliterated, ""},
	{"Ægir Þórsson", "AEGIR THORSSON", def, Match, TierTransliterated, ""},
	{"José Peña", "JOSE PENA", def, Match, TierTransliterated, ""},
	{"Zoë Łukasiewicz", "ZOE LUKASIEWICZ", def, Match, TierTransliterated, ""},
	{"Đặng Thị Hà", "DANG THI HA", def, Match, TierTransliterated, ""},
	{"Çağla Yıldız", "CAGLA YILDIZ", def, Match, TierTransliterated, ""},
	{"Françoise Dupré", "Francoise Dupre", def, Match, TierTransliterated, ""},
	{"Matti Hämäläinen", "MATTI HAEMAELAEINEN", def, Match, TierTransliterated, ""},
	{"Björk Guðmundsdóttir", "BJOERK GUDMUNDSDOTTIR", def, Match, TierTransliterated, ""},

	// Order.
	{"Wei Zhang", "ZHANG WEI", def, Match, TierReordered, "order"},
	{"Jan Piotr Nowak", "NOWAK JAN PIOTR", def, Match, TierReordered, ""},
	{"Anna Maria Eriksson", "Maria Anna Eriksson", def, Match, TierReordered, ""},
	{"Zhang Wei", "ZHANG WEI", def, Match, TierExact, ""},
	{"Hans Müller", "MUELLER HANS", def, Match, TierReordered, ""},

	// Initials.
	{"Anna Maria Eriksson", "A. M. Eriksson", def, Match, TierInitials, "initials"},
	{"A. M. Eriksson", "Anna Maria Eriksson", def, Match, TierInitials, ""},
	{"Jan Piotr Nowak", "J P Nowak", def, Match, TierInitials, ""},
	{"Anna Eriksson", "A Eriksson", def, Match, TierInitials, ""},
	{"Anna Eriksson", "B Eriksson", def, Differ, TierNone, "given name differs"},
	{"Jan Piotr Nowak", "J Nowak", def, Match, TierMiddleNameMissing, ""},
	{"Anna Eriksson", "Anna E.", def, Differ, TierNone, "surname differs"},
	{"Anna Eriksson", "E<<ANNA", def, Differ, TierNone, "surname differs"},

	// Middle names.
	{"Jan Nowak", "Jan Piotr Nowak", def, Match, TierMiddleNameMissing, "middle name"},
	{"Jan Piotr Nowak", "JAN NOWAK", def, Match, TierMiddleNameMissing, ""},
	{"Jan Piotr Nowak", "NOWAK<<JAN", def, Match, TierMiddleNameMissing, ""},
	{"Jan Nowak", "Jan Piotr Nowak", strict, Differ, TierNone, "middle name missing"},
	{"Anna Maria Louise Eriksson", "Anna Eriksson", def, Match, TierMiddleNameMissing, ""},
	{"Jan Nowak", "NOWAK JAN PIOTR", def, Match, TierMiddleNameMissing, ""},
	{"Piotr Nowak", "NOWAK<<JAN<PIOTR", def, Near, TierNear, "first given name"},

	// Titles.
	{"Jan Nowak", "Mr J Nowak", titled, Match, TierInitials, ""},
	{"Jan Nowak", "Mr. Jan Nowak", titled, Match, TierExact, ""},
	{"Jan Nowak", "Mr Jan Nowak", def, Near, TierNear, "title"},
	{"Anna Eriksson", "Mrs Anna Eriksson", titled, Match, TierExact, ""},
	{"Anna Eriksson", "Dr. Anna Eriksson", titled, Match, TierExact, ""},
	{"Anna Eriksson", "Prof Dr Anna Eriksson", titled, Match, TierExact, ""},
	{"Sam Taylor", "Mx Sam Taylor", titled, Match, TierExact, ""},
	{"John Smith", "Sir John Smith", titled, Match, TierExact, ""},
	{"Jane Doe", "Miss J. Doe", titled, Match, TierInitials, ""},
	{"Jane Doe", "Ms Jane Doe Esq", titled, Match, TierExact, ""},
	{"Jan Piotr Nowak", "Mr Jan Nowak", noMiddle, Differ, TierNone, "middle name"},

	// Compound and hyphenated surnames.
	{"Maria de la Cruz", "MARIA DELACRUZ", def, Match, TierTransliterated, ""},
	{"Pieter van der Berg", "PIETER VANDERBERG", def, Match, TierTransliterated, ""},
	{"Anna Smith-Jones", "ANNA SMITHJONES", def, Match, TierTransliterated, ""},
	{"Maria de la Cruz", "Maria Cruz", def, Near, TierNear, "particles"},
	{"Pieter van der Berg", "Pieter van den Berg", def, Near, TierNear, "particles"},
	{"Maria Garcia", "GARCIA<LOPEZ<<MARIA", def, Near, TierNear, "compound surname"},
	{"Anna Smith-Jones", "ANNA SMITH", def, Differ, TierNone, "surname"},
	{"Maria de la Cruz", "CRUZ, MARIA DE LA", def, Match, TierExact, ""},
	{"Maria de la Cruz", "DE LA CRUZ<<MARIA", def, Match, TierExact, ""},
	{"Ahmed bin Salman", "AHMED BIN SALMAN", def, Match, TierExact, ""},

	// Typos.
	{"Anna Eriksson", "Anna Eriksen", def, Differ, TierNone, "surname differs"},
	{"Anna Eriksson", "Anna Erikson", def, Near, TierNear, "doubled letter differs in surname"},
	{"Anna Eriksson", "Anna Eirksson", def, Near, TierNear, "two letters swapped in surname"},
	{"Anna Eriksson", "Anna Eriksspn", def, Near, TierNear, "one letter differs in surname"},
	{"Katarzyna Nowak", "Katarzina Nowak", def, Near, TierNear, "one letter differs in given name"},
	{"Christopher Smith", "Christoper Smith", def, Near, TierNear, "one letter missing in given name"},
	{"Hans Mueller", "HANS MULLER", def, Near, TierNear, "umlaut"},
	{"Anna Eriksson", "Anan Erikssno", def, Differ, TierNone, "surname and given name differ"},
	{"Jan Nowak", "Jon Nowak", def, Differ, TierNone, "given name differs"},
	{"Wei Li", "Wei Lu", def, Differ, TierNone, "surname differs"},
	{"Anna Maria Eriksson", "Anna Marai Eriksson", def, Near, TierNear, "middle name"},

	// Different people.
	{"Jan Nowak", "Adam Kowalski", def, Differ, TierNone, "surname and given name differ"},
	{"Anna Eriksson", "Anna Svensson", def, Differ, TierNone, "surname differs"},
	{"Anna Eriksson", "Maria Eriksson", def, Differ, TierNone, "given name differs"},
	{"Jan Nowak", "Nowak", def, Differ, TierNone, "given name missing"},
	{"Jan Nowak", "", def, Differ, TierNone, "empty"},
	{"", "", def, Differ, TierNone, "empty"},
	{"Anna Maria Eriksson", "Lena Sofia Eriksson", def, Differ, TierNone, "given names differ"},
	{"John Smith Jr", "John Smith Sr", titled, Differ, TierNone, ""},

	// Other non-Latin scripts compare exactly, never transliterated; names in
	// two scripts kyclint cannot compare say so.
	{"张伟", "张伟", def, Match, TierExact, ""},
	{"张 伟", "伟 张", def, Match, TierReordered, ""},
	{"Иван Петров", "ИВАН ПЕТРОВ", def, Match, TierExact, ""},
	{"Иван Петров", "IVAN PETROV", def, Incomparable, TierNone, "different scripts (Cyrillic and Latin)"},
	{"Иван Петров", "张伟", def, Incomparable, TierNone, "different scripts (Cyrillic and Chinese characters)"},
	{"山田 たろう", "YAMADA TARO", def, Incomparable, TierNone, "Japanese and Latin"},
	{"김민준", "KIM MINJUN", def, Incomparable, TierNone, "Hangul"},
	{"Иван Петров", "Иван Петрова", def, Differ, TierNone, "surname differs"},
	{"محمد علي", "محمد علي", def, Match, TierExact, ""},
	{"Ιωάννης Παπαδόπουλος", "ΙΩΑΝΝΗΣ ΠΑΠΑΔΟΠΟΥΛΟΣ", def, Match, TierTransliterated, ""},
	{"Ιωάννης Παπαδόπουλος", "ΙΩΑΝΝΗΣ ΠΑΠΑΔΟΠΟΥΛΟΥ", def, Differ, TierNone, "surname differs"},
	{"Йордан Петров", "ИОРДАН ПЕТРОВ", def, Differ, TierNone, "given name differs"},

	// MRZ names cut to fit their field.
	{"Maximiliana Alexandrina Wolfeschlegelstein", "WOLFESCHLEGELSTEIN<<MAXIMILIAN", mrzSide, Match, TierTruncated, "cut short"},
	{"Maximiliana Alexandrina Wolfeschlegelstein", "WOLFESCHLEGELSTEIN<<MAXIMILIAN", def, Near, TierNear, ""},
	{"Anna Eriksson", "ERIKSSON<<AN", mrzSide, Differ, TierNone, ""},
	{"Anna Maria Eriksson", "ERIKSSON<<ANNA<MARIA", mrzSide, Match, TierExact, ""},
	{"Bartholomew Christopher Featherstonehaugh", "FEATHERSTONEHAUGH<<BARTHOLOMEW<CHR", mrzSide, Match, TierTruncated, ""},
	{"Bartholomew Christopher Featherstonehaugh", "FEATHERSTONEHAUGH<<BARTHOLOMEW<CHX", mrzSide, Differ, TierNone, ""},
	{"Jürgen Müller-Lüdenscheidt Schwarzenegger", "MUELLER<LUEDENSCHEIDT<SCHWARZENEGG", mrzSide, Differ, TierNone, ""},
}

func TestCompare(t *testing.T) {
	if len(nameCases) < 80 {
		t.Fatalf("only %d name cases; the table should hold at least 80", len(nameCases))
	}
	for _, c := range nameCases {
		got := Compare(c.declared, c.document, c.opt)
		if got.Result != c.want || got.Tier != c.tier || !strings.Contains(got.Detail, c.detail) {
			t.Errorf("Compare(%q, %q, %+v) = %v/%v %q; want %v/%v containing %q",
				c.declared, c.document, c.opt, got.Result, got.Tier, got.Detail, c.want, c.tier, c.detail)
		}
	}
}
