package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/report"
)

// lintWith runs `kyclint lint` in-process with opts filled as the command
// fills them, for tests that need a hook the command line cannot reach.
func lintWith(t *testing.T, opts *lintOptions) (string, error) {
	t.Helper()
	io, _, _, errOut := Test()
	f := NewFactory(io)
	f.Now = func() time.Time { return time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC) }
	opts.IO, opts.Factory = io, f
	opts.Jobs, opts.FailOn, opts.Redact, opts.Quiet = 2, "error", "auto", true
	opts.Operator.NoConfig, opts.Operator.NoBaseline = true, true
	err := lintRun(opts)
	return errOut.String(), err
}

// TestPanicWhileReportingCrashesOnePack: a panic after a pack was linted,
// while its result is prepared for the reports, makes that pack a crashed
// result; the batch finishes, every report is written, exit 2.
func TestPanicWhileReportingCrashesOnePack(t *testing.T) {
	inRoot(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "r.json")
	opts := &lintOptions{Paths: []string{"testdata/packs"}, Formats: []string{"json=" + out, "ndjson=" + filepath.Join(dir, "r.ndjson")},
		beforeReport: func(r *lint.PackResult) {
			if strings.HasSuffix(r.Path, "anna-clean") {
				panic("report bug")
			}
		}}
	_, err := lintWith(t, opts)
	if code := exitCode(err); code != ExitTrouble || !strings.Contains(err.Error(), "anna-clean") {
		t.Fatalf("exit %d (%v), want 2 naming the crashed pack", code, err)
	}
	var rep report.Report
	data, _ := os.ReadFile(out)
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	crashed := 0
	for _, p := range rep.Packs {
		if strings.HasSuffix(p.Path, "anna-clean") {
			if len(p.Findings) != 1 || p.Findings[0].Rule != lint.CrashRule ||
				p.Findings[0].Message != "internal error: kyclint crashed on this pack while reporting it: report bug" {
				t.Errorf("crashed pack: %+v", p.Findings)
			}
			crashed++
		}
	}
	if crashed != 1 || len(rep.Packs) < 5 {
		t.Errorf("%d packs, %d crashed; want all of them, one crashed", len(rep.Packs), crashed)
	}
	onlyFiles(t, dir, "r.json", "r.ndjson")
}

// TestFailedOutputLeavesNoTemporaryFile: when one report cannot be written
// the run exits 2, the other reports are still written whole, and no
// temporary file is left behind.
func TestFailedOutputLeavesNoTemporaryFile(t *testing.T) {
	inRoot(t)
	dir := t.TempDir()
	opts := &lintOptions{Paths: []string{"testdata/packs/anna-clean"},
		Formats: []string{"json=" + filepath.Join(dir, "gone", "r.json"), "ndjson=" + filepath.Join(dir, "r.ndjson"), "sarif=" + filepath.Join(dir, "r.sarif")}}
	_, err := lintWith(t, opts)
	if code := exitCode(err); code != ExitTrouble || !strings.Contains(err.Error(), "gone") {
		t.Fatalf("exit %d (%v), want 2 naming the report that failed", code, err)
	}
	onlyFiles(t, dir, "r.ndjson", "r.sarif")
	if data, _ := os.ReadFile(filepath.Join(dir, "r.ndjson")); !strings.Contains(string(data), `"summary"`) {
		t.Errorf("the ndjson report is not whole:\n%s", data)
	}
}

func exitCode(err error) int {
	if err == nil {
		return ExitOK
	}
	if ee, ok := err.(*exitError); ok {
		return ee.code
	}
	return -1
}

// onlyFiles fails unless dir holds exactly the named entries.
func onlyFiles(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if strings.Join(got, " ") != strings.Join(names, " ") {
		t.Errorf("%s holds %v, want %v", dir, got, names)
	}
}
