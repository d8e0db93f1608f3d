package mrz

// ICAO 9303 specimens (Part 4 Appendix B, Part 5 Appendix B, Part 6
// Appendix B, Part 7 Appendices B and C), and the French identity card
// sample from its published MRZ description.
var specimens = []struct {
	name   string
	text   string
	format Format
	fields Fields
	digits []string
}{
	{"td1", "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<", TD1,
		Fields{"I", "UTO", "ERIKSSON", "ANNA MARIA", "D23145890", "UTO", "740812", "F", "120415", "", ""},
		[]string{digitNumber, digitBirth, digitExpiry, digitComposite}},
	{"td2", "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6", TD2,
		Fields{"I", "UTO", "ERIKSSON", "ANNA MARIA", "D23145890", "UTO", "740812", "F", "120415", "", ""},
		[]string{digitNumber, digitBirth, digitExpiry, digitComposite}},
	{"td3", "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10", TD3,
		Fields{"P", "UTO", "ERIKSSON", "ANNA MARIA", "L898902C3", "UTO", "740812", "F", "120415", "ZE184226B", ""},
		[]string{digitNumber, digitBirth, digitExpiry, digitOptional, digitComposite}},
	{"mrva", "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL8988901C4XXX4009078F96121096ZE184226B<<<<<<", MRVA,
		Fields{"V", "UTO", "ERIKSSON", "ANNA MARIA", "L8988901C", "XXX", "400907", "F", "961210", "6ZE184226B", ""},
		[]string{digitNumber, digitBirth, digitExpiry}},
	{"mrvb", "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nL8988901C4XXX4009078F9612109<<<<<<<<", MRVB,
		Fields{"V", "UTO", "ERIKSSON", "ANNA MARIA", "L8988901C", "XXX", "400907", "F", "961210", "", ""},
		[]string{digitNumber, digitBirth, digitExpiry}},
	{"td1-long-number", "I<UTOD23145890<7349<<<<<<<<<<<\n3407127M9507122UTO<<<<<<<<<<<2\nSTEVENSON<<PETER<JOHN<<<<<<<<<", TD1,
		Fields{"I", "UTO", "STEVENSON", "PETER JOHN", "D23145890734", "UTO", "340712", "M", "950712", "", ""},
		[]string{digitNumber, digitBirth, digitExpiry, digitComposite}},
	{"td2-long-number", "I<UTOSTEVENSON<<PETER<JOHN<<<<<<<<<<\nD23145890<UTO3407127M95071227349<<<8", TD2,
		Fields{"I", "UTO", "STEVENSON", "PETER JOHN", "D23145890734", "UTO", "340712", "M", "950712", "", ""},
		[]string{digitNumber, digitBirth, digitExpiry, digitComposite}},
	{"french-id", "IDFRABERTHIER<<<<<<<<<<<<<<<<<<<<<<<\n9409923102854CORINNE<<<<<<<6512068F4", FrenchID,
		Fields{"ID", "FRA", "BERTHIER", "CORINNE", "940992310285", "", "651206", "F", "", "", ""},
		[]string{digitNumber, digitBirth, digitComposite}},
}
