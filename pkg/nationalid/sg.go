package nationalid

import "time"

// sgNRIC is Singapore's NRIC (citizens and permanent residents, S and T)
// and FIN (foreigners, F, G and, since 2022, M): a prefix letter, seven
// digits and a check letter. The digits weigh 2, 7, 6, 5, 4, 3, 2; T and G
// add 4, M adds 3; the sum modulo 11 picks the letter from the prefix's
// table (for M, counted from the end).
var sgNRIC = &Scheme{
	Name:    "Singapore NRIC/FIN",
	Country: "SG",
	Kinds:   []Kind{IDCard, ResidencePermit},
	check:   checkSG,
}

var sgTables = map[byte]struct {
	offset int
	table  string
}{
	'S': {0, "JZIHGFEDCBA"}, 'T': {4, "JZIHGFEDCBA"},
	'F': {0, "XWUTRQPNMLK"}, 'G': {4, "XWUTRQPNMLK"},
	'M': {3, "XWUTRQPNJLK"},
}

func checkSG(n string, _ time.Time) Result {
	if len(n) != 9 || !digits(n[1:8]) || !letter(n[8]) {
		return Result{Err: formatErr("it must be a letter, seven digits and a letter")}
	}
	t, ok := sgTables[n[0]]
	if !ok {
		return Result{Err: componentErr("it must start with S, T, F, G or M")}
	}
	sum := t.offset
	for i, w := range []int{2, 7, 6, 5, 4, 3, 2} {
		sum += int(n[1+i]-'0') * w
	}
	if n[8] != t.table[sum%11] {
		return Result{Err: checksumErr}
	}
	return Result{}
}
