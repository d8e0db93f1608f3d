package pdfcheck_test

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/kyclint/kyclint/pkg/checks/pdfcheck"
	"github.com/kyclint/kyclint/pkg/internal/synth"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
)

// TestUnreadablePDF checks that a PDF whose start was read but whose
// inspection then failed to read it is reported by pdf.corrupt rather than
// passed over by every pdf.* rule. A fixture cannot make a file fail to read
// half-way, so a rule that runs first closes each document's file once its
// start has been read and sniffed: the PDF analysis then meets a real read
// error.
func TestUnreadablePDF(t *testing.T) {
	dir := t.TempDir()
	manifest := "version: 1\napplicant:\n  name: Jan Piotr Nowak\ndocuments:\n  - file: bill.pdf\n    type: utility_bill\n"
	if err := os.WriteFile(filepath.Join(dir, "kyc.yaml"), []byte(manifest), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "bill.pdf"), synth.PDF(synth.PDFOptions{Producer: "Testbank statements"}), 0o644); err != nil {
		t.Fatal(err)
	}
	closer := &lint.Rule{
		ID: "fault.close", Title: "closes each document's file after its start is read", Severity: lint.Error,
		Why: "Test only.", Hint: "None.",
		Run: func(p *lint.Pass) {
			for _, d := range p.Pack.Documents {
				if _, err := d.Head(); err != nil {
					t.Fatal(err)
				}
				ra, err := d.Content()
				if err != nil {
					t.Fatal(err)
				}
				ra.(io.Closer).Close()
			}
		},
	}
	date, _ := pack.ParseDate("2026-11-26")
	lintWith := func(rules ...*lint.Rule) []lint.Finding {
		reg, err := lint.NewRegistry(rules)
		if err != nil {
			t.Fatal(err)
		}
		s := lint.Defaults(reg)
		res := lint.LintPack(pack.Target{Dir: dir, Path: "pack", Manifest: "kyc.yaml"},
			lint.Options{Registry: reg, Date: date, Resolve: func(*pack.Pack) (*lint.Settings, *pack.Problem) { return s, nil }})
		return res.Findings
	}
	pdfRules := []*lint.Rule{pdfcheck.Corrupt, pdfcheck.Edited, pdfcheck.Encrypted}
	if got := lintWith(pdfRules...); len(got) != 0 {
		t.Fatalf("the readable PDF has findings: %+v", got)
	}
	got := lintWith(append(pdfRules, closer)...)
	const want = "bill.pdf cannot be read: file already closed; it was not inspected"
	if len(got) != 1 || got[0].Rule != "pdf.corrupt" || got[0].Severity != lint.Error || got[0].File != "bill.pdf" ||
		got[0].Message.Plain != want || got[0].Data["read_error"] != "file already closed" {
		t.Fatalf("findings %+v, want one pdf.corrupt error %q", got, want)
	}
}
