package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kyclint/kyclint/pkg/report"
)

const mergeDate = "2026-11-26"

// formatFlags asks for every format at once, each to its own file in dir.
func formatFlags(dir, prefix string) []string {
	var args []string
	for _, f := range report.Formats() {
		args = append(args, "-f", f+"="+filepath.Join(dir, prefix+"."+f))
	}
	return args
}

// TestMergedShardsAreTheSingleRun checks that for n = 1..8 the n shard
// reports of testdata/packs, given in any order and mixing JSON and
// ndjson, merge into byte for byte what one lint run prints in every
// format, with the same exit status.
func TestMergedShardsAreTheSingleRun(t *testing.T) {
	inRoot(t)
	dir := t.TempDir()
	wantCode, _, errOut := run(t, append([]string{"lint", "testdata/packs", "--date", mergeDate, "-q"}, formatFlags(dir, "single")...)...)
	if wantCode != ExitFailed {
		t.Fatalf("single run: exit %d, %s", wantCode, errOut)
	}
	for n := 1; n <= 8; n++ {
		var shards []string
		for i := 1; i <= n; i++ {
			base := filepath.Join(dir, fmt.Sprintf("shard-%d-of-%d", i, n))
			code, _, errOut := run(t, "lint", "testdata/packs", "--date", mergeDate, "-q", "--shard", fmt.Sprintf("%d/%d", i, n),
				"-f", "json="+base+".json", "-f", "ndjson="+base+".ndjson")
			if code == ExitTrouble {
				t.Fatalf("shard %d/%d: %s", i, n, errOut)
			}
			ext := ".json"
			if (i+n)%2 == 0 {
				ext = ".ndjson"
			}
			shards = append([]string{base + ext}, shards...) // last shard first
		}
		args := append(append([]string{"merge"}, formatFlags(dir, fmt.Sprintf("merged-%d", n))...), shards...)
		code, _, errOut := run(t, args...)
		if code != wantCode {
			t.Errorf("n=%d: merge exit %d, want %d: %s", n, code, wantCode, errOut)
		}
		for _, f := range report.Formats() {
			want := readFile(t, filepath.Join(dir, "single."+f))
			got := readFile(t, filepath.Join(dir, fmt.Sprintf("merged-%d.%s", n, f)))
			if got != want {
				t.Errorf("n=%d, %s: the merged report differs from the single run's:\n%s", n, f, diff(want, got))
			}
		}
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestMergeToStdoutAndExitStatus: human to stdout as lint prints it, with
// more shards than packs (an empty ndjson shard is its summary line alone),
// and --fail-on counted again.
func TestMergeToStdoutAndExitStatus(t *testing.T) {
	inRoot(t)
	dir := t.TempDir()
	for i := 1; i <= 3; i++ {
		run(t, "lint", "testdata/packs/anna-clean", "testdata/packs/hugo-no-manifest", "--date", mergeDate,
			"--shard", fmt.Sprintf("%d/3", i), "-f", fmt.Sprintf("ndjson=%s/%d.ndjson", dir, i))
	}
	if empty := readFile(t, dir+"/3.ndjson"); strings.Count(empty, "\n") != 1 || !strings.Contains(empty, `"shard":{"index":3,"count":3}`) {
		t.Errorf("empty shard: %q", empty)
	}
	wantCode, want, _ := run(t, "lint", "testdata/packs/anna-clean", "testdata/packs/hugo-no-manifest", "--date", mergeDate, "--fail-on", "never")
	code, got, errOut := run(t, "merge", "--fail-on", "never", dir+"/3.ndjson", dir+"/1.ndjson", dir+"/2.ndjson")
	if code != wantCode || got != want {
		t.Errorf("merge --fail-on never: exit %d (lint %d), %s\n%s", code, wantCode, errOut, diff(want, got))
	}
	wantCode, _, _ = run(t, "lint", "testdata/packs/anna-clean", "testdata/packs/hugo-no-manifest", "--date", mergeDate, "--fail-on", "info")
	if code, _, _ := run(t, "merge", "--fail-on", "info", dir+"/1.ndjson", dir+"/2.ndjson", dir+"/3.ndjson"); code != wantCode || code != ExitFailed {
		t.Errorf("merge --fail-on info: exit %d, lint %d", code, wantCode)
	}
}

// TestMergeRefusesShardsThatDoNotMakeOneRun: each refusal names the file
// at fault.
func TestMergeRefusesShardsThatDoNotMakeOneRun(t *testing.T) {
	inRoot(t)
	dir := t.TempDir()
	shard := func(name, spec string, extra ...string) string {
		path := filepath.Join(dir, name)
		format := "json"
		if strings.HasSuffix(name, ".ndjson") {
			format = "ndjson"
		}
		args := append([]string{"lint", "testdata/packs", "--date", mergeDate, "-q", "--shard", spec, "-f", format + "=" + path}, extra...)
		if code, _, errOut := run(t, args...); code == ExitTrouble {
			t.Fatalf("%v: %s", args, errOut)
		}
		return path
	}
	s1, s2, s3 := shard("s1.json", "1/3"), shard("s2.ndjson", "2/3"), shard("s3.json", "3/3")
	other := shard("other.json", "2/3", "--date", "2026-11-25")
	half := shard("half.json", "2/2")
	run(t, "lint", "testdata/packs/anna-clean", "testdata/packs/finn-under-age", "--date", mergeDate, "--shard", "2/3", "-f", "json="+filepath.Join(dir, "few.json"))
	few := filepath.Join(dir, "few.json")
	cut := filepath.Join(dir, "cut.ndjson")
	lines := strings.SplitAfter(readFile(t, s2), "\n")
	os.WriteFile(cut, []byte(strings.Join(lines[:len(lines)-2], "")), 0o644)
	edited := filepath.Join(dir, "edited.json")
	os.WriteFile(edited, []byte(strings.Replace(readFile(t, s3), `"errors": `, `"errors": 1`, 1)), 0o644)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{s1, s3}, "shard 2/3 missing"},
		{[]string{s1, s2, s2, s3}, s2 + " and " + s2 + " are both shard 2/3"},
		{[]string{s1, other, s3}, other + ` has lint date "2026-11-25" but ` + s1 + ` has "2026-11-26"`},
		{[]string{s1, half, s3}, half + " is shard 2/2 but " + s1 + " is shard 1/3"},
		{[]string{s1, few, s3}, s1 + " (1/3) 4, " + few + " (2/3) 1, " + s3 + " (3/3) 3 packs"},
		{[]string{s1, cut, s3}, cut + ": no summary line"},
		{[]string{s1, s2, edited}, edited + ": the summary"},
		{[]string{s1, s2, filepath.Join(dir, "nope.json")}, "nope.json"},
	} {
		code, out, errOut := run(t, append([]string{"merge"}, c.args...)...)
		if code != ExitTrouble || out != "" || !strings.Contains(errOut, c.want) {
			t.Errorf("merge %v: exit %d, stdout %d bytes, stderr %q, want %q", c.args, code, len(out), errOut, c.want)
		}
	}
	// Two shards from lists that differ by packs of the same count: the
	// interleaved paths are out of order.
	a := filepath.Join(dir, "a.json")
	run(t, "lint", "testdata/packs/finn-under-age", "testdata/packs/gita-unsafe-paths", "--date", mergeDate, "--shard", "1/2", "-f", "json="+a)
	b := filepath.Join(dir, "b.json")
	run(t, "lint", "testdata/packs/anna-clean", "testdata/packs/ben-expired-passport", "--date", mergeDate, "--shard", "2/2", "-f", "json="+b)
	if code, _, errOut := run(t, "merge", a, b); code != ExitTrouble ||
		!strings.Contains(errOut, "pack testdata/packs/ben-expired-passport ("+b+") sorts before testdata/packs/finn-under-age ("+a+")") {
		t.Errorf("shards of different lists: exit %d, %q", code, errOut)
	}
	c := filepath.Join(dir, "c.json")
	run(t, "lint", "testdata/packs/anna-clean", "testdata/packs/ben-expired-passport", "--date", mergeDate, "--shard", "2/2", "-f", "json="+c)
	d := filepath.Join(dir, "d.json")
	run(t, "lint", "testdata/packs/ben-expired-passport", "testdata/packs/chloe-old-phone-bill", "--date", mergeDate, "--shard", "1/2", "-f", "json="+d)
	if code, _, errOut := run(t, "merge", c, d); code != ExitTrouble || !strings.Contains(errOut, "testdata/packs/ben-expired-passport is in both "+d+" and "+c) {
		t.Errorf("overlapping shards: exit %d, %q", code, errOut)
	}
}

