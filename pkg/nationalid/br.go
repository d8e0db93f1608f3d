package nationalid

import "time"

// brCPF is Brazil's CPF (Receita Federal): nine digits and two check digits,
// each 11 minus a weighted sum modulo 11 (0 for 10 and 11), over weights 10
// down to 2 and 11 down to 2. Eleven equal digits pass the arithmetic but
// are never issued. The identity card (CIN) uses the CPF as its number;
// older RG cards have numbers of other shapes, so only 11-digit numbers are
// checked.
var brCPF = &Scheme{
	Name:    "Brazilian CPF",
	Country: "BR",
	Kinds:   []Kind{IDCard},
	Gated:   true,
	shape:   func(n string) bool { return len(n) == 11 && digits(n) },
	check: func(n string, _ time.Time) Result {
		same := true
		for i := 1; i < 11; i++ {
			same = same && n[i] == n[0]
		}
		if same {
			return Result{Err: componentErr("eleven equal digits are never issued")}
		}
		for _, k := range []int{9, 10} {
			sum := 0
			for i := 0; i < k; i++ {
				sum += int(n[i]-'0') * (k + 1 - i)
			}
			c := 11 - sum%11
			if c >= 10 {
				c = 0
			}
			if int(n[k]-'0') != c {
				return Result{Err: checksumErr}
			}
		}
		return Result{}
	},
}
