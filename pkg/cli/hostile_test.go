package cli

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// buildKyclint builds the binary into dir, for tests and benchmarks that
// run it.
func buildKyclint(t testing.TB, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "kyclint")
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/kyclint/kyclint/cmd/kyclint").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// repeatPack writes a pack whose manifest names the sample passport photo
// n times (after repoDir).
func repeatPack(t *testing.T, dir string, n int) {
	t.Helper()
	photo, err := os.ReadFile(filepath.Join(os.Getenv("KYCLINT_SAMPLES"), "anna-clean", "passport.jpg"))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("version: 1\napplicant:\n  name: Anna Example\n  date_of_birth: 1990-01-15\ndocuments:\n")
	for i := 0; i < n; i++ {
		b.WriteString("  - file: passport.jpg\n    type: passport\n")
	}
	writeFiles(t, dir, map[string][]byte{"kyc.yaml": []byte(b.String()), "passport.jpg": photo})
}

// TestOneManifestCannotSinkABatch lints a batch holding a pack whose
// manifest names one photo 5 000 times (a 200 KB manifest) with the real
// binary: the run takes seconds, stays within a worker's 16 MiB above
// `kyclint version`, and reports every pack. Before each file was analysed
// once per entry, 1 000 entries took 414 s and 1.4 GiB, and 5 000 ran out
// of memory.
func TestOneManifestCannotSinkABatch(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin := buildKyclint(t, dir)
	repoDir(t)
	packs := filepath.Join(dir, "packs")
	repeatPack(t, filepath.Join(packs, "hostile"), 5000)
	for _, name := range []string{"anna-clean", "ben-expired-passport"} {
		samplePack(t, name, filepath.Join(packs, name))
	}
	version := exec.Command(bin, "version")
	if err := version.Run(); err != nil {
		t.Fatal(err)
	}
	base, ok := version.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		t.Skip("no rusage on this platform")
	}
	report := filepath.Join(dir, "r.json")
	cmd := exec.Command(bin, "lint", packs, "--no-cache", "--jobs", "1", "--date", "2026-11-26", "-f", "json="+report)
	cmd.Env = append(os.Environ(), "GOMEMLIMIT=", "GOGC=")
	start := time.Now()
	out, err := cmd.CombinedOutput()
	elapsed := time.Since(start)
	if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() != 1) {
		t.Fatalf("lint: %v\n%s", err, out)
	}
	peak := float64(cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss-base.Maxrss) / 1024
	t.Logf("5 000 entries: %.2f s, %.1f MiB above kyclint version", elapsed.Seconds(), peak)
	if elapsed > 20*time.Second || peak > 16 {
		t.Errorf("5 000 entries took %.1f s and %.1f MiB above kyclint version; want seconds and at most 16 MiB", elapsed.Seconds(), peak)
	}
	rep, _ := os.ReadFile(report)
	for _, want := range []string{`/hostile"`, "anna-clean", "ben-expired-passport",
		"passport.jpg is listed by 5000 entries as an identity document (lines 6, 8, 10, 12, 14 and 4995 more)"} {
		if !strings.Contains(string(rep), want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	if n := strings.Count(string(rep), `"rule":"image.duplicate"`); n != 0 {
		t.Errorf("%d image.duplicate findings, want none: the entries are one document", n)
	}
}

// TestInterruptLeavesNoTemporaryFile interrupts a batch while its ndjson
// report streams to a file: the run exits 2 saying so, and neither the
// report nor its temporary file is left.
func TestInterruptLeavesNoTemporaryFile(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin := buildKyclint(t, dir)
	repoDir(t)
	packs := filepath.Join(dir, "packs")
	for i := 0; i < 200; i++ {
		samplePack(t, "anna-clean", filepath.Join(packs, fmt.Sprintf("p%03d", i)))
	}
	outDir := filepath.Join(dir, "out")
	if err := os.Mkdir(outDir, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "lint", packs, "--no-cache", "--jobs", "1", "-f", "ndjson="+filepath.Join(outDir, "r.ndjson"))
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if entries, _ := os.ReadDir(outDir); len(entries) > 0 {
			if st, err := os.Stat(filepath.Join(outDir, entries[0].Name())); err == nil && st.Size() > 0 {
				break
			}
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("no report line within 30 s")
		}
	}
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	err := cmd.Wait()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != ExitTrouble || !strings.Contains(stderr.String(), "interrupted after") {
		t.Errorf("exit %v, stderr %q; want 2 and a message", err, stderr.String())
	}
	onlyFiles(t, outDir)
}
