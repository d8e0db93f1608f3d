package nationalid

import "time"

// hkID is the Hong Kong identity card number: one or two letters, six
// digits and a check character (0-9 or A), printed as A123456(7). Letters
// count A=10 … Z=35 and a missing second letter 36; the weights are 9 down
// to 2, and the check makes the weighted sum a multiple of 11 (A = 10).
var hkID = &Scheme{
	Name:    "Hong Kong identity card number",
	Country: "HK",
	Kinds:   []Kind{IDCard, ResidencePermit},
	check:   checkHK,
}

func checkHK(n string, _ time.Time) Result {
	body := n
	if len(n) == 8 {
		body = " " + n
	}
	if len(body) != 9 || !letter(body[1]) || (body[0] != ' ' && !letter(body[0])) || !digits(body[2:8]) ||
		(!digits(body[8:]) && body[8] != 'A') {
		return Result{Err: formatErr("it must be one or two letters, six digits and a check digit or A")}
	}
	sum := 0
	for i := 0; i < 8; i++ {
		sum += hkValue(body[i]) * (9 - i)
	}
	c := (11 - sum%11) % 11
	want := byte('0' + c)
	if c == 10 {
		want = 'A'
	}
	if body[8] != want {
		return Result{Err: checksumErr}
	}
	return Result{}
}

func hkValue(c byte) int {
	switch {
	case c == ' ':
		return 36
	case letter(c):
		return int(c-'A') + 10
	}
	return int(c - '0')
}

func letter(c byte) bool { return c >= 'A' && c <= 'Z' }
