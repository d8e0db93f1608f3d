package i18n_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/kyclint/kyclint/pkg/checks"
)

// sourceDirs are the packages whose messages and hints reach the human
// report: the rules, the pack loader (pack.manifest problems), the runner
// (crash and finding-cap messages), and the readers whose findings a rule
// quotes: the MRZ parser, the national number checks, the PDF reader, and
// the name and address comparisons (their verdicts' details).
var sourceDirs = []string{"../checks", "../pack", "../lint", "../mrz", "../nationalid", "../pdfdoc", "../names", "../address"}

// messageKeys lists every English text a rule can show a person: the
// formats and hints passed to redact.Textf, Pass.Doc, Pass.Reportf, the
// pack loader's problem functions and fmt.Sprintf, Hint fields written as
// constants, and each rule's title, why, hint, details and parameter docs.
// It reads the Go source, so a message added to a rule is listed at once.
func messageKeys(t *testing.T) map[string]string {
	t.Helper()
	keys := map[string]string{} // key → where it was found
	fset := token.NewFileSet()
	type pkgFiles struct {
		dir    string
		files  []*ast.File
		consts map[string]string
		params map[string][]int // the package's own functions taking a hint or format
	}
	var pkgs []pkgFiles
	// Parameter positions of functions taking a hint or a format, by name:
	// a package's own functions, else pkg/lint's and pkg/redact's (Pass.Doc,
	// Pass.Reportf), fmt.Sprintf and redact.Textf.
	params := map[string][]int{"Sprintf": {0}, "Textf": {0}}
	for _, root := range append([]string{"../redact"}, sourceDirs...) {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || !d.IsDir() {
				return err
			}
			if d.Name() == "testdata" || d.Name() == "internal" {
				return filepath.SkipDir
			}
			parsed, err := parser.ParseDir(fset, path, func(fi fs.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }, 0)
			if err != nil {
				return err
			}
			for _, p := range parsed {
				pf := pkgFiles{dir: path, consts: map[string]string{}, params: map[string][]int{}}
				for _, f := range p.Files {
					pf.files = append(pf.files, f)
				}
				for _, f := range pf.files {
					for _, decl := range f.Decls {
						switch decl := decl.(type) {
						case *ast.GenDecl:
							for _, spec := range decl.Specs {
								vs, ok := spec.(*ast.ValueSpec)
								if !ok || decl.Tok != token.CONST {
									continue
								}
								for i, n := range vs.Names {
									if i < len(vs.Values) {
										if s, ok := constString(vs.Values[i], nil); ok {
											pf.consts[n.Name] = s
										}
									}
								}
							}
						case *ast.FuncDecl:
							var idx []int
							i := 0
							for _, field := range decl.Type.Params.List {
								for _, n := range field.Names {
									if n.Name == "hint" || n.Name == "format" {
										idx = append(idx, i)
									}
									i++
								}
							}
							if len(idx) > 0 && decl.Name.Name != "Textf" {
								pf.params[decl.Name.Name] = idx
								if path == "../lint" || path == "../redact" {
									params[decl.Name.Name] = idx
								}
							}
						}
					}
				}
				pkgs = append(pkgs, pf)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	add := func(s string, pos token.Pos) {
		if hasWords(s) {
			if _, ok := keys[s]; !ok {
				keys[s] = fset.Position(pos).String()
			}
		}
	}
	for _, pf := range pkgs[1:] { // not pkg/redact itself
		for _, f := range pf.files {
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.CallExpr:
					name := ""
					switch fun := n.Fun.(type) {
					case *ast.Ident:
						name = fun.Name
					case *ast.SelectorExpr:
						name = fun.Sel.Name
					}
					idx, own := pf.params[name]
					if !own {
						idx = params[name]
					}
					for _, i := range idx {
						if i < len(n.Args) {
							if s, ok := constString(n.Args[i], pf.consts); ok {
								add(s, n.Args[i].Pos())
							}
						}
					}
				case *ast.KeyValueExpr:
					// A hint, a verdict's detail, or the name of a national
					// number scheme.
					if id, ok := n.Key.(*ast.Ident); ok && (id.Name == "Hint" || id.Name == "Detail" || id.Name == "Name" && strings.HasSuffix(pf.dir, "nationalid")) {
						if s, ok := constString(n.Value, pf.consts); ok {
							add(s, n.Value.Pos())
						}
					}
				case *ast.AssignStmt:
					for i, l := range n.Lhs {
						// f.Hint = "…", or a format or hint chosen before the call
						if id, ok := l.(*ast.Ident); ok && (id.Name == "format" || id.Name == "hint") && i < len(n.Rhs) {
							if s, ok := constString(n.Rhs[i], pf.consts); ok {
								add(s, n.Rhs[i].Pos())
							}
						}
						if sel, ok := l.(*ast.SelectorExpr); ok && sel.Sel.Name == "Hint" && i < len(n.Rhs) {
							if s, ok := constString(n.Rhs[i], pf.consts); ok {
								add(s, n.Rhs[i].Pos())
							}
						}
					}
				case *ast.BinaryExpr, *ast.BasicLit:
					// Any sentence is a hint, wherever it is written
					// (a table of hints, a function returning one).
					if s, ok := constString(n.(ast.Expr), pf.consts); ok {
						if isSentence(s) {
							add(s, n.Pos())
						}
						return false
					}
				}
				return true
			})
		}
	}
	for _, k := range notShown {
		if _, ok := keys[k]; !ok {
			t.Errorf("notShown lists %q, which the source no longer has", k)
		}
		delete(keys, k)
	}
	for _, r := range checks.All() {
		for _, s := range []string{r.Title, r.Why, r.Hint, r.Details} {
			if hasWords(s) {
				keys[s] = "rule " + r.ID
			}
		}
		for _, p := range r.Params {
			keys[p.Doc] = "rule " + r.ID + " parameter " + p.Name
		}
	}
	return keys
}

// isSentence reports whether s reads as a sentence: a capital letter first,
// words, and a full stop last.
func isSentence(s string) bool {
	return len(s) > 1 && unicode.IsUpper(rune(s[0])) && strings.Contains(s, " ") && strings.HasSuffix(s, ".")
}

// notShown are texts the scan finds that no report shows: a registry's
// refusal of a malformed rule (a panic at start-up) and the name of a
// severity out of range.
var notShown = []string{
	"rule %s uses analysis %s without listing it in Requires",
	"severity(%d)",
}

// constString evaluates a string literal, a constant's name or a sum of them.
func constString(e ast.Expr, consts map[string]string) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(e.Value)
		return s, err == nil
	case *ast.Ident:
		s, ok := consts[e.Name]
		return s, ok
	case *ast.ParenExpr:
		return constString(e.X, consts)
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", false
		}
		a, ok1 := constString(e.X, consts)
		b, ok2 := constString(e.Y, consts)
		return a + b, ok1 && ok2
	}
	return "", false
}

// hasWords reports whether a text has something to translate: two letters
// in a row outside its printf directives.
func hasWords(s string) bool {
	run := 0
	for _, r := range stripVerbs(s) {
		if unicode.IsLetter(r) {
			run++
			if run >= 2 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

func stripVerbs(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+1 < len(s) {
			j := i + 1
			for j < len(s) && strings.IndexByte("+-# 0123456789.[]*", s[j]) >= 0 {
				j++
			}
			b.WriteByte(' ')
			i = j
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func sortedKeys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
