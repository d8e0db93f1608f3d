package statement

import (
	"testing"

	"github.com/kyclint/kyclint/pkg/names"
)

func TestStripTitles(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Herrn Lukas Becker", "Lukas Becker"},
		{"An Herrn Lukas Becker", "Lukas Becker"},
		{"Monsieur Jean Dupont", "Jean Dupont"},
		{"MADAME CLAIRE MARTIN", "CLAIRE MARTIN"},
		{"Mademoiselle Léa Roux", "Léa Roux"},
		{"M. Jean Dupont", "Jean Dupont"},
		{"M Jean Dupont", "M Jean Dupont"}, // an initial, not a title
		{"Mr John Smith", "Mr John Smith"}, // names.Compare drops it itself
		{"张伟先生", "张伟"},
		{"张伟 先生", "张伟"},
		{"李娜女士", "李娜"},
		{"尊敬的张伟先生", "张伟"},
		{"先生", "先生"},
		{"Monsieur", "Monsieur"},
		{"Mr and Mrs J Smith", "J Smith"},
		{"MR & MRS JOHN SMITH", "JOHN SMITH"},
		{"Herrn und Frau Lukas Becker", "Lukas Becker"},
		{"M. et Mme Jean Dupont", "Jean Dupont"},
		{"Mr Anderson", "Mr Anderson"},
	}
	for _, tt := range tests {
		if got := stripTitles(tt.in); got != tt.want {
			t.Errorf("stripTitles(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFindName checks the name a statement is addressed to against the
// declared name, in the forms statements print it.
func TestFindName(t *testing.T) {
	tests := []struct {
		declared string
		text     string
		want     string
		result   names.Result
	}{
		{"John Andrew Smith", "MR JOHN A SMITH\n12 High Street\nLondon\nSW1A 1AA", "MR JOHN A SMITH", names.Match},
		{"John Smith", "Mr John Smith\n12 High Street\nLondon SW1A 1AA", "Mr John Smith", names.Match},
		{"John Smith", "SMITH, JOHN\n12 High Street\nLondon SW1A 1AA", "SMITH, JOHN", names.Match},
		{"Jane Doe", "Mrs J Doe\n12 High Street\nLondon SW1A 1AA", "Mrs J Doe", names.Match},
		{"Jane Doe", "Ms Jane Doe\n12 High Street\nLondon SW1A 1AA", "Ms Jane Doe", names.Match},
		{"Jane Doe", "Miss Jane Doe\n12 High Street\nLondon SW1A 1AA", "Miss Jane Doe", names.Match},
		{"Jane Doe", "Dr Jane Doe\n12 High Street\nLondon SW1A 1AA", "Dr Jane Doe", names.Match},
		{"Lukas Becker", "Herrn\nLukas Becker\nLindenstraße 42\n10115 Berlin", "Lukas Becker", names.Match},
		{"Lukas Becker", "Herrn Lukas Becker\nLindenstraße 42\n10115 Berlin", "Lukas Becker", names.Match},
		{"Anna Schmidt", "Frau Anna Schmidt\nLindenstraße 42\n10115 Berlin", "Frau Anna Schmidt", names.Match},
		{"Jean Dupont", "M. Jean Dupont\n8 rue des Lilas\n75011 Paris", "Jean Dupont", names.Match},
		{"Jean Dupont", "Monsieur Jean Dupont\n8 rue des Lilas\n75011 Paris", "Jean Dupont", names.Match},
		{"Claire Martin", "Mme Claire Martin\n8 rue des Lilas\n75011 Paris", "Mme Claire Martin", names.Match},
		{"Claire Martin", "Madame Claire Martin\n8 rue des Lilas\n75011 Paris", "Claire Martin", names.Match},
		{"张伟", "张伟先生\n上海市浦东新区世纪大道100号", "张伟", names.Match},
		{"张伟", "张伟 ZHANG WEI\n上海市浦东新区世纪大道100号", "张伟", names.Match},
		{"Zhang Wei", "张伟 ZHANG WEI\n上海市浦东新区世纪大道100号", "ZHANG WEI", names.Match},
		{"Wei Zhang", "ZHANG WEI 张伟\n上海市浦东新区世纪大道100号", "ZHANG WEI", names.Match},
		{"李娜", "李娜女士\n北京市朝阳区建国路88号", "李娜", names.Match},
		// A label before the name, a column beside it.
		{"John Smith", "Account holder: Mr John Smith\nSort code 12-34-56", "Mr John Smith", names.Match},
		{"John Smith", "Mr John Smith                 Statement date: 15/10/2026\n12 High Street\nLondon SW1A 1AA", "Mr John Smith", names.Match},
		{"John Smith", "MR JOHN SMITH Statement date: 15/10/2026\n12 High Street\nLondon SW1A 1AA", "MR JOHN SMITH", names.Match},
		// A typo and another person: the addressee's line with its verdict.
		{"John Smyth", "Mr John Smith\n12 High Street\nLondon SW1A 1AA", "Mr John Smith", names.Near},
		{"Mary Jones", "Mr John Smith\n12 High Street\nLondon SW1A 1AA", "Mr John Smith", names.Differ},
		// Another person's name elsewhere does not stand for the addressee;
		// the account holder's does.
		{"John Smith", "Mrs Mary Smith\n12 High Street\nLondon SW1A 1AA\n\nYour adviser: John Smith", "Mrs Mary Smith", names.Differ},
		{"John Smith", "Mrs Mary Smith\n12 High Street\nLondon SW1A 1AA\n\nAccount holders: Mrs Mary Smith, Mr John Smith", "Mr John Smith", names.Match},
		{"John Smith", "Mrs M Smith & Mr J Smith\n12 High Street\nLondon SW1A 1AA", "Mr J Smith", names.Match},
		{"Lukas Becker", "Frau Anna Becker und Herrn Lukas Becker\nLindenstraße 42\n10115 Berlin", "Lukas Becker", names.Match},
		{"John Smith", "SMITH, JOHN\n12 High Street\nLondon SW1A 1AA", "SMITH, JOHN", names.Match},
		{"John Smith", "Mrs Mary Smith\n12 High Street\nLondon SW1A 1AA\n\nAccount holder: John Smith", "John Smith", names.Match},
		{"John Smith", "Mrs Mary Smith\n12 High Street\nLondon SW1A 1AA\n\nAccount holder     Mr John Smith", "Mr John Smith", names.Match},
		{"Lukas Becker", "Frau Anna Becker\nLindenstraße 42\n10115 Berlin\nKontoinhaber: Lukas Becker", "Lukas Becker", names.Match},
		// The name on a later line than the bank's.
		{"John Smith", "Northbank plc\n\nMr John Smith\n12 High Street\nLondon SW1A 1AA", "Mr John Smith", names.Match},
	}
	for _, tt := range tests {
		f := Find([]string{tt.text}, Want{Name: tt.declared})
		if f.Name == nil {
			t.Errorf("%q in %q: no name", tt.declared, tt.text)
			continue
		}
		if f.Name.Text != tt.want || f.Name.Verdict.Result != tt.result {
			t.Errorf("%q in %q: %q %v (%s), want %q %v", tt.declared, tt.text, f.Name.Text, f.Name.Verdict.Result,
				f.Name.Verdict.Detail, tt.want, tt.result)
		}
	}
}

// TestAddressee checks the addressee Find takes when no name is declared.
func TestAddressee(t *testing.T) {
	tests := []struct{ text, name, addr string }{
		{"Northbank plc\nPO Box 1234, Leeds LS1 4AP\n\nMR JOHN A SMITH\n12 HIGH STREET\nLONDON\nSW1A 1AA",
			"MR JOHN A SMITH", "12 HIGH STREET, LONDON, SW1A 1AA"},
		{"Herrn\nLukas Becker\nLindenstraße 42\n10115 Berlin", "Lukas Becker", "Lindenstraße 42, 10115 Berlin"},
		{"JANE Q DOE\n742 EVERGREEN TER\nSPRINGFIELD IL 62704", "JANE Q DOE", "742 EVERGREEN TER, SPRINGFIELD IL 62704"},
		{"12 High Street\nLondon SW1A 1AA", "", "12 High Street, London SW1A 1AA"},
		{"nothing here", "", ""},
	}
	for _, tt := range tests {
		f := Find([]string{tt.text}, Want{})
		name, addr := "", ""
		if f.Name != nil {
			name = f.Name.Text
		}
		if f.Address != nil {
			addr = f.Address.Text
		}
		if name != tt.name || addr != tt.addr {
			t.Errorf("Find(%q) = %q / %q, want %q / %q", tt.text, name, addr, tt.name, tt.addr)
		}
	}
}
