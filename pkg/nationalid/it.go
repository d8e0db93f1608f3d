package nationalid

import "time"

// itCF is Italy's codice fiscale (DM 23 December 1976): three letters of the
// surname, three of the name, the birth year (two digits), a month letter,
// the day (plus 40 for women), a place code (a letter and three digits) and
// a check letter. Where two people would share a code, digits are replaced
// by the letters LMNPQRSTUV (omocodia). The identity card's own number is
// of another shape, so only numbers of this shape are checked.
var itCF = &Scheme{
	Name:    "Italian codice fiscale",
	Country: "IT",
	Kinds:   []Kind{IDCard, ResidencePermit},
	Gated:   true,
	shape:   func(n string) bool { return len(n) == 16 && letter(n[0]) && letter(n[15]) },
	check:   checkIT,
}

const itMonths = "ABCDEHLMPRST"

// itOdd is the value of a character at an odd (1st, 3rd…) position, for
// 0-9 then A-Z; at even positions digits count 0-9 and letters 0-25.
var itOdd = [36]int{1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
	1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23}

func checkIT(n string, today time.Time) Result {
	if len(n) != 16 {
		return Result{Err: formatErr("it must be 16 characters")}
	}
	// Positions that hold digits, which omocodia may turn into letters.
	plain := []byte(n)
	for _, i := range []int{6, 7, 9, 10, 12, 13, 14} {
		if c := plain[i]; letter(c) {
			k := indexByte("LMNPQRSTUV", c)
			if k < 0 {
				return Result{Err: formatErr("character %d must be a digit or one of LMNPQRSTUV", i+1)}
			}
			plain[i] = byte('0' + k)
		}
	}
	p := string(plain)
	for _, i := range []int{0, 1, 2, 3, 4, 5, 8, 11, 15} {
		if !letter(p[i]) {
			return Result{Err: formatErr("it must be 16 characters: six letters, two digits, a letter, two digits, a letter, three digits, a letter")}
		}
	}
	if !digits(p[6:8]) || !digits(p[9:11]) || !digits(p[12:15]) {
		return Result{Err: formatErr("it must be 16 characters: six letters, two digits, a letter, two digits, a letter, three digits, a letter")}
	}
	sum := 0
	for i := 0; i < 15; i++ {
		v := itValue(n[i])
		if i%2 == 0 {
			v = itOdd[v]
		} else if v >= 10 {
			v -= 10
		}
		sum += v
	}
	if n[15] != byte('A'+sum%26) {
		return Result{Err: checksumErr}
	}
	month := indexByte(itMonths, p[8]) + 1
	if month == 0 {
		return Result{Err: birthErr("has no month letter (" + itMonths + ")")}
	}
	day, sex := num(p[9:11]), Sex('M')
	if day > 40 {
		day, sex = day-40, 'F'
	}
	b, err := shortBirth(num(p[6:8]), month, day, today)
	if err != nil {
		return Result{Err: err}
	}
	return Result{Birth: b, Sex: sex}
}

// itValue is 0-9 for digits and 10-35 for letters.
func itValue(c byte) int {
	if letter(c) {
		return int(c-'A') + 10
	}
	return int(c - '0')
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}
