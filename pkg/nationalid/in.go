package nationalid

import "time"

// inAadhaar is India's Aadhaar number: 12 digits, the first neither 0 nor
// 1, the last a Verhoeff check digit (UIDAI, "Aadhaar Numbering Scheme").
var inAadhaar = &Scheme{
	Name:    "Aadhaar number",
	Country: "IN",
	Kinds:   []Kind{IDCard},
	check: func(n string, _ time.Time) Result {
		switch {
		case len(n) != 12 || !digits(n):
			return Result{Err: formatErr("it must be 12 digits")}
		case n[0] == '0' || n[0] == '1':
			return Result{Err: componentErr("it cannot start with 0 or 1")}
		case !verhoeff(n):
			return Result{Err: checksumErr}
		}
		return Result{}
	},
}

// The Verhoeff tables: multiplication in the dihedral group D5 and the
// position permutation.
var (
	verhoeffD = [10][10]byte{
		{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
		{2, 3, 4, 0, 1, 7, 8, 9, 5, 6}, {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
		{4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
		{6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
		{8, 7, 6, 5, 9, 3, 2, 1, 0, 4}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0},
	}
	verhoeffP = [8][10]byte{
		{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
		{5, 8, 0, 3, 7, 9, 6, 1, 4, 2}, {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
		{9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
		{2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8},
	}
)

// verhoeff reports whether the digits s, check digit last, pass.
func verhoeff(s string) bool {
	var c byte
	for i := 0; i < len(s); i++ {
		c = verhoeffD[c][verhoeffP[i%8][s[len(s)-1-i]-'0']]
	}
	return c == 0
}
