package layering

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/kyclint/kyclint/"

// leaves are the packages that know nothing of rules, findings or reports:
// parsers, measures and text helpers that the analyses and rules build on.
// A leaf, and any package under it, depends on no kyclint package but
// other leaves.
var leaves = []string{
	"pkg/address",
	"pkg/filetype",
	"pkg/imaging",
	"pkg/mrz",
	"pkg/mrzread",
	"pkg/names",
	"pkg/nationalid",
	"pkg/pack",
	"pkg/pdfdoc",
	"pkg/redact",
	"pkg/statement",
	"pkg/suggest",
	"pkg/internal/corpus",
	"pkg/internal/editdist",
	"pkg/internal/han",
	"pkg/internal/realset",
	"pkg/internal/synth",
	"pkg/internal/yamlerr",
}

// pkg is one package of the module, with its own (non-test) imports and
// all its dependencies, both as paths relative to the module root; packages
// outside the module are left out.
type pkg struct {
	Path    string
	Imports []string
	Deps    []string
}

// under reports whether path is root or a package below it.
func under(path, root string) bool {
	return path == root || strings.HasPrefix(path, root+"/")
}

func isLeaf(path string) bool {
	return slices.ContainsFunc(leaves, func(l string) bool { return under(path, l) })
}

// checkGroup returns "pkg/checks/x" for a package under pkg/checks/x, and
// "" for any other, pkg/checks itself included.
func checkGroup(path string) string {
	rest, ok := strings.CutPrefix(path, "pkg/checks/")
	if !ok {
		return ""
	}
	g, _, _ := strings.Cut(rest, "/")
	return "pkg/checks/" + g
}

// TestLayering asserts, on the imports of the non-test code:
//
//   - a rule package (pkg/checks/x/…) depends on no other rule package,
//     nor on pkg/checks, which lists them all;
//   - the shared analyses (pkg/analysis/…) depend on no rule package, on
//     neither pkg/cli nor pkg/report, and on nothing but pkg/lint and leaves;
//   - a leaf depends on leaves only (so on no rule, analysis, lint, report
//     or cli package);
//   - pkg/report and pkg/lint (the runner) depend on no rule or analysis
//     package;
//   - only the commands under cmd/ depend on pkg/cli;
//   - only cmd/, pkg/cli and the library pkg/kyclint depend on pkg/engine, the
//     rule-set resolver; nothing in the module depends on the library.
//
// "Depends" is transitive: a rule package reaching another through a helper
// breaks the rule as much as importing it.
func TestLayering(t *testing.T) {
	for _, v := range violations(list(t)) {
		t.Error(v)
	}
}

// violations returns a sentence for each dependency that breaks the
// layering, and for a leaf or layer the list no longer finds.
func violations(pkgs []*pkg) []string {
	byPath := map[string]*pkg{}
	for _, p := range pkgs {
		byPath[p.Path] = p
	}
	var out []string
	leafSeen := map[string]bool{}
	for _, p := range pkgs {
		bad := func(dep, why string) {
			out = append(out, p.Path+" depends on "+dep+" ("+strings.Join(chain(byPath, p.Path, dep), " → ")+"): "+why)
		}
		group := checkGroup(p.Path)
		for _, d := range p.Deps {
			switch {
			case group != "" && (d == "pkg/checks" || (checkGroup(d) != "" && checkGroup(d) != group)):
				bad(d, "a rule package imports no other rule package; move what they share to pkg/analysis or a leaf")
			case under(p.Path, "pkg/analysis") && !under(d, "pkg/analysis") && d != "pkg/lint" && !isLeaf(d):
				bad(d, "the analyses import only pkg/lint and leaves")
			case isLeaf(p.Path) && !isLeaf(d):
				bad(d, "a leaf imports only other leaves")
			case (under(p.Path, "pkg/report") || under(p.Path, "pkg/lint")) && (under(d, "pkg/checks") || under(d, "pkg/analysis")):
				bad(d, "the report and the runner know no rule or analysis")
			case under(d, "pkg/cli") && !under(p.Path, "cmd") && !under(p.Path, "pkg/cli"):
				bad(d, "only cmd/ imports pkg/cli")
			case under(d, "pkg/engine") && !under(p.Path, "cmd") && !under(p.Path, "pkg/cli") && !under(p.Path, "pkg/kyclint") && !under(p.Path, "pkg/engine"):
				bad(d, "only the command (pkg/cli) and the library (pkg/kyclint) use the engine that resolves rule sets")
			case under(d, "pkg/kyclint") && !under(p.Path, "pkg/kyclint") && !under(p.Path, "cmd"):
				bad(d, "the library is for programs outside kyclint; kyclint's own packages use the engine")
			}
		}
		for _, l := range leaves {
			if under(p.Path, l) {
				leafSeen[l] = true
			}
		}
	}
	for _, l := range leaves {
		if !leafSeen[l] {
			out = append(out, "leaf "+l+" is not a package of the module any more: update the list of leaves")
		}
	}
	for _, must := range []string{"pkg/analysis", "pkg/checks", "pkg/cli", "pkg/engine", "pkg/kyclint", "pkg/lint", "pkg/report"} {
		if byPath[must] == nil {
			out = append(out, "package "+must+" not found: update the layering rules")
		}
	}
	return out
}

