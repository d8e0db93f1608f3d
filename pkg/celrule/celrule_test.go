package celrule

import (
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/lint"
)

func TestCompileTypeErrors(t *testing.T) {
	for expr, want := range map[string]string{
		`applicant.age_years >= "21"`: "no matching overload",
		`applicant.age`:               "undefined field",
		`applicant.age_years + 1`:     "must give a bool",
		`document.type == "passport"`: "undeclared reference",
		`documents.exists(d, d.typo)`: "undefined field",
	} {
		_, err := Compile(Def{ID: "custom.x", Severity: lint.Error, Message: "m", Expr: expr})
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: got %v, want %q", expr, err, want)
		}
	}
}

func TestCompileValid(t *testing.T) {
	for _, expr := range []string{
		`applicant.age_years >= 21`,
		`applicant.date_of_birth == null || applicant.date_of_birth < lint_date`,
		`documents.exists(d, d.type == "passport" && d.days_to_expiry > 180)`,
		`documents.all(d, d.format != "png" || d.size_bytes < 1000000)`,
	} {
		if _, err := Compile(Def{ID: "custom.x", Severity: lint.Error, Message: "m", Expr: expr}); err != nil {
			t.Errorf("%s: %v", expr, err)
		}
	}
	if _, err := Compile(Def{ID: "custom.x", Severity: lint.Error, Message: "m", Each: "documents",
		Expr: `document.category != "identity" || document.expiry_date != null`}); err != nil {
		t.Error(err)
	}
}
