package pdfdoc

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	cet := time.FixedZone("", 3600)
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"D:20261003141516+01'00'", time.Date(2026, 10, 3, 14, 15, 16, 0, cet), true},
		{"D:20261003141516+01'00", time.Date(2026, 10, 3, 14, 15, 16, 0, cet), true},
		{"D:20261003141516+0100", time.Date(2026, 10, 3, 14, 15, 16, 0, cet), true},
		{"D:20261003141516-05'30'", time.Date(2026, 10, 3, 14, 15, 16, 0, time.FixedZone("", -5*3600-1800)), true},
		{"D:20261003141516Z", time.Date(2026, 10, 3, 14, 15, 16, 0, time.UTC), true},
		{"D:20261003141516Z00'00'", time.Date(2026, 10, 3, 14, 15, 16, 0, time.UTC), true},
		{"20261003141516", time.Date(2026, 10, 3, 14, 15, 16, 0, time.UTC), true},
		{"D:2026", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), true},
		{"D:202610", time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC), true},
		{"", time.Time{}, false},
		{"D:", time.Time{}, false},
		{"D:20261303", time.Time{}, false},
		{"D:20261003146016", time.Time{}, false},
		{"D:20261003141516 garbage", time.Time{}, false},
		{"Sat Oct 3 2026", time.Time{}, false},
	}
	for _, tt := range tests {
		got, ok := ParseDate(tt.in)
		if ok != tt.ok || !got.Equal(tt.want) {
			t.Errorf("ParseDate(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestDecodeText(t *testing.T) {
	tests := []struct {
		in   []byte
		want string
	}{
		{[]byte("Adobe Acrobat Pro"), "Adobe Acrobat Pro"},
		{[]byte("\xfe\xff\x00A\x01\x42"), "Ał"},
		{[]byte("\xef\xbb\xbfZa\xc5\xbc\xc3\xb3\xc5\x82\xc4\x87"), "Zażółć"},
		{[]byte("Caf\xe9 \x80 \xa0"), "Café • €"},
		{[]byte("  padded\x00 "), "padded"},
	}
	for _, tt := range tests {
		if got := decodeText(tt.in); got != tt.want {
			t.Errorf("decodeText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := len([]rune(decodeText(make([]byte, 10000)))); got > maxTextRunes {
		t.Errorf("decodeText kept %d runes, cap is %d", got, maxTextRunes)
	}
}
