package nationalid

// plausible gives the shape of each scheme that is not gated: the length
// and character classes of its numbers, used when the issuing country is
// only presumed (CheckShaped).
var plausible = map[*Scheme]func(n string) bool{
	cnRIC: cnShape, cnPermit: cnShape,
	hkID: func(n string) bool {
		return (len(n) == 8 || len(n) == 9) && letter(n[0]) && digits(n[len(n)-7:len(n)-1])
	},
	twID:      func(n string) bool { return len(n) == 10 && letter(n[0]) && digits(n[2:]) },
	twUI:      func(n string) bool { return len(n) == 10 && letter(n[0]) && digits(n[2:]) },
	moBIR:     func(n string) bool { return len(n) == 8 && digits(n) },
	sgNRIC:    func(n string) bool { return len(n) == 9 && letter(n[0]) && digits(n[1:8]) && letter(n[8]) },
	myNRIC:    func(n string) bool { return len(n) == 12 && digits(n) },
	krRRN:     func(n string) bool { return len(n) == 13 && digits(n) },
	inAadhaar: func(n string) bool { return len(n) == 12 && digits(n) },
}

func cnShape(n string) bool {
	return (len(n) == 15 && digits(n)) || (len(n) == 18 && digits(n[:17]) && (digits(n[17:]) || n[17] == 'X'))
}
