package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// runQuickly runs kyclint and fails the test if it has not returned within
// 10 s: a FIFO or /dev/zero given as a file must be refused, not read.
func runQuickly(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	type result struct {
		code     int
		out, err string
	}
	done := make(chan result, 1)
	go func() {
		code, out, errOut := run(t, args...)
		done <- result{code, out, errOut}
	}()
	select {
	case r := <-done:
		return r.code, r.out, r.err
	case <-ctx.Done():
		t.Fatalf("kyclint %s: still running after 10 s", strings.Join(args, " "))
		return 0, "", ""
	}
}

// special makes name a FIFO, a symlink to /dev/zero or a folder.
func special(t *testing.T, kind, name string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	var err error
	switch kind {
	case "fifo":
		err = syscall.Mkfifo(name, 0o644)
	case "zero":
		if _, serr := os.Stat("/dev/zero"); serr != nil {
			t.Skip("no /dev/zero")
		}
		err = os.Symlink("/dev/zero", name)
	case "folder":
		err = os.Mkdir(name, 0o755)
	}
	if err != nil {
		t.Skipf("%s %s: %v", kind, name, err)
	}
}

// TestSpecialFilesAreRefused checks that a configuration, rule set, extends:
// target or baseline that is a FIFO, a symlink to /dev/zero or a folder is
// refused at once, exit 2, with a message naming the file.
func TestSpecialFilesAreRefused(t *testing.T) {
	want := map[string]string{"fifo": "not a regular file", "zero": "not a regular file", "folder": "a folder, not a file"}
	for _, kind := range []string{"fifo", "zero", "folder"} {
		for _, c := range []struct {
			name  string
			setup func(t *testing.T)
			args  []string
			file  string
		}{
			{"config", func(t *testing.T) { special(t, kind, ".kyclint.yaml") }, nil, ".kyclint.yaml"},
			{"rules", func(t *testing.T) { special(t, kind, "acme.yaml") }, []string{"--rules", "./acme.yaml"}, "acme.yaml"},
			{"extends", func(t *testing.T) {
				writeFile(t, "acme.yaml", "extends: ./parent.yaml\n")
				special(t, kind, "parent.yaml")
			}, []string{"--rules", "./acme.yaml"}, "parent.yaml"},
			{"baseline", func(t *testing.T) { special(t, kind, "base.json") }, []string{"--baseline", "base.json"}, "base.json"},
			{"default baseline", func(t *testing.T) { special(t, kind, ".kyclint-baseline.json") }, nil, ".kyclint-baseline.json"},
		} {
			t.Run(kind+"/"+c.name, func(t *testing.T) {
				repoDir(t)
				samplePack(t, "anna-clean", "packs/anna")
				c.setup(t)
				code, _, errOut := runQuickly(t, append([]string{"lint", "packs", "--date", "2026-11-26"}, c.args...)...)
				says := want[kind]
				if kind == "zero" && c.name == "extends" {
					says = "lies outside" // extends: stays in the repository, before any reading
				}
				if code != ExitTrouble || !strings.Contains(errOut, c.file) || !strings.Contains(errOut, says) {
					t.Errorf("exit %d, stderr %q; want exit %d naming %s and saying %q", code, errOut, ExitTrouble, c.file, says)
				}
			})
		}
	}
}

// TestRulesetTestFixturesStayInTheirFolder checks that `ruleset test`
// reads a fixture's files as lint reads a pack: a .want that is a FIFO or
// /dev/zero is refused at once, a rules: file outside the fixtures folder is
// not loaded, and a kyc.yaml symlinked out of its fixture is not read for
// expectations (lint reports it as unsafe).
func TestRulesetTestFixturesStayInTheirFolder(t *testing.T) {
	for _, kind := range []string{"fifo", "zero"} {
		t.Run(".want "+kind, func(t *testing.T) {
			repoDir(t)
			samplePack(t, "anna-clean", "fx/anna")
			special(t, kind, "fx/anna/.want")
			code, _, errOut := runQuickly(t, "ruleset", "test", "fx", "--date", "2026-11-26")
			says := map[string]string{"fifo": "not a regular file", "zero": "leads outside the fixture folder"}[kind]
			if code != ExitTrouble || !strings.Contains(errOut, filepath.Join("fx", "anna", ".want")) || !strings.Contains(errOut, says) {
				t.Errorf("exit %d, stderr %q", code, errOut)
			}
		})
	}
	t.Run("rules outside", func(t *testing.T) {
		repoDir(t)
		samplePack(t, "anna-clean", "fx/anna")
		writeFile(t, "outside.yaml", "extends: gb\n")
		writeFile(t, "fx/anna/.want", "rules: ../../outside.yaml\n")
		code, _, errOut := runQuickly(t, "ruleset", "test", "fx", "--date", "2026-11-26")
		if code != ExitTrouble || !strings.Contains(errOut, "outside the fixtures folder") || !strings.Contains(errOut, ".want") {
			t.Errorf("exit %d, stderr %q", code, errOut)
		}
		writeFile(t, "fx/anna/.rules.yaml", "extends: gb\n")
		writeFile(t, "fx/anna/.want", "rules: .rules.yaml\n")
		if code, out, errOut := runQuickly(t, "ruleset", "test", "fx", "--date", "2026-11-26"); code != ExitOK {
			t.Errorf("a rule set inside the fixture: exit %d\n%s%s", code, out, errOut)
		}
	})
	t.Run("manifest symlinked out", func(t *testing.T) {
		repoDir(t)
		samplePack(t, "anna-clean", "fx/anna")
		samplePack(t, "anna-clean", "elsewhere")
		editFile(t, "elsewhere/kyc.yaml", "version: 1", `version: 1 # want "no.such-rule"`)
		if err := os.Remove("fx/anna/kyc.yaml"); err != nil {
			t.Fatal(err)
		}
		abs, _ := filepath.Abs("elsewhere/kyc.yaml")
		if err := os.Symlink(abs, "fx/anna/kyc.yaml"); err != nil {
			t.Fatal(err)
		}
		code, out, errOut := runQuickly(t, "ruleset", "test", "fx", "--date", "2026-11-26")
		if strings.Contains(out, "no.such-rule") || code != ExitFailed || !strings.Contains(out, "unexpected pack.unsafe-path") {
			t.Errorf("exit %d; want the unsafe manifest reported, and no expectation read from it:\n%s%s", code, out, errOut)
		}
	})
}
