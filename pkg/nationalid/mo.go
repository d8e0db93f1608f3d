package nationalid

import "time"

// moBIR is the Macau resident identity card number, printed 1234567(8):
// 1, 5 or 7 and six digits, then a digit in brackets. The Identification
// Services Bureau publishes no check digit algorithm, so only the format is
// checked.
var moBIR = &Scheme{
	Name:    "Macau resident identity card number",
	Country: "MO",
	Kinds:   []Kind{IDCard, ResidencePermit},
	check: func(n string, _ time.Time) Result {
		if len(n) != 8 || !digits(n) || !containsByte("157", n[0]) {
			return Result{Err: formatErr("it must be eight digits starting with 1, 5 or 7, printed 1234567(8)")}
		}
		return Result{}
	},
}
