package nationalid

import (
	"strconv"
	"time"
)

// frNIR is France's numéro d'inscription au répertoire (INSEE): sex (1 or 2;
// 3, 4, 7 and 8 for provisional numbers), birth year and month, department
// (2A and 2B for Corsica), commune, order number and a key equal to 97
// minus the first 13 digits modulo 97 (Corsica counting as 19 and 18). The
// identity card carries its own document number, so only 15-character
// numbers are checked.
var frNIR = &Scheme{
	Name:    "French NIR (social security number)",
	Country: "FR",
	Kinds:   []Kind{IDCard, ResidencePermit},
	Gated:   true,
	shape:   func(n string) bool { return len(n) == 15 && digits(n[:5]) },
	check:   checkFR,
}

func checkFR(n string, today time.Time) Result {
	body := n[:13]
	switch n[5:7] {
	case "2A":
		body = n[:5] + "19" + n[7:13]
	case "2B":
		body = n[:5] + "18" + n[7:13]
	}
	if !digits(body) || !digits(n[13:]) {
		return Result{Err: formatErr("it must be 15 digits (2A or 2B for a Corsican department)")}
	}
	if !containsByte("123478", n[0]) {
		return Result{Err: componentErr("its first digit must be 1 or 2 (3, 4, 7 or 8 when provisional)")}
	}
	v, _ := strconv.ParseUint(body, 10, 64)
	if 97-int(v%97) != num(n[13:]) {
		return Result{Err: checksumErr}
	}
	sex := Sex('M')
	if containsByte("248", n[0]) {
		sex = 'F'
	}
	r := Result{Sex: sex}
	if m := num(n[3:5]); m >= 1 && m <= 12 {
		b, err := shortBirth(num(n[1:3]), m, 0, today)
		if err != nil {
			return Result{Err: err}
		}
		r.Birth = b
	}
	return r
}
