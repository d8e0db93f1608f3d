package nationalid

import "time"

// nlBSN is the Netherlands' burgerservicenummer: nine digits (eight with a
// leading zero dropped) passing the "elfproef": the digits weigh 9 down to
// 2 and the last -1, and the sum is a multiple of 11. The identity card's
// document number has letters, so only all-digit numbers are checked.
var nlBSN = &Scheme{
	Name:    "Dutch BSN",
	Country: "NL",
	Kinds:   []Kind{IDCard, ResidencePermit},
	Gated:   true,
	shape:   func(n string) bool { return (len(n) == 8 || len(n) == 9) && digits(n) },
	check: func(n string, _ time.Time) Result {
		if len(n) == 8 {
			n = "0" + n
		}
		sum := -int(n[8] - '0')
		for i := 0; i < 8; i++ {
			sum += int(n[i]-'0') * (9 - i)
		}
		if sum%11 != 0 || sum == 0 {
			return Result{Err: checksumErr}
		}
		return Result{}
	},
}
