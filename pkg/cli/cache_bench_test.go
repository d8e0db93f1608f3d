package cli

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkLintRerunCached lints a generated batch of packs (three 2 MP
// documents each, every file's content its own) twice with the real binary
// and an empty cache: the first run lints every pack and fills the cache,
// the second finds every pack's result there. It reports both times and
// their ratio. The batch size is KYCLINT_BENCH_PACKS (default 200; 20 in
// -short mode):
//
//	KYCLINT_BENCH_PACKS=1000 go test -run '^$' -bench LintRerunCached -benchtime 1x ./pkg/cli
func BenchmarkLintRerunCached(b *testing.B) {
	n := benchPacks(200)
	dir := b.TempDir()
	bin := buildKyclint(b, dir)
	packs := filepath.Join(dir, "packs")
	if err := makeDistinctBatch(packs, n); err != nil {
		b.Fatal(err)
	}
	lint := func(cacheDir, report string) time.Duration {
		start := time.Now()
		cmd := exec.Command(bin, "lint", packs, "--cache-dir", cacheDir, "--date", "2026-11-26", "--format", "ndjson", "--output", report)
		err := cmd.Run()
		if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() > 1) {
			b.Fatalf("lint: %v", err)
		}
		return time.Since(start)
	}
	b.ResetTimer()
	var first, second time.Duration
	for i := 0; i < b.N; i++ {
		cacheDir := filepath.Join(dir, fmt.Sprintf("cache-%d", i))
		first += lint(cacheDir, filepath.Join(dir, "first.ndjson"))
		second += lint(cacheDir, filepath.Join(dir, "second.ndjson"))
	}
	b.StopTimer()
	a, _ := os.ReadFile(filepath.Join(dir, "first.ndjson"))
	c, _ := os.ReadFile(filepath.Join(dir, "second.ndjson"))
	if !bytes.Equal(a, c) || len(a) == 0 {
		b.Fatal("the second run's report differs from the first's")
	}
	b.ReportMetric(first.Seconds()/float64(b.N), "first-s")
	b.ReportMetric(second.Seconds()/float64(b.N), "second-s")
	b.ReportMetric(float64(first)/float64(second), "ratio")
	b.ReportMetric(float64(n*b.N)/second.Seconds(), "cached-packs/s")
}

// makeDistinctBatch writes n packs as makeBatch does, but with a comment
// naming the pack in each JPEG (a COM segment) and PDF (after %%EOF), so
// that no two files have the same content (and no cache entry serves two
// packs), while every file reads the same.
func makeDistinctBatch(dir string, n int) error {
	srcDir := filepath.Join(dir, ".src")
	if err := makeBatch(srcDir, 1); err != nil {
		return err
	}
	src := filepath.Join(srcDir, "pack00000")
	for i := 0; i < n; i++ {
		p := filepath.Join(dir, fmt.Sprintf("pack%05d", i))
		if err := os.MkdirAll(p, 0o755); err != nil {
			return err
		}
		for _, name := range []string{"kyc.yaml", "passport.jpg", "id.jpg", "bill.jpg", "statement.pdf"} {
			data, err := os.ReadFile(filepath.Join(src, name))
			if err != nil {
				return err
			}
			switch filepath.Ext(name) {
			case ".jpg":
				data = withComment(data, fmt.Sprintf("pack %d", i))
			case ".pdf":
				data = append(data, fmt.Sprintf("%% pack %d\n", i)...) // a comment after %%EOF
			}
			if err := os.WriteFile(filepath.Join(p, name), data, 0o644); err != nil {
				return err
			}
		}
	}
	return os.RemoveAll(srcDir)
}

// withComment inserts a JPEG comment segment (COM) after the segment that
// follows the start-of-image marker (the EXIF block synth writes).
func withComment(jpg []byte, text string) []byte {
	if len(jpg) < 6 || jpg[0] != 0xFF || jpg[1] != 0xD8 || jpg[2] != 0xFF {
		return jpg
	}
	at := 4 + (int(jpg[4])<<8 | int(jpg[5])) // the end of the first segment
	com := []byte{0xFF, 0xFE, byte((len(text) + 2) >> 8), byte(len(text) + 2)}
	out := append(append(append([]byte{}, jpg[:at]...), com...), text...)
	return append(out, jpg[at:]...)
}
