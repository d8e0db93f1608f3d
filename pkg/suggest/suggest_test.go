package suggest

import (
	"strings"
	"testing"
)

func TestDidYouMean(t *testing.T) {
	keys := []string{"address", "documents", "name", "date_of_birth", "rules", "role"}
	cases := []struct{ word, want string }{
		{"adress", "address"},      // one deletion
		{"addresss", "address"},    // one insertion
		{"documnets", "documents"}, // a swap is two edits, within three
		{"nmae", ""},               // short words allow one edit; a swap is two
		{"nam", "name"},            // one edit in a short word
		{"date_of_brith", "date_of_birth"},
		{"rule", "rules"},      // the first of two equally close keys wins
		{"xyz", ""},            // nothing close
		{"address", "address"}, // an exact key is its own suggestion
		{"", ""},
	}
	for _, c := range cases {
		want := ""
		if c.want != "" {
			want = ` (did you mean "` + c.want + `"?)`
		}
		if got := DidYouMean(c.word, keys); got != want {
			t.Errorf("DidYouMean(%q) = %q, want %q", c.word, got, want)
		}
	}
}

func TestDidYouMeanIgnoresLongWords(t *testing.T) {
	long := strings.Repeat("a", 65)
	if got := DidYouMean(long, []string{long + "b", long[1:]}); got != "" {
		t.Errorf("DidYouMean on a %d-rune word = %q, want none", len(long), got)
	}
	if got := DidYouMean(long[1:], []string{long[2:]}); got == "" {
		t.Error("a 64-rune word found no suggestion one edit away")
	}
}