// TestMergeReportsACrash: a shard's crashed pack makes merge exit 2 as the
// single run does.
func TestMergeReportsACrash(t *testing.T) {
	repoDir(t)
	samplePack(t, "anna-clean", "packs/anna")
	samplePack(t, "finn-under-age", "packs/finn")
	var nums []string
	for i := range 60 {
		nums = append(nums, fmt.Sprint(i))
	}
	list := "[" + strings.Join(nums, ",") + "]" // over the cost limit: a crash
	writeFile(t, ".kyclint.yaml", "custom:\n  - id: custom.slow\n    message: slow\n    expr: \""+
		fmt.Sprintf("%s.all(a, %s.all(b, %s.all(c, a + b + c >= 0)))", list, list, list)+"\"\n")
	wantCode, _, wantErr := run(t, "lint", "packs", "-f", "json=whole.json")
	if wantCode != ExitTrouble || !strings.Contains(wantErr, "a rule crashed on packs/anna") {
		t.Fatalf("the custom rule does not crash: exit %d, %s", wantCode, wantErr)
	}
	run(t, "lint", "packs", "--shard", "1/2", "-f", "json=1.json")
	run(t, "lint", "packs", "--shard", "2/2", "-f", "ndjson=2.ndjson")
	code, _, errOut := run(t, "merge", "-f", "json=merged.json", "2.ndjson", "1.json")
	if code != ExitTrouble || !strings.Contains(errOut, "a rule crashed on packs/anna") {
		t.Errorf("merge: exit %d, %q", code, errOut)
	}
	if readFile(t, "merged.json") != readFile(t, "whole.json") {
		t.Error("the merged report differs from the whole run's")
	}
}

