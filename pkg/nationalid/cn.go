package nationalid

import "time"

// cnRIC is the citizen identity number of GB 11643-1999: a six-digit
// address code (GB/T 2260), the birth date YYYYMMDD, a three-digit order
// code whose last digit is odd for men and even for women, and an ISO 7064
// MOD 11-2 check character (0-9 or X). The 15-digit numbers of first
// generation cards have a two-digit year of the 1900s and no check
// character. Residence permits for Hong Kong, Macau and Taiwan residents
// (2018) use the address codes 810000, 820000 and 830000; foreigners'
// permanent residence cards of 2023 start with 9.
var (
	cnRIC = &Scheme{Name: "mainland China citizen identity number", Country: "CN", Kinds: []Kind{IDCard},
		check: func(n string, today time.Time) Result { return checkCN(n, false, today) }}
	cnPermit = &Scheme{Name: "mainland China residence permit number", Country: "CN", Kinds: []Kind{ResidencePermit},
		check: func(n string, today time.Time) Result { return checkCN(n, true, today) }}
)

// cnProvinces are the first two digits of GB/T 2260 province codes.
var cnProvinces = map[string]bool{
	"11": true, "12": true, "13": true, "14": true, "15": true,
	"21": true, "22": true, "23": true,
	"31": true, "32": true, "33": true, "34": true, "35": true, "36": true, "37": true,
	"41": true, "42": true, "43": true, "44": true, "45": true, "46": true,
	"50": true, "51": true, "52": true, "53": true, "54": true,
	"61": true, "62": true, "63": true, "64": true, "65": true,
	"71": true,
}

func checkCN(n string, permit bool, today time.Time) Result {
	switch {
	case len(n) == 15 && digits(n):
		return cnNumber(n, false, 1900+num(n[6:8]), n[8:10], n[10:12], n[14], today)
	case len(n) != 18 || !digits(n[:17]) || (!digits(n[17:]) && n[17] != 'X'):
		return Result{Err: formatErr("it must be 18 characters, 17 digits and a digit or X (or 15 digits for a first generation card)")}
	}
	if r := cnNumber(n, permit, num(n[6:10]), n[10:12], n[12:14], n[16], today); r.Err != nil {
		return r
	} else if mod11x2(n[:17]) != n[17] {
		return Result{Err: checksumErr}
	} else {
		return r
	}
}

// cnNumber checks the address code (9 starts only a permit's number) and birth date, and reads the sex from
// the order code's last digit.
func cnNumber(n string, permit bool, year int, month, day string, order byte, today time.Time) Result {
	region := n[:2]
	switch {
	case region == "81" || region == "82" || region == "83":
		if n[2:6] != "0000" {
			return Result{Err: componentErr("a Hong Kong, Macau or Taiwan residence permit number starts with %s0000", region)}
		}
	case n[0] == '9' && permit:
	case !cnProvinces[region]:
		return Result{Err: componentErr("its first two digits are no province code of GB/T 2260")}
	}
	b, err := fullBirth(year, num(month), num(day), today)
	if err != nil {
		return Result{Err: err}
	}
	sex := Sex('F')
	if (order-'0')%2 == 1 {
		sex = 'M'
	}
	return Result{Birth: b, Sex: sex}
}

// mod11x2 returns the ISO 7064 MOD 11-2 check character of 17 digits: the
// weight of a digit is 2^i mod 11, i counting from the check character.
func mod11x2(s string) byte {
	sum, w := 0, 2
	for i := len(s) - 1; i >= 0; i-- {
		sum += int(s[i]-'0') * w
		w = w * 2 % 11
	}
	c := (12 - sum%11) % 11
	if c == 10 {
		return 'X'
	}
	return byte('0' + c)
}
