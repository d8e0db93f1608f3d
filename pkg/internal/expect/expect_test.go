package expect

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/redact"
)

func writeCase(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestLoadErrorsNameTheLine(t *testing.T) {
	for name, files := range map[string]map[string]string{
		"kyc.yaml:2": {"kyc.yaml": "documents:\n  - file: a.jpg  # want \"image.blur\" severe\n"},
		".want:2":    {"kyc.yaml": "documents: []\n", ".want": "date: 2026-01-01\na.jpg image.blur error \"(\"\n"},
	} {
		_, err := Load("", writeCase(t, files))
		if err == nil || !strings.Contains(err.Error(), name+":") {
			t.Errorf("error %v, want one naming %s", err, name)
		}
	}
}

func finding(rule string, sev lint.Severity, line int, msg string) lint.Finding {
	return lint.Finding{Rule: rule, Severity: sev, File: "kyc.yaml", Line: line, Message: redact.Text{Plain: msg, Masked: msg}}
}

func TestDiff(t *testing.T) {
	dir := writeCase(t, map[string]string{
		"kyc.yaml": "a: 1  # want \"x.y\" error \"blurred\"\nb: 2  # want \"x.y\" warning \"x.y\" error\nc: 3  # want \"x.y\"\nd: 4  # want \"x.y\" error\n",
		".want":    "a.jpg x.y info\n",
	})
	c, err := Load("", dir)
	if err != nil {
		t.Fatal(err)
	}
	res := lint.PackResult{Manifest: "kyc.yaml", Findings: []lint.Finding{
		finding("x.y", lint.Warning, 1, "a.jpg is blurred"),
		finding("x.y", lint.Error, 2, "one"), finding("x.y", lint.Warning, 2, "two"),
		finding("x.y", lint.Info, 3, "any"), finding("x.y", lint.Info, 3, "more"),
		{Rule: "x.y", Severity: lint.Warning, File: "a.jpg", Message: redact.Text{Plain: "m"}},
	}}
	got := strings.Join(c.Diff(c.Got(res)), "\n")
	want := strings.Join([]string{
		`a.jpg: x.y finding differs: want "x.y" info (.want:1), got "x.y" warning "m"`,
		`kyc.yaml:1: x.y finding differs: want "x.y" error "blurred", got "x.y" warning "a.jpg is blurred"`,
		`kyc.yaml:3: unexpected x.y finding (got 2, want 1): "x.y" info "more"`,
		`kyc.yaml:4: expected x.y finding not reported (got 0, want 1): want "x.y" error`,
	}, "\n")
	if got != want {
		t.Errorf("diff:\n%s\nwant:\n%s", got, want)
	}
}
