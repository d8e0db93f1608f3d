package nationalid

import "time"

// esDNI is Spain's DNI number (eight digits and a control letter) and
// esNIE the foreigner's NIE (X, Y or Z, seven digits, a letter): the letter
// is the number modulo 23 in TRWAGMYFPDXBNJZSQVHLCKE, with X, Y, Z counting
// as 0, 1, 2 (Real Decreto 1553/2005, Orden INT/2058/2008). The card also
// carries a support number of another shape, so only numbers of this shape
// are checked.
var (
	esDNI = &Scheme{Name: "Spanish DNI number", Country: "ES", Kinds: []Kind{IDCard}, Gated: true,
		shape: func(n string) bool { return len(n) == 9 && digits(n[:8]) && letter(n[8]) },
		check: func(n string, _ time.Time) Result { return checkES(n) }}
	esNIE = &Scheme{Name: "Spanish NIE", Country: "ES", Kinds: []Kind{ResidencePermit}, Gated: true,
		shape: func(n string) bool { return len(n) == 9 && containsByte("XYZ", n[0]) && digits(n[1:8]) && letter(n[8]) },
		check: func(n string, _ time.Time) Result { return checkES(n) }}
)

func checkES(n string) Result {
	v := num(n[1:8])
	if d := n[0]; d >= '0' && d <= '9' {
		v += int(d-'0') * 10000000
	} else {
		v += int(d-'X') * 10000000
	}
	if "TRWAGMYFPDXBNJZSQVHLCKE"[v%23] != n[8] {
		return Result{Err: checksumErr}
	}
	return Result{}
}
