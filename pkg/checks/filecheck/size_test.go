package filecheck

import "testing"

func TestSizeUnitsFollowTheLimit(t *testing.T) {
	for _, c := range []struct {
		n, limit int64
		want     string
	}{
		{2_016_581, 2_000_000, "2 MB (2016581 bytes)"},
		{2_200_000, 2_000_000, "2.2 MB"},
		{2_200_000, 2 << 20, "2.1 MiB"},
		{2_097_153, 2 << 20, "2.0 MiB (2097153 bytes)"},
	} {
		if got := sizeOver(c.n, c.limit); got != c.want {
			t.Errorf("sizeOver(%d, %d) = %q, want %q", c.n, c.limit, got, c.want)
		}
	}
	if got := Limit(2_000_000); got != "2 MB" {
		t.Errorf("Limit(2 000 000) = %q, want 2 MB", got)
	}
	if got := Limit(2 << 20); got != "2.0 MiB" {
		t.Errorf("Limit(2 MiB) = %q, want 2.0 MiB", got)
	}
}
