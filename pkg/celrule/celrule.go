// Package celrule compiles a rule set's own rules, written in CEL (the
// Common Expression Language Kubernetes uses for validation rules), into
// lint rules. An expression sees a typed, read-only view of the pack
// (applicant, documents, lint_date) and returns true when the pack is
// fine: the rule reports when it is false. CEL has no statement that reads
// a file, opens a connection or loops without bound, and every evaluation
// runs under a cost limit, so a rule file from elsewhere cannot reach
// outside the pack view or hang a batch.
package celrule

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strings"

	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/ext"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/redact"
)

// CostLimit bounds the work one evaluation may do, in CEL's cost units
// (about one per operation and per list element visited). A real rule
// costs a few hundred.
const CostLimit = 100_000

// Prefix starts every custom rule id, so it never collides with a built-in.
const Prefix = "custom."

// A Def is a custom rule as written in a rule set or .kyclint.yaml.
type Def struct {
	ID       string
	Severity lint.Severity
	Message  string
	Hint     string
	Expr     string
	Each     string // "" for the pack as a whole, "documents" for each document
	Source   string // "FILE:LINE" where it is defined, for explain
}

// Compile type-checks def's expression and returns the rule that runs it.
// The error is CEL's message (with its line and column inside the
// expression).
func Compile(def Def) (*lint.Rule, error) {
	env, err := environment(def.Each == "documents")
	if err != nil {
		return nil, err
	}
	ast, iss := env.Compile(def.Expr)
	if iss.Err() != nil {
		return nil, errors.New(strings.TrimSpace(iss.Err().Error()))
	}
	if ast.OutputType() != cel.BoolType {
		return nil, fmt.Errorf("the expression must give a bool (true when the pack is fine), not %s", ast.OutputType())
	}
	prg, err := env.Program(ast, cel.CostLimit(CostLimit))
	if err != nil {
		return nil, err
	}
	hint := def.Hint
	if hint == "" {
		hint = "Correct the pack so that the rule's expression holds; `kyclint explain " + def.ID + "` shows it."
	}
	r := &lint.Rule{ID: def.ID, Title: def.Message, Why: "A rule of the rule set's own: " + def.Message + ".",
		Hint: hint, Severity: def.Severity, NeedsManifest: true,
		Details: "Custom rule defined at " + def.Source + ". It reports when this CEL expression is false" +
			eachNote(def.Each) + ":\n\n    " + def.Expr,
		Definition: "cel\x00" + def.Each + "\x00" + def.Expr}
	r.Run = func(p *lint.Pass) { run(p, prg, def) }
	return r, nil
}

func eachNote(each string) string {
	if each == "documents" {
		return ", evaluated once per document with `document` bound"
	}
	return ""
}

var viewTypes = []any{ext.ParseStructTags(true), reflect.TypeOf(Applicant{}), reflect.TypeOf(Document{})}

func environment(each bool) (*cel.Env, error) {
	opts := []cel.EnvOption{
		ext.NativeTypes(viewTypes...),
		cel.Variable("applicant", cel.ObjectType("celrule.Applicant")),
		cel.Variable("documents", cel.ListType(cel.ObjectType("celrule.Document"))),
		cel.Variable("lint_date", cel.TimestampType),
		ext.Strings(),
	}
	if each {
		opts = append(opts, cel.Variable("document", cel.ObjectType("celrule.Document")))
	}
	return cel.NewEnv(opts...)
}

// run evaluates the program on the pack, or on each document.
func run(p *lint.Pass, prg cel.Program, def Def) {
	a, docs := view(p.Pack, p.Date)
	vars := map[string]any{"applicant": a, "documents": docs, "lint_date": p.Date.Time()}
	if def.Each != "documents" {
		if ok, err := eval(prg, vars); err != nil {
			crash(p, def, err)
		} else if !ok {
			p.Report(lint.Finding{File: p.Pack.ManifestFile, Message: redact.Textf("%s", def.Message)})
		}
		return
	}
	for i, d := range docs {
		vars["document"] = d
		ok, err := eval(prg, vars)
		if err != nil {
			crash(p, def, err)
			return
		}
		if !ok {
			p.Doc(p.Pack.Documents[i], "file", nil, "", "%s: %s", redact.FileOf(d.File), def.Message)
		}
	}
}

func eval(prg cel.Program, vars map[string]any) (bool, error) {
	out, _, err := prg.Eval(vars)
	if err != nil {
		return false, err
	}
	b, ok := out.Value().(bool)
	if !ok {
		return false, fmt.Errorf("the expression gave a value of type %s, not a bool", out.Type().TypeName())
	}
	return b, nil
}

// crash reports an expression that could not be evaluated (its cost limit
// exceeded, a null date compared): the result for this pack cannot be
// trusted, as when a built-in rule crashes.
func crash(p *lint.Pass, def Def, err error) {
	p.Report(lint.Finding{Severity: lint.Error, Crash: true, File: p.Pack.ManifestFile,
		Message: redact.Join(redact.Textf("custom rule %s could not be evaluated", def.ID), ": ", quotedMasked(err.Error())),
		Hint:    "Correct the expression at " + def.Source + ": guard null dates (`x != null && …`) and keep loops over documents shallow."})
}

// quoted matches what an evaluation error quotes in double quotes or
// backquotes: a value of the pack, such as the string a conversion could
// not read. Single quotes hold type names ('string'), which stay.
var quoted = regexp.MustCompile(`"(?:[^"\\]|\\.)*"|` + "`[^`]*`")

// quotedMasked is an evaluation error with what it quotes hidden in the
// masked rendering: CEL quotes the values it failed on, and those are the
// manifest's.
func quotedMasked(msg string) redact.Text {
	masked := quoted.ReplaceAllStringFunc(msg, func(q string) string {
		return q[:1] + redact.SecretOf(q[1:len(q)-1]).Masked() + q[len(q)-1:]
	})
	return redact.Text{Plain: msg, Masked: masked}
}
