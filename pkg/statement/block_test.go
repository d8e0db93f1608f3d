package statement

import (
	"testing"

	"github.com/kyclint/kyclint/pkg/address"
)

func TestIsPostcodeLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"SW1A 1AA", true},
		{"LONDON SW1A 1AA", true},
		{"Manchester M1 1AE", true},
		{"Leeds LS1 4AP", true},
		{"EC1A1BB", true},
		{"10115 Berlin", true},
		{"D-10115 Berlin", true},
		{"80331 München", true},
		{"75011 Paris", true},
		{"75011 PARIS CEDEX 11", true},
		{"F-69001 Lyon", true},
		{"Springfield, IL 62704", true},
		{"SPRINGFIELD IL 62704-1234", true},
		{"New York, NY 10001", true},
		{"上海市浦东新区世纪大道100号", true},
		{"邮编 200120 上海", true},
		{"Kowloon, Hong Kong", true},
		{"Flat 5, 8/F, Sunshine Court, Tsim Sha Tsui, Kowloon", true},
		{"香港九龍彌敦道100號", true},
		{"12 High Street", false},
		{"Lindenstraße 42", false},
		{"Sort code 12-34-56", false},
		{"Balance 12345 EUR", false},
		{"12345", false},
		{"Statement of account", false},
		{"交易摘要", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isPostcodeLine(tt.line); got != tt.want {
			t.Errorf("isPostcodeLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestFindAddress checks the address block Find reads, and its verdict
// against the declared address.
func TestFindAddress(t *testing.T) {
	tests := []struct {
		name, declared, text, want string
		result                     address.Result
	}{
		{"GB", "Flat 3, 12 High Street, London SW1A 1AA", "Mr John Smith\nFlat 3\n12 High Street\nLondon\nSW1A 1AA\nUnited Kingdom",
			"Flat 3, 12 High Street, London, SW1A 1AA, United Kingdom", address.Match},
		{"GB missing flat", "Flat 3, 12 High Street, London SW1A 1AA", "Mr John Smith\n12 High Street\nLondon SW1A 1AA",
			"12 High Street, London SW1A 1AA", address.Partial},
		{"GB other flat", "Flat 3, 12 High Street, London SW1A 1AA", "Mr John Smith\nFlat 4\n12 High Street\nLondon SW1A 1AA",
			"Flat 4, 12 High Street, London SW1A 1AA", address.Differ},
		{"GB house name", "Rose Cottage, Mill Lane, Ambridge AB1 2CD", "Mrs Jill Archer\nRose Cottage\nMill Lane\nAmbridge\nAB1 2CD",
			"Rose Cottage, Mill Lane, Ambridge, AB1 2CD", address.Match},
		{"DE", "Lindenstr. 42, 10115 Berlin", "Herrn\nLukas Becker\nLindenstraße 42\n10115 Berlin\nDeutschland",
			"Lindenstraße 42, 10115 Berlin, Deutschland", address.Match},
		{"DE other number", "Lindenstraße 24, 10115 Berlin", "Herrn\nLukas Becker\nLindenstraße 42\n10115 Berlin",
			"Lindenstraße 42, 10115 Berlin", address.Differ},
		{"FR", "8 rue des Lilas, 75011 Paris", "Madame Claire Martin\n8 rue des Lilas\n75011 Paris",
			"8 rue des Lilas, 75011 Paris", address.Match},
		{"US", "742 Evergreen Terrace, Springfield, IL 62704", "JANE Q DOE\n742 EVERGREEN TER\nSPRINGFIELD IL 62704",
			"742 EVERGREEN TER, SPRINGFIELD IL 62704", address.Match},
		{"CN", "上海市浦东新区世纪大道100号 200120", "张伟先生\n上海市浦东新区世纪大道100号\n邮编：200120",
			"上海市浦东新区世纪大道100号 200120", address.Match},
		{"CN on one line", "上海市浦东新区世纪大道100号环球金融中心25楼2501室 200120",
			"张伟 先生\n上海市浦东新区世纪大道100号\n环球金融中心25楼2501室\n邮编：200120",
			"上海市浦东新区世纪大道100号 环球金融中心25楼2501室 200120", address.Match},
		{"HK", "Flat 5, 8/F, Sunshine Court, 10 Nathan Road, Tsim Sha Tsui, Kowloon",
			"Mr Chan Tai Man\nFlat 5, 8/F, Sunshine Court\n10 Nathan Road\nTsim Sha Tsui, Kowloon",
			"Flat 5, 8/F, Sunshine Court, 10 Nathan Road, Tsim Sha Tsui, Kowloon", address.Match},
		{"one labelled line", "1 Main St, Springfield, IL 62704", "Account 1234\nSupply address: 1 Main Street, Springfield, IL 62704",
			"1 Main Street, Springfield, IL 62704", address.Match},
		{"second block", "12 High Street, London SW1A 1AA",
			"Northbank plc\nPO Box 1234, Leeds LS1 4AP\n\nMR JOHN SMITH\n12 HIGH STREET\nLONDON SW1A 1AA",
			"12 HIGH STREET, LONDON SW1A 1AA", address.Match},
		{"FR hôtel", "3 rue de l'Hôtel de Ville, 69001 Lyon", "M. Paul Girard\n3 rue de l'Hôtel de Ville\n69001 Lyon",
			"3 rue de l'Hôtel de Ville, 69001 Lyon", address.Match},
		{"account line above", "12 High Street, London SW1A 1AA", "Account 12345678\nMR JOHN SMITH\n12 HIGH STREET\nLONDON SW1A 1AA",
			"12 HIGH STREET, LONDON SW1A 1AA", address.Match},
		{"no postcode known", "Via Roma 10, Milano", "Sig. Mario Rossi\nVia Roma 10\nMilano",
			"Via Roma 10, Milano", address.Match},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := Find([]string{tt.text}, Want{Address: tt.declared})
			if f.Address == nil {
				t.Fatalf("no address")
			}
			if f.Address.Text != tt.want || f.Address.Verdict.Result != tt.result {
				t.Errorf("address = %q %v (%s), want %q %v", f.Address.Text, f.Address.Verdict.Result,
					f.Address.Verdict.Detail, tt.want, tt.result)
			}
		})
	}
}

// TestFindAddressBlind checks the address block Find reads when nothing is
// declared, as kyclint init reads a statement: the whole block as printed.
func TestFindAddressBlind(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"CN postcode below a column beside the block",
			"陈建国 先生                                          宽带服务账单\n上海市徐汇区漕溪北路40号\n" +
				"                                                          出单日期\n邮政编码：200030\n" +
				"                                                          2026-11-13",
			"上海市徐汇区漕溪北路40号 200030"},
		{"GB country after the postcode", "Mr John Smith\n12 High Street\nLondon SW1A 1AA\nUnited Kingdom\n\nStatement date 1 May 2026",
			"12 High Street, London SW1A 1AA, United Kingdom"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := Find([]string{tt.text}, Want{})
			if f.Address == nil || f.Address.Text != tt.want {
				t.Errorf("address = %+v, want %q", f.Address, tt.want)
			}
		})
	}
}
