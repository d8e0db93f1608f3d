package nationalid

import "time"

// myNRIC is the Malaysian identity card (MyKad) number, printed
// YYMMDD-PB-###G: the birth date with a two-digit year, a place of birth
// code (a state, or a country for people born abroad) and a serial number
// whose last digit is odd for men and even for women. It has no check
// digit.
var myNRIC = &Scheme{
	Name:    "Malaysian identity card number",
	Country: "MY",
	Kinds:   []Kind{IDCard},
	check:   checkMY,
}

// myPlace reports whether pb is a place of birth code the National
// Registration Department assigns: 01-16 and 21-59 for states, and the
// foreign codes 60-68, 71-72, 74-79, 82-93 and 98-99.
func myPlace(pb int) bool {
	switch {
	case pb >= 1 && pb <= 16, pb >= 21 && pb <= 68, pb == 71, pb == 72,
		pb >= 74 && pb <= 79, pb >= 82 && pb <= 93, pb == 98, pb == 99:
		return true
	}
	return false
}

func checkMY(n string, today time.Time) Result {
	if len(n) != 12 || !digits(n) {
		return Result{Err: formatErr("it must be 12 digits, printed YYMMDD-PB-###G")}
	}
	b, err := shortBirth(num(n[0:2]), num(n[2:4]), num(n[4:6]), today)
	if err != nil {
		return Result{Err: err}
	}
	if !myPlace(num(n[6:8])) {
		return Result{Err: componentErr("its place of birth code (digits 7 and 8) is not one the National Registration Department assigns")}
	}
	sex := Sex('F')
	if (n[11]-'0')%2 == 1 {
		sex = 'M'
	}
	return Result{Birth: b, Sex: sex}
}
