package cli

import (
	"bytes"
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kyclint/kyclint/pkg/checks"
)

var update = flag.Bool("update", false, "rewrite golden files")

// run executes kyclint in-process from the repository root with test
// streams and returns the exit code, stdout and stderr.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	io, _, out, errOut := Test()
	f := NewFactory(io)
	f.Now = func() time.Time { return time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC) }
	code := Run(args, f)
	return code, out.String(), errOut.String()
}

// inRoot runs the test from the repository root, so paths in reports are
// the ones a user of the README sees.
func inRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(root)
	return root
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join(goldenDir, name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./pkg/cli -update)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file (go test ./pkg/cli -update to accept):\n%s", name, diff(string(want), got))
	}
}

var goldenDir, _ = filepath.Abs(filepath.Join("testdata", "golden"))

// diff shows the first lines that differ.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b bytes.Buffer
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			b.WriteString("line " + strconv.Itoa(i+1) + ":\n- " + wl + "\n+ " + gl + "\n")
			if b.Len() > 2000 {
				break
			}
		}
	}
	return b.String()
}

func checksRules() []string {
	return checks.Registry().IDs()
}

// TestUsageErrorsKeepTheirCause: an error reported to the user still
// carries the error it wraps, for callers that test it with errors.Is.
func TestUsageErrorsKeepTheirCause(t *testing.T) {
	err := usageErrorf("reading %s: %w", "kyc.yaml", fs.ErrNotExist)
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("errors.Is(%v, fs.ErrNotExist) = false", err)
	}
	var ee *exitError
	if !errors.As(err, &ee) || ee.code != ExitTrouble || err.Error() != "reading kyc.yaml: file does not exist" {
		t.Errorf("got %#v (%q)", err, err)
	}
}
