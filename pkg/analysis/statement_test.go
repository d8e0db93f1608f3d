package analysis

import (
	"bytes"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/statement"
)

// threePages is a three-page bank statement with embedded subset fonts
// (ReportLab), and what it shows.
const threePages = "../pdfdoc/testdata/text/reportlab-statement-en.pdf"

var threePagesWant = statement.Want{Name: "John A Smith", Address: "Flat 3, 12 Station Road, Leeds LS1 4AB"}

// readStatement is what the statement analysis does for one document:
// extract the text of the first pages, then search it.
func readStatement(tb testing.TB, pdf []byte, want statement.Want) StatementResult {
	r := extractPDFText(bytes.NewReader(pdf), int64(len(pdf)))
	if r.Err != nil {
		tb.Fatal(r.Err)
	}
	return findStatement(r.Text, want)
}

func TestFindStatement(t *testing.T) {
	for _, file := range []string{threePages, "../pdfdoc/testdata/crypt/aes-256.pdf"} {
		pdf, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		r := readStatement(t, pdf, threePagesWant)
		oct31 := pack.Date{Year: 2026, Month: time.October, Day: 31}
		if !r.Read || r.Name == nil || r.Address == nil || r.Date == nil || r.Date.Date != oct31 {
			t.Fatalf("%s: got %+v", file, r)
		}
		if r.Name.Verdict.Result.String() != "match" || r.Address.Verdict.Result.String() != "match" {
			t.Errorf("%s: name %+v, address %+v", file, *r.Name, *r.Address)
		}
	}
	if r := findStatement(nil, threePagesWant); r.Read {
		t.Errorf("no text: got %+v", r)
	}
}

// BenchmarkReadStatement measures reading a three-page statement: text
// extraction and the search for addressee, address and date (issue budget:
// 5 ms on one core; run with -cpu 1).
func BenchmarkReadStatement(b *testing.B) {
	for _, file := range []string{threePages, "../pdfdoc/testdata/crypt/aes-256.pdf"} {
		pdf, err := os.ReadFile(file)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(file[len("../pdfdoc/testdata/"):], func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(pdf)))
			start := cpuTime()
			for b.Loop() {
				readStatement(b, pdf, threePagesWant)
			}
			// On a shared machine wall time counts the wait for a core too;
			// the process's CPU time is the cost.
			b.ReportMetric(float64(cpuTime()-start)/float64(b.N)/1e6, "cpu-ms/op")
		})
	}
}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
