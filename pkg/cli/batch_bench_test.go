package cli

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/kyclint/kyclint/pkg/internal/synth"
)

// BenchmarkLintPacks lints a generated batch of packs (four documents
// each, see makeBatch) end to end with the real binary and reports packs per
// second and the peak resident memory of the run. The batch size is
// KYCLINT_BENCH_PACKS (default 1000; 20 in -short mode); compare 1000 with
// 5000 to see that memory does not grow with the number of packs:
//
//	KYCLINT_BENCH_PACKS=5000 go test -run '^$' -bench LintPacks ./pkg/cli
func BenchmarkLintPacks(b *testing.B) {
	n := benchPacks(1000)
	dir := b.TempDir()
	bin := buildKyclint(b, dir)
	packs := filepath.Join(dir, "packs")
	gen := exec.Command(os.Args[0], "-test.run=^$", "-test.bench=^$")
	gen.Env = append(os.Environ(), batchEnv+"="+packs, batchSizeEnv+"="+strconv.Itoa(n))
	if out, err := gen.CombinedOutput(); err != nil {
		b.Fatalf("generating packs: %v\n%s", err, out)
	}
	b.ResetTimer()
	var peak int64
	start := time.Now()
	for i := 0; i < b.N; i++ {
		cmd := exec.Command(bin, "lint", packs, "--no-cache", "--date", "2026-11-26", "--format", "ndjson", "--output", filepath.Join(dir, "report.ndjson"))
		err := cmd.Run()
		if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() > 1) {
			b.Fatalf("lint: %v", err)
		}
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			peak = max(peak, ru.Maxrss)
		}
	}
	elapsed := time.Since(start).Seconds()
	b.ReportMetric(float64(n*b.N)/elapsed, "packs/s")
	b.ReportMetric(float64(peak)/1024, "peak-MiB")
}

const (
	batchEnv     = "KYCLINT_TEST_MAKE_BATCH"
	batchSizeEnv = "KYCLINT_TEST_BATCH_SIZE"
)

// makeBatch writes n packs of four documents: a passport and an ID card
// photo (2 MP) whose machine readable zones are printed in OCR-B, so the
// MRZ reader reads them; a bill photo; and a statement PDF with a text
// layer, so its text is extracted and searched. The files are made once
// and hard-linked into every pack, so a batch of thousands costs little
// disk; each pack still reads and analyses its own files.
func makeBatch(dir string, n int) error {
	src := filepath.Join(dir, ".src")
	if err := os.MkdirAll(src, 0o755); err != nil {
		return err
	}
	person := synth.MRZData{State: "UTO", Nationality: "UTO", Surname: "EXAMPLE", Given: "SAM",
		Birth: "900115", Sex: "M"}
	passport, id := person, person
	passport.Code, passport.Number, passport.Expiry = "P", "XX0000001", "310630"
	id.Code, id.Number, id.Expiry = "ID", "XX0000002", "300101"
	zones := map[synth.Kind][]string{synth.KindPassport: synth.TD3(passport), synth.KindID: synth.TD1(id)}
	for i, kind := range []synth.Kind{synth.KindPassport, synth.KindID, synth.KindBill} {
		img := synth.Card(synth.CardOptions{Width: 1632, Height: 1224, Seed: int64(i), Kind: kind, MRZ: zones[kind]})
		data, err := synth.EncodeJPEG(img, 85, &synth.EXIF{Make: "Testcam"})
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(src, string(kind)+".jpg"), data, 0o644); err != nil {
			return err
		}
	}
	statement := synth.PDF(synth.PDFOptions{Producer: "Testbank", Lines: [][]string{
		{"Testbank plc", "PO Box 1, Leeds LS1 4AP", "", "Mr Sam Example", "1 Test Street", "London", "SW1A 1AA", "",
			"Statement date: 2 October 2026", "Account number: 12345678"},
		{"Transactions", "01/10/2026 Card payment 12.50"},
		{"Page 3"}}})
	if err := os.WriteFile(filepath.Join(src, "statement.pdf"), statement, 0o644); err != nil {
		return err
	}
	manifest := []byte(`version: 1
applicant:
  name: Sam Example
  date_of_birth: 1990-01-15
documents:
  - file: passport.jpg
    type: passport
    name: EXAMPLE SAM
    date_of_birth: 1990-01-15
    expiry_date: 2031-06-30
    number: XX0000001
  - file: id.jpg
    type: id_card
    side: front
    name: EXAMPLE SAM
    date_of_birth: 1990-01-15
    expiry_date: 2030-01-01
    number: XX0000002
  - file: bill.jpg
    type: utility_bill
    name: Sam Example
    address: 1 Test Street
    issue_date: 2026-10-02
  - file: statement.pdf
    type: bank_statement
`)
	for i := 0; i < n; i++ {
		p := filepath.Join(dir, fmt.Sprintf("pack%05d", i))
		if err := os.MkdirAll(p, 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(p, "kyc.yaml"), manifest, 0o644); err != nil {
			return err
		}
		for from, name := range map[string]string{"passport.jpg": "passport.jpg", "id.jpg": "id.jpg", "bill.jpg": "bill.jpg",
			"statement.pdf": "statement.pdf"} {
			if err := os.Link(filepath.Join(src, from), filepath.Join(p, name)); err != nil {
				return err
			}
		}
	}
	return nil
}

// benchPacks is a benchmark's batch size: KYCLINT_BENCH_PACKS when set,
// else def, or 20 in -short mode.
func benchPacks(def int) int {
	if v, err := strconv.Atoi(os.Getenv("KYCLINT_BENCH_PACKS")); err == nil && v > 0 {
		return v
	}
	if testing.Short() {
		return 20
	}
	return def
}
