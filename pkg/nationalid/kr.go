package nationalid

import "time"

// krRRN is South Korea's resident registration number, YYMMDD-GNNNNNC: the
// birth date, a digit giving sex and century (1/2 1900s, 3/4 2000s, 5-8
// the same for foreigners, 9/0 1800s; odd male), and a check digit from the
// weights 2-9, 2-5 modulo 11. Numbers issued since October 2020 have random
// digits after the first of the second part, so the check digit is
// advisory.
var krRRN = &Scheme{
	Name:     "South Korean resident registration number",
	Country:  "KR",
	Kinds:    []Kind{IDCard, ResidencePermit},
	Advisory: true,
	check:    checkKR,
}

func checkKR(n string, today time.Time) Result {
	if len(n) != 13 || !digits(n) {
		return Result{Err: formatErr("it must be 13 digits, printed YYMMDD-NNNNNNN")}
	}
	g := n[6] - '0'
	century := [10]int{1800, 1900, 1900, 2000, 2000, 1900, 1900, 2000, 2000, 1800}[g]
	b, err := fullBirth(century+num(n[0:2]), num(n[2:4]), num(n[4:6]), today)
	if err != nil {
		return Result{Err: err}
	}
	sex := Sex('F')
	if g%2 == 1 {
		sex = 'M'
	}
	r := Result{Birth: b, Sex: sex}
	sum := 0
	for i, w := range []int{2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5} {
		sum += int(n[i]-'0') * w
	}
	if (11-sum%11)%10 != int(n[12]-'0') {
		r.Err = checksumErr
	}
	return r
}
