package cli

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/racetest"
	"github.com/kyclint/kyclint/pkg/internal/synth"
)

// TestPeakMemoryOn12MPPhotos runs the real binary over packs of 12 MP
// JPEGs and checks its peak resident memory: at most 16 MiB per worker
// above what `kyclint version` needs (the code and runtime, about 14 MiB).
// Memory is part of correctness for batch runs over thousands of packs.
func TestPeakMemoryOn12MPPhotos(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and decodes 12 MP photos")
	}
	if racetest.Enabled {
		// The binary measured is built without -race: under it, only the
		// generation of the photos would be instrumented, and slower.
		t.Skip("measures a binary the race detector does not instrument")
	}
	dir := t.TempDir()
	bin := buildKyclint(t, dir)
	// The photos are made in a child process: on Linux a process started
	// from this one inherits its peak RSS in the figure wait4 reports, so
	// this process must stay small.
	packs := filepath.Join(dir, "packs")
	gen := exec.Command(os.Args[0], "-test.run=^$")
	gen.Env = append(os.Environ(), genEnv+"="+packs)
	if out, err := gen.CombinedOutput(); err != nil {
		t.Fatalf("generating photos: %v\n%s", err, out)
	}
	version := exec.Command(bin, "version")
	if err := version.Run(); err != nil {
		t.Fatalf("kyclint version: %v", err)
	}
	base, ok := version.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		t.Skip("no rusage on this platform")
	}
	baseMiB := float64(base.Maxrss) / 1024 // Linux reports KiB
	for _, jobs := range []int{1, 2} {
		cmd := exec.Command(bin, "lint", packs, "--no-cache", "--jobs", fmt.Sprint(jobs), "--format", "json", "--output", filepath.Join(dir, "report.json"))
		cmd.Env = append(os.Environ(), "GOMEMLIMIT=", "GOGC=")
		err := cmd.Run()
		if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() != 1 && ee.ExitCode() != 0) {
			t.Fatalf("--jobs %d: %v", jobs, err)
		}
		ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
		if !ok {
			t.Skip("no rusage on this platform")
		}
		peakMiB := float64(ru.Maxrss) / 1024
		perWorker := (peakMiB - baseMiB) / float64(jobs)
		t.Logf("--jobs %d: peak RSS %.1f MiB, %.1f MiB per worker above kyclint version's %.1f MiB", jobs, peakMiB, perWorker, baseMiB)
		if perWorker > 16 {
			t.Errorf("--jobs %d: peak RSS %.1f MiB is %.1f MiB per worker above the %.1f MiB baseline, over 16", jobs, peakMiB, perWorker, baseMiB)
		}
	}
}

const genEnv = "KYCLINT_TEST_MAKE_12MP_PACKS"

func TestMain(m *testing.M) {
	if dir := os.Getenv(batchEnv); dir != "" {
		n, _ := strconv.Atoi(os.Getenv(batchSizeEnv))
		if err := makeBatch(dir, n); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	if dir := os.Getenv(genEnv); dir != "" {
		if err := make12MPPacks(dir); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// make12MPPacks writes four packs of two 12 MP JPEGs each, named as a
// passport and an ID card so that, with no manifest, they are judged as
// identity documents and their MRZ is read too.
func make12MPPacks(dir string) error {
	for i := 0; i < 4; i++ {
		p := filepath.Join(dir, fmt.Sprintf("pack%d", i))
		if err := os.MkdirAll(p, 0o755); err != nil {
			return err
		}
		for j, kind := range []synth.Kind{synth.KindPassport, synth.KindID} {
			img := synth.Card(synth.CardOptions{Width: 4032, Height: 3024, Seed: int64(10*i + j), Kind: kind})
			data, err := synth.EncodeJPEG(img, 90, &synth.EXIF{Make: "Testcam"})
			if err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(p, []string{"passport.jpg", "id-card.jpg"}[j]), data, 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}
