package synth

import (
	"strconv"
	"strings"

	"github.com/kyclint/kyclint/pkg/mrz"
)

// MRZData is what an identity document's machine readable zone holds, for
// TD1 and TD3, the zones synth prints. Dates are YYMMDD; names are written
// as printed (spaces and hyphens become fillers).
type MRZData struct {
	Code                string // document code: P, I, ID, IR…
	State, Nationality  string // three-letter codes
	Surname, Given      string
	Number              string // up to 9 characters
	Birth, Expiry       string // YYMMDD
	Sex                 string // M, F or <
	Optional, Optional2 string // optional data (TD1 has two fields)
}

// TD3 returns the two 44-character lines of a passport's zone for d, with
// every check digit right.
func TD3(d MRZData) []string {
	l1 := pad(pad(d.Code, 2)+d.State+mrzName(d), 44)
	num, opt := pad(d.Number, 9), pad(d.Optional, 14)
	data := num + digit(num) + d.Nationality + d.Birth + digit(d.Birth) + pad(d.Sex, 1) + d.Expiry + digit(d.Expiry) + opt + digit(opt)
	composite := data[0:10] + data[13:20] + data[21:43]
	return []string{l1, data + digit(composite)}
}

// TD1 returns the three 30-character lines of an identity card's zone for d,
// with every check digit right.
func TD1(d MRZData) []string {
	num := pad(d.Number, 9)
	l1 := pad(d.Code, 2) + d.State + num + digit(num) + pad(d.Optional, 15)
	l2 := d.Birth + digit(d.Birth) + pad(d.Sex, 1) + d.Expiry + digit(d.Expiry) + d.Nationality + pad(d.Optional2, 11)
	composite := l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
	return []string{l1, l2 + digit(composite), pad(mrzName(d), 30)}
}

// mrzName writes the name field: surname, two fillers, given names.
func mrzName(d MRZData) string {
	f := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r == ' ' || r == '-' {
				return '<'
			}
			return r
		}, strings.ToUpper(s))
	}
	return f(d.Surname) + "<<" + f(d.Given)
}

func digit(s string) string {
	n, err := mrz.CheckDigit(s)
	if err != nil {
		panic("synth: MRZ field " + strconv.Quote(s) + ": " + err.Error())
	}
	return strconv.Itoa(n)
}

// pad fills s with '<' to n characters, or cuts it to n.
func pad(s string, n int) string {
	if len(s) >= n {
		return s[:n]
	}
	return s + strings.Repeat("<", n-len(s))
}
