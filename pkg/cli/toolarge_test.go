package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestHugeFileIsJudgedBySizeAlone lints a pack whose photo and PDF are
// 10 GiB sparse files: neither is hashed, decoded or parsed (the run takes
// well under a second, not the minutes reading them would), and the report
// says why.
func TestHugeFileIsJudgedBySizeAlone(t *testing.T) {
	dir := t.TempDir()
	manifest := "version: 1\napplicant:\n  name: Jan Nowak\n  date_of_birth: 1990-01-15\n" +
		"documents:\n  - file: passport.jpg\n    type: passport\n  - file: bill.pdf\n    type: utility_bill\n"
	if err := os.WriteFile(filepath.Join(dir, "kyc.yaml"), []byte(manifest), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, head := range map[string]string{"passport.jpg": "\xff\xd8\xff\xe0\x00\x10JFIF\x00", "bill.pdf": "%PDF-1.7\n"} {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		f.WriteString(head)
		if err := f.Truncate(10 << 30); err != nil {
			t.Skipf("no sparse files here: %v", err)
		}
		f.Close()
	}
	start := time.Now()
	code, out, errOut := run(t, "lint", "--no-cache", "-f", "json", "--redact", "never", dir)
	if elapsed := time.Since(start); elapsed > 5*time.Second {
		t.Errorf("took %v on two 10 GiB files", elapsed)
	}
	if code != 1 {
		t.Fatalf("exit %d, want 1; stderr %s", code, errOut)
	}
	var rep struct {
		Packs []struct {
			Findings []struct{ Rule, File, Message string }
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range rep.Packs[0].Findings {
		got[f.Rule+" "+filepath.Base(f.File)] = f.Message
	}
	for _, want := range []string{"file.size passport.jpg", "file.size bill.pdf", "image.dimensions passport.jpg", "pdf.corrupt bill.pdf"} {
		if _, ok := got[want]; !ok {
			t.Errorf("no %s finding; got %v", want, got)
		}
	}
	if m := got["image.dimensions passport.jpg"]; !strings.Contains(m, "over the 256 MiB kyclint reads") {
		t.Errorf("image.dimensions says %q", m)
	}
}
