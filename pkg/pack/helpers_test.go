package pack

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// lineOf returns the 1-based line of src holding marker, so that expected
// line numbers follow the test input rather than being written twice.
func lineOf(t *testing.T, src, marker string) int {
	t.Helper()
	for i, l := range strings.Split(src, "\n") {
		if strings.Contains(l, marker) {
			return i + 1
		}
	}
	t.Fatalf("marker %q not in source", marker)
	return 0
}

// problemsWith returns the problems whose plain text contains every part.
func problemsWith(problems []Problem, parts ...string) []Problem {
	var out []Problem
next:
	for _, p := range problems {
		for _, s := range parts {
			if !strings.Contains(p.Text.Plain, s) {
				continue next
			}
		}
		out = append(out, p)
	}
	return out
}

func dumpProblems(problems []Problem) string {
	var b strings.Builder
	for _, p := range problems {
		b.WriteString("\n  ")
		b.WriteString(fmt.Sprintf("%v %s:%d %s | hint: %s", p.Kind, p.File, p.Line, p.Text.Plain, p.Hint))
	}
	return b.String()
}

// writeFiles creates each file under dir, with its folders.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// loadDir loads dir as a pack, with the manifest Discover would pick.
func loadDir(t *testing.T, dir string) *Pack {
	t.Helper()
	p := Load(Target{Dir: dir, Path: filepath.ToSlash(dir), Manifest: manifestIn(dir)})
	t.Cleanup(func() { p.Close() })
	return p
}

func docByFile(p *Pack, file string) *Document {
	for _, d := range p.Documents {
		if d.File == file {
			return d
		}
	}
	return nil
}

func fileByName(p *Pack, name string) *File {
	for _, f := range p.Files {
		if f.Name == name {
			return f
		}
	}
	return nil
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("symlinks unavailable: %v", err)
	}
}

func digest(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}