// TestViolationsAreFound feeds violations a module that breaks each rule
// once, so that TestLayering passing means something.
func TestViolationsAreFound(t *testing.T) {
	p := func(path string, imports ...string) *pkg { return &pkg{Path: path, Imports: imports, Deps: imports} }
	pkgs := []*pkg{
		p("cmd/kyclint", "pkg/cli"),
		p("pkg/cli", "pkg/report", "pkg/checks"),
		p("pkg/report", "pkg/lint"),
		p("pkg/lint", "pkg/pack"),
		p("pkg/checks", "pkg/checks/addresscheck", "pkg/checks/identitycheck"),
		p("pkg/checks/identitycheck", "pkg/analysis", "pkg/lint"),
		p("pkg/analysis", "pkg/lint", "pkg/mrz"),
		p("pkg/mrz"),
		p("pkg/pack"),
		// the breaches
		&pkg{Path: "pkg/checks/addresscheck", Imports: []string{"pkg/checks/addresscheck/internal/x"},
			Deps: []string{"pkg/checks/addresscheck/internal/x", "pkg/checks/identitycheck"}},
		p("pkg/checks/addresscheck/internal/x", "pkg/checks/identitycheck"),
		p("pkg/analysis/extra", "pkg/report"),
		p("pkg/names", "pkg/lint"),
		p("pkg/fix", "pkg/cli"),
		p("pkg/engine", "pkg/lint"),
		p("pkg/kyclint", "pkg/engine"),
		p("pkg/ruleset", "pkg/engine"),
		p("pkg/report/extra", "pkg/kyclint"),
	}
	got := strings.Join(violations(pkgs), "\n")
	for _, want := range []string{
		"pkg/checks/addresscheck depends on pkg/checks/identitycheck (pkg/checks/addresscheck → pkg/checks/addresscheck/internal/x → pkg/checks/identitycheck)",
		"pkg/checks/addresscheck/internal/x depends on pkg/checks/identitycheck",
		"pkg/analysis/extra depends on pkg/report",
		"pkg/names depends on pkg/lint",
		"pkg/fix depends on pkg/cli",
		"pkg/ruleset depends on pkg/engine",
		"pkg/report/extra depends on pkg/kyclint",
		"leaf pkg/address is not a package",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("no violation %q in:\n%s", want, got)
		}
	}
	for _, wrong := range []string{"cmd/kyclint depends", "pkg/cli depends", "pkg/checks depends", "pkg/checks/identitycheck depends", "pkg/analysis depends"} {
		if strings.Contains(got, wrong) {
			t.Errorf("violation %q reported for an allowed import:\n%s", wrong, got)
		}
	}
}

// list runs `go list -deps=false` over the whole module.
func list(t *testing.T) []*pkg {
	t.Helper()
	cmd := exec.Command("go", "list", "-e", "-json=ImportPath,Imports,Deps,Error", module+"...")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.Bytes())
	}
	var pkgs []*pkg
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p struct {
			ImportPath    string
			Imports, Deps []string
			Error         *struct{ Err string }
		}
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		if p.Error != nil {
			t.Fatalf("go list: %s: %s", p.ImportPath, p.Error.Err)
		}
		pkgs = append(pkgs, &pkg{Path: local(p.ImportPath), Imports: locals(p.Imports), Deps: locals(p.Deps)})
	}
	if len(pkgs) == 0 {
		t.Fatal("go list found no package")
	}
	return pkgs
}

// local returns path relative to the module, or "" for another module's.
func local(path string) string {
	if rest, ok := strings.CutPrefix(path, module); ok {
		return rest
	}
	return ""
}

func locals(paths []string) []string {
	var out []string
	for _, p := range paths {
		if l := local(p); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// chain returns the shortest import chain from one package to another.
func chain(byPath map[string]*pkg, from, to string) []string {
	prev := map[string]string{from: ""}
	queue := []string{from}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == to {
			var path []string
			for p := to; p != ""; p = prev[p] {
				path = append([]string{p}, path...)
			}
			return path
		}
		if p := byPath[cur]; p != nil {
			for _, next := range p.Imports {
				if _, seen := prev[next]; !seen {
					prev[next] = cur
					queue = append(queue, next)
				}
			}
		}
	}
	return []string{from, "…", to}
}