// runEnv is run with an environment.
func runEnv(t *testing.T, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	io, _, out, errOut := Test()
	io.SetEnv(func(k string) string { return env[k] })
	f := NewFactory(io)
	f.Now = func() time.Time { return time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC) }
	return Run(args, f), out.String(), errOut.String()
}

func TestShardAuto(t *testing.T) {
	inRoot(t)
	lintShard := func(env map[string]string, extra ...string) (int, *report.Shard, string) {
		t.Helper()
		code, out, errOut := runEnv(t, env, append([]string{"lint", "testdata/packs", "-q", "--date", mergeDate, "-f", "json", "--shard", "auto"}, extra...)...)
		if code == ExitTrouble {
			return code, nil, errOut
		}
		rep, err := report.Read(strings.NewReader(out))
		if err != nil {
			t.Fatal(err)
		}
		return code, rep.Shard, errOut
	}
	for _, c := range []struct {
		env   map[string]string
		extra []string
		want  string
	}{
		{map[string]string{"JOB_COMPLETION_INDEX": "0"}, []string{"--shard-count", "4"}, "1/4"},
		{map[string]string{"JOB_COMPLETION_INDEX": "3"}, []string{"--shard-count", "4"}, "4/4"},
		{map[string]string{"KYCLINT_SHARD": "2/3"}, nil, "2/3"},
		{map[string]string{"JOB_COMPLETION_INDEX": "7", "KYCLINT_SHARD": "2/3"}, nil, "2/3"},
		{map[string]string{"JOB_COMPLETION_INDEX": "1", "KYCLINT_SHARD": "2/3"}, []string{"--shard-count", "5"}, "2/5"},
	} {
		code, sh, errOut := lintShard(c.env, c.extra...)
		if code == ExitTrouble || sh == nil || fmt.Sprintf("%d/%d", sh.Index, sh.Count) != c.want {
			t.Errorf("%v %v: exit %d, shard %+v, want %s: %s", c.env, c.extra, code, sh, c.want, errOut)
		}
	}
	for _, c := range []struct {
		env   map[string]string
		extra []string
		want  string
	}{
		{nil, nil, "neither JOB_COMPLETION_INDEX (with --shard-count N) nor KYCLINT_SHARD=i/n is set"},
		{map[string]string{"JOB_COMPLETION_INDEX": "2"}, nil, "give --shard-count N"},
		{nil, []string{"--shard-count", "4"}, "JOB_COMPLETION_INDEX is not set"},
		{map[string]string{"JOB_COMPLETION_INDEX": "4"}, []string{"--shard-count", "4"}, `JOB_COMPLETION_INDEX="4" must be a number from 0 to 3`},
		{map[string]string{"JOB_COMPLETION_INDEX": "x"}, []string{"--shard-count", "4"}, `JOB_COMPLETION_INDEX="x"`},
		{map[string]string{"KYCLINT_SHARD": "5/3"}, nil, `KYCLINT_SHARD must be i/n`},
	} {
		if code, _, errOut := lintShard(c.env, c.extra...); code != ExitTrouble || !strings.Contains(errOut, c.want) {
			t.Errorf("%v %v: exit %d, %q, want %q", c.env, c.extra, code, errOut, c.want)
		}
	}
	if code, _, errOut := run(t, "lint", "testdata/packs", "--shard", "1/2", "--shard-count", "2"); code != ExitTrouble || !strings.Contains(errOut, "--shard-count goes with --shard auto") {
		t.Errorf("--shard-count without auto: exit %d, %q", code, errOut)
	}
	// An unsharded report says nothing of shards: the single run's bytes.
	_, out, _ := run(t, "lint", "testdata/packs/anna-clean", "-f", "json")
	if strings.Contains(out, `"shard"`) {
		t.Error("an unsharded report names a shard")
	}
}

