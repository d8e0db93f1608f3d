package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/racetest"
	"github.com/kyclint/kyclint/pkg/report"
)

// copies makes n copies of the sample packs under one folder.
func copies(t *testing.T, root string, n int) string {
	t.Helper()
	dir := t.TempDir()
	samples, _ := filepath.Glob(filepath.Join(root, "testdata", "packs", "*"))
	for i := 0; i < n; i++ {
		for _, s := range samples {
			if err := os.CopyFS(filepath.Join(dir, fmt.Sprintf("%s-%02d", filepath.Base(s), i)), os.DirFS(s)); err != nil {
				t.Fatal(err)
			}
		}
	}
	return dir
}

func packPaths(t *testing.T, out string) []string {
	t.Helper()
	var rep report.Report
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, p := range rep.Packs {
		paths = append(paths, p.Path)
	}
	return paths
}

// TestShardsCoverEveryPackOnce checks that --shard 1/3..3/3 split a folder
// of 36+ packs with no pack missed and none linted twice; under the race
// detector, of one copy of the sample packs.
func TestShardsCoverEveryPackOnce(t *testing.T) {
	n := 4
	if racetest.Enabled {
		n = 1
	}
	dir := copies(t, inRoot(t), n)
	_, all, _ := run(t, "lint", dir, "-f", "json", "--date", "2026-11-26")
	whole := packPaths(t, all)
	if len(whole) < 9*n {
		t.Fatalf("only %d packs", len(whole))
	}
	var union []string
	for i := 1; i <= 3; i++ {
		_, out, errOut := run(t, "lint", dir, "-f", "json", "--date", "2026-11-26", "--shard", fmt.Sprintf("%d/3", i))
		part := packPaths(t, out)
		if len(part) < len(whole)/3 || len(part) > len(whole)/3+1 {
			t.Errorf("shard %d/3 has %d of %d packs (%s)", i, len(part), len(whole), errOut)
		}
		union = append(union, part...)
	}
	sort.Strings(union)
	if strings.Join(union, "\n") != strings.Join(whole, "\n") {
		t.Error("the shards' packs are not exactly the whole set")
	}
	for _, bad := range []string{"0/3", "4/3", "1/0", "a/b", "2"} {
		if code, _, errOut := run(t, "lint", dir, "--shard", bad); code != ExitTrouble || !strings.Contains(errOut, "--shard") {
			t.Errorf("--shard %s: exit %d, %q", bad, code, errOut)
		}
	}
}

func TestSeveralFormatsInOneRun(t *testing.T) {
	inRoot(t)
	dir := t.TempDir()
	jsonPath := filepath.Join(dir, "r.json")
	code, out, errOut := run(t, "lint", "testdata/packs", "--date", "2026-11-26", "-f", "human", "-f", "json="+jsonPath)
	if code != ExitFailed || !strings.Contains(out, "packs:") && !strings.Contains(out, "packs") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	_, direct, _ := run(t, "lint", "testdata/packs", "--date", "2026-11-26", "-f", "json")
	written, err := os.ReadFile(jsonPath)
	if err != nil || string(written) != direct {
		t.Errorf("the JSON written beside human output differs from a JSON run (%v)", err)
	}
	for _, args := range [][]string{
		{"-f", "human", "-f", "json"},
		{"-f", "json=" + jsonPath, "-f", "human=" + jsonPath},
		{"-f", "json="},
		{"-f", "yaml"},
	} {
		if code, _, _ := run(t, append([]string{"lint", "testdata/packs"}, args...)...); code != ExitTrouble {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}

func TestAllowEmpty(t *testing.T) {
	dir := t.TempDir()
	if code, _, errOut := run(t, "lint", dir); code != ExitTrouble || !strings.Contains(errOut, "no pack found") {
		t.Errorf("empty folder: exit %d, %q", code, errOut)
	}
	if code, out, _ := run(t, "lint", dir, "--allow-empty", "-f", "json"); code != ExitOK || !strings.Contains(out, `"packs": []`) {
		t.Errorf("--allow-empty: exit %d, %q", code, out)
	}
}

// TestFilePathsLintTheirPackOnce is how pre-commit calls kyclint: with the
// changed files.
func TestFilePathsLintTheirPackOnce(t *testing.T) {
	inRoot(t)
	_, out, _ := run(t, "lint", "-f", "json", "--date", "2026-11-26",
		"testdata/packs/anna-clean/passport.jpg", "testdata/packs/anna-clean/kyc.yaml", "testdata/packs/ben-expired-passport/statement.pdf")
	got := packPaths(t, out)
	if strings.Join(got, ",") != "testdata/packs/anna-clean,testdata/packs/ben-expired-passport" {
		t.Errorf("packs %v", got)
	}
}

func TestProgressOnlyForAPersonAtATerminal(t *testing.T) {
	root := inRoot(t)
	dir := copies(t, root, 1)
	for _, c := range []struct {
		tty, quiet, ci, want bool
	}{{true, false, false, true}, {false, false, false, false}, {true, true, false, false}, {true, false, true, false}} {
		io, _, _, errOut := Test()
		io.SetTTY(c.tty)
		io.SetEnv(func(k string) string {
			if k == "CI" && c.ci {
				return "true"
			}
			return ""
		})
		args := []string{"lint", dir, "-f", "json", "--date", "2026-11-26"}
		if c.quiet {
			args = append(args, "--quiet")
		}
		Run(args, NewFactory(io))
		if got := strings.Contains(errOut.String(), "packs/s"); got != c.want {
			t.Errorf("tty=%v quiet=%v ci=%v: progress %v, want %v (%q)", c.tty, c.quiet, c.ci, got, c.want, errOut.String())
		}
	}
}
