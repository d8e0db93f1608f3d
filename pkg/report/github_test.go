package report

import (
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/lint"
)

func TestGitHubEscaping(t *testing.T) {
	cases := []struct {
		in, data, property string
	}{
		{"plain", "plain", "plain"},
		{"100% sure", "100%25 sure", "100%25 sure"},
		{"%0A is not a newline", "%250A is not a newline", "%250A is not a newline"},
		{"two\nlines", "two%0Alines", "two%0Alines"},
		{"dos\r\nline", "dos%0D%0Aline", "dos%0D%0Aline"},
		{"a, b", "a, b", "a%2C b"},
		{"C:/x::y", "C:/x::y", "C%3A/x%3A%3Ay"},
		{"::error ::x", "::error ::x", "%3A%3Aerror %3A%3Ax"},
	}
	for _, c := range cases {
		if got := githubData(c.in); got != c.data {
			t.Errorf("data %q: got %q, want %q", c.in, got, c.data)
		}
		if got := githubProperty(c.in); got != c.property {
			t.Errorf("property %q: got %q, want %q", c.in, got, c.property)
		}
	}
}

func TestGitHubAnnotations(t *testing.T) {
	got := render(t, "github", Options{}, fixture())
	want := "::error file=packs/a/kyc.yml,line=9,title=image.blur::id front.jpg: image is blurry%0Ahint: Retake it.\n" +
		"::error file=packs/a/kyc.yml,line=12,title=document.expired::passport.jpg expired%0Ahint: Renew it.\n" +
		"::warning file=packs/a/notes.txt,title=pack.unlisted-file::notes.txt is not listed%0Ahint: List it.\n" +
		"::notice title=pack.manifest::packs/b: no kyc.yaml%0Ahint: Write one.\n" +
		"3 packs: 2 passed, 1 failed; 2 errors, 1 warning, 1 info\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestGitHubEscapesFileAndMessage(t *testing.T) {
	r := Build(nil, Meta{})
	r.Add(Pack{Path: "packs/x,y", Findings: []Finding{{Rule: "file.size", Severity: lint.Error,
		File: "a:b.jpg", Message: "50% of\nit", Hint: "h"}}})
	got := strings.SplitN(render(t, "github", Options{}, r), "\n", 2)[0]
	want := "::error file=packs/x%2Cy/a%3Ab.jpg,title=file.size::50%25 of%0Ait%0Ahint: h"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
