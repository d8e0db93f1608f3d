package nationalid

import "time"

// twID is the Taiwan (ROC) national identification number: a letter for
// the place of first registration, 1 (male) or 2 (female), seven digits and
// a check digit. twUI is the resident certificate number of foreigners: the
// same shape with 8 (male) or 9 (female) since 2021, or a second letter
// (A-D) on older certificates. Letters count A=10 … Z=33 in the Ministry of
// the Interior's order; the letter's tens digit weighs 1, its units 9, the
// next eight digits 8 down to 1, and the check digit 1: the sum is a
// multiple of 10.
var (
	twID = &Scheme{Name: "Taiwan national identification number", Country: "TW", Kinds: []Kind{IDCard},
		check: func(n string, _ time.Time) Result { return checkTW(n, "12") }}
	twUI = &Scheme{Name: "Taiwan resident certificate number", Country: "TW", Kinds: []Kind{ResidencePermit},
		check: func(n string, _ time.Time) Result { return checkTW(n, "1289ABCD") }}
)

// twLetters gives each letter's value, A=10 onwards.
const twLetters = "ABCDEFGHJKLMNPQRSTUVXYWZIO"

func twValue(c byte) int {
	for i := 0; i < len(twLetters); i++ {
		if twLetters[i] == c {
			return 10 + i
		}
	}
	return -1
}

func checkTW(n string, seconds string) Result {
	if len(n) != 10 || twValue(n[0]) < 0 || !digits(n[2:]) || (!digits(n[1:2]) && twValue(n[1]) < 0) {
		return Result{Err: formatErr("it must be a letter, a digit or letter, and eight digits")}
	}
	if !containsByte(seconds, n[1]) {
		return Result{Err: componentErr("its second character cannot be %c on this document", n[1])}
	}
	v := twValue(n[0])
	sum := v/10 + v%10*9
	second := int(n[1] - '0')
	if letter(n[1]) {
		second = twValue(n[1]) % 10
	}
	sum += second * 8
	for i := 2; i < 9; i++ {
		sum += int(n[i]-'0') * (9 - i)
	}
	sum += int(n[9] - '0')
	if sum%10 != 0 {
		return Result{Err: checksumErr}
	}
	sex := Sex('M')
	if containsByte("29BD", n[1]) {
		sex = 'F'
	}
	return Result{Sex: sex}
}

func containsByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}