func TestLintFrom(t *testing.T) {
	inRoot(t)
	dir := t.TempDir()
	list := filepath.Join(dir, "packs.txt")
	os.WriteFile(list, []byte("# packs to check\ntestdata/packs/kai-resident-id\n\n  testdata/packs/anna-clean  \ntestdata/packs/anna-clean/kyc.yaml\n"), 0o644)
	_, want, _ := run(t, "lint", "-f", "json", "--date", mergeDate, "testdata/packs/anna-clean", "testdata/packs/kai-resident-id")
	if _, got, errOut := run(t, "lint", "-f", "json", "--date", mergeDate, "--from", list); got != want {
		t.Errorf("--from FILE: %s\n%s", errOut, diff(want, got))
	}
	io, in, out, _ := Test()
	in.WriteString("testdata/packs/anna-clean\r\ntestdata/packs/kai-resident-id") // no final newline
	f := NewFactory(io)
	Run([]string{"lint", "-f", "json", "--date", mergeDate, "--from", "-"}, f)
	if out.String() != want {
		t.Errorf("--from -:\n%s", diff(want, out.String()))
	}
	// With PATH arguments too, both are linted.
	_, both, _ := run(t, "lint", "-f", "json", "--date", mergeDate, "--from", list, "testdata/packs/finn-under-age")
	if got := packPaths(t, both); len(got) != 3 {
		t.Errorf("--from with a PATH: packs %v", got)
	}
	os.WriteFile(list, []byte("testdata/packs/anna-clean\n# gone\ntestdata/packs/zed-gone\n"), 0o644)
	if code, out, errOut := run(t, "lint", "--from", list); code != ExitTrouble || out != "" || !strings.Contains(errOut, list+":3: testdata/packs/zed-gone: no such file or folder") {
		t.Errorf("missing path: exit %d, %q", code, errOut)
	}
	if code, _, errOut := run(t, "lint", "--from", filepath.Join(dir, "none.txt")); code != ExitTrouble || !strings.Contains(errOut, "none.txt") {
		t.Errorf("missing list: exit %d, %q", code, errOut)
	}
	os.WriteFile(list, []byte("# nothing\n\n"), 0o644)
	if code, _, errOut := run(t, "lint", "--from", list); code != ExitTrouble || !strings.Contains(errOut, "no pack found in the paths listed in "+list) {
		t.Errorf("empty list: exit %d, %q", code, errOut)
	}
}
