package kubernetes_test

import (
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestDockerfile checks what the Jobs rely on in deploy/Dockerfile without
// a container engine to build it: a static, trimmed build stamped with a
// version through a variable pkg/cli has, from folders that hold every
// package of the command, on a distroless base, as its non-root user.
func TestDockerfile(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "Dockerfile"))
	if err != nil {
		t.Fatal(err)
	}
	// Join continued lines and drop comments.
	text := regexp.MustCompile(`\\\n\s*`).ReplaceAllString(string(data), "")
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			lines = append(lines, l)
		}
	}
	var from []string
	var copied []string
	var build, user, entrypoint string
	for _, l := range lines {
		instr, rest, _ := strings.Cut(l, " ")
		switch strings.ToUpper(instr) {
		case "FROM":
			from = append(from, rest)
		case "COPY":
			if f := strings.Fields(rest); len(from) == 1 && !strings.HasPrefix(f[0], "--") {
				copied = append(copied, f[:len(f)-1]...)
			}
		case "RUN":
			if strings.Contains(rest, "go build") {
				build = rest
			}
		case "USER":
			user = rest
		case "ENTRYPOINT":
			entrypoint = rest
		}
	}
	if len(from) != 2 || !strings.HasPrefix(from[0], "golang:") || from[1] != "gcr.io/distroless/static:nonroot" {
		t.Errorf("want a golang build stage and a gcr.io/distroless/static:nonroot final stage, have %q", from)
	}
	for _, want := range []string{"CGO_ENABLED=0", "-trimpath", "-X github.com/kyclint/kyclint/pkg/cli.stampedVersion=${VERSION}", "./cmd/kyclint"} {
		if !strings.Contains(build, want) {
			t.Errorf("the build step lacks %s: %s", want, build)
		}
	}
	src, err := os.ReadFile(filepath.Join("..", "..", "pkg", "cli", "factory.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(src), "\nvar stampedVersion string\n") {
		t.Errorf("pkg/cli no longer declares stampedVersion, which the Dockerfile stamps")
	}
	for _, f := range []string{"go.mod", "go.sum"} {
		if !slices.Contains(copied, f) {
			t.Errorf("the build stage does not copy %s", f)
		}
	}
	if !strings.HasPrefix(user, "nonroot") {
		t.Errorf("USER %q, want nonroot", user)
	}
	if !strings.HasPrefix(entrypoint, "[") || !strings.Contains(entrypoint, "kyclint") {
		t.Errorf("ENTRYPOINT %s: want the exec form running kyclint (the image has no shell)", entrypoint)
	}

	// Every file the command is built from is in a copied folder, and not
	// left out of the build context.
	ignored := dockerignore(t, filepath.Join("..", "Dockerfile.dockerignore"))
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "list", "-deps", "-f", "{{if not .Standard}}{{$d := .Dir}}{{range .GoFiles}}{{$d}}/{{.}} {{end}}{{range .EmbedFiles}}{{$d}}/{{.}} {{end}}{{end}}", "./cmd/kyclint")
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	files := []string{"go.mod", "go.sum"}
	for _, file := range strings.Fields(string(out)) {
		rel, err := filepath.Rel(root, file)
		if err != nil || strings.HasPrefix(rel, "..") {
			continue // a module's, which go build downloads
		}
		files = append(files, filepath.ToSlash(rel))
	}
	if len(files) < 50 {
		t.Fatalf("go list found only %d files of kyclint's own", len(files))
	}
	for _, rel := range files {
		if pattern := ignored(rel); pattern != "" {
			t.Errorf("the build needs %s, but Dockerfile.dockerignore leaves it out (%s)", rel, pattern)
		}
		if rel == "go.mod" || rel == "go.sum" {
			continue
		}
		top := strings.Split(rel, "/")[0]
		found := false
		for _, c := range copied {
			if strings.TrimSuffix(strings.TrimPrefix(c, "./"), "/") == top {
				found = true
			}
		}
		if !found {
			t.Errorf("the command needs %s, but the Dockerfile copies only %q", rel, copied)
		}
	}
}

// dockerignore reads an ignore file and returns a function that gives the
// pattern leaving a path (slash-separated, from the context's root) out of
// the build context, or "". Patterns are matched as BuildKit matches them
// for the ones used here: path.Match per segment, ** for any number of
// segments, a folder's pattern leaving out all below it; "!" exceptions
// are not supported.
func dockerignore(t *testing.T, file string) func(string) string {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var patterns []string
	for _, l := range strings.Split(string(data), "\n") {
		if l = strings.TrimSpace(l); l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if strings.HasPrefix(l, "!") {
			t.Fatalf("%s: exceptions (%s) are not checked by this test", file, l)
		}
		patterns = append(patterns, strings.Trim(l, "/"))
	}
	var match func(pat, name []string) bool
	match = func(pat, name []string) bool {
		switch {
		case len(pat) == 0:
			return true // a folder's pattern matches all below it
		case pat[0] == "**":
			for i := 0; i <= len(name); i++ {
				if match(pat[1:], name[i:]) {
					return true
				}
			}
			return false
		case len(name) == 0:
			return false
		}
		ok, err := path.Match(pat[0], name[0])
		return err == nil && ok && match(pat[1:], name[1:])
	}
	return func(p string) string {
		for _, pat := range patterns {
			if match(strings.Split(pat, "/"), strings.Split(p, "/")) {
				return pat
			}
		}
		return ""
	}
}
