package address

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzNormalizeAddress(f *testing.F) {
	for _, s := range []string{"12 High St, London SW1A 1AA", "Hauptstraße 5, 10115 Berlin",
		"12 r. de Rivoli, 75001 Paris", "Kalverstraat 92, 1012 PH", "P.O. Box 12", "No R, St",
		"1234 NE 5th Ave", "D02 X285", "ﬀ\u0307İ", "北京市朝阳区建国路88号1203室", "〒100-0005 東京都千代田区丸の内一丁目1番1号",
		"广东省深圳市南山区科技园路1号3栋2单元501房 邮编518057", "1-1-1 301", "街道88号"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if again := Normalize(n); again != n {
			t.Fatalf("Normalize not idempotent: %q → %q → %q", s, n, again)
		}
		if !utf8.ValidString(n) || strings.Contains(n, "  ") {
			t.Fatalf("Normalize(%q) = %q: invalid or badly spaced", s, n)
		}
		IsPOBox(s)
		if m := Mask(s); utf8.RuneCountInString(m) > utf8.RuneCountInString(s) {
			t.Fatalf("Mask(%q) = %q grew", s, m)
		}
		// An address holding only a country is empty once the country is dropped.
		if v := Compare(s, s); !parse(s).empty() && v.Result != Match {
			t.Fatalf("Compare(%q, itself) = %+v, want match", s, v)
		}
	})
}

func FuzzCompareAddresses(f *testing.F) {
	f.Add("北京市朝阳区建国路88号1203室", "Room 1203, No. 88 Jianguo Road, Chaoyang District, Beijing")
	f.Add("東京都千代田区丸の内1丁目1番1号", "1-1-1 Marunouchi, Chiyoda-ku, Tokyo")
	f.Add("12 High Street, London SW1A 1AA", "12 High St, London SW1A1AA")
	f.Fuzz(func(t *testing.T, a, b string) {
		v, w := Compare(a, b), Compare(b, a)
		if v.Result != w.Result || v.Detail == "" {
			t.Fatalf("Compare(%q, %q) = %+v, reversed %+v", a, b, v, w)
		}
	})
}
