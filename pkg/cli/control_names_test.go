package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestControlCharactersInFileNames checks that file and folder names
// holding control characters reach no report raw: an ESC sequence (which
// would set the terminal's title), a newline that would forge a `pass` line,
// a carriage return, a C1 control and a bidirectional override are shown
// escaped, in the human report (in Chinese too) and the machine formats
// alike.
func TestControlCharactersInFileNames(t *testing.T) {
	repoDir(t)
	pack := "packs/team\nforged  pass  rules: gb"
	samplePack(t, "anna-clean", pack)
	names := []string{"x\x1b]0;pwned\x07.jpg", "a\nevil  pass  rules: gb\n.jpg", "cr\rb.jpg", "csi\u009b2J.jpg", "cod\u202egpj.jpg"}
	for _, n := range names {
		if err := os.WriteFile(filepath.Join(pack, n), []byte("not an image"), 0o644); err != nil {
			t.Skipf("this file system refuses %q: %v", n, err)
		}
	}
	raw := []string{"\x1b", "\x07", "\r", "\u009b", "\u202e"}
	for _, format := range []string{"human", "human --lang zh-CN", "human --lang zh-TW", "json", "ndjson", "sarif", "junit", "github"} {
		_, out, errOut := run(t, append([]string{"lint", "packs", "--date", "2026-11-26", "--redact", "never", "-f"}, strings.Fields(format)...)...)
		if !strings.Contains(out, "pack.unlisted-file") {
			t.Fatalf("%s: the files should be reported as unlisted:\n%s\nstderr: %s", format, out, errOut)
		}
		for _, c := range raw {
			if strings.Contains(out, c) {
				t.Errorf("%s report holds the control character %q raw", format, c)
			}
		}
		for _, line := range strings.Split(out, "\n") {
			if strings.HasPrefix(line, "evil") || strings.HasPrefix(line, "forged") || strings.HasPrefix(line, ".jpg") {
				t.Errorf("%s: a file name forged the line %q", format, line)
			}
		}
	}
	_, out, _ := run(t, "lint", "packs", "--date", "2026-11-26", "--redact", "never")
	for _, want := range []string{`x\x1b]0;pwned\x07.jpg`, `a\x0aevil  pass  rules: gb\x0a.jpg`, `cod\u202egpj.jpg`, `packs/team\x0aforged  pass  rules: gb  pass  rules: gb`} {
		if !strings.Contains(out, want) {
			t.Errorf("human report lacks %q:\n%s", want, out)
		}
	}
}

// TestNULInManifestFileKeepsLocalPathsOut checks that a manifest file: with
// a NUL byte is an unsafe path, reported without the absolute folder the
// pack lies in, in every format.
func TestNULInManifestFileKeepsLocalPathsOut(t *testing.T) {
	dir := repoDir(t)
	samplePack(t, "anna-clean", "packs/anna")
	editFile(t, "packs/anna/kyc.yaml", "- file: passport.jpg", `- file: "passport\0.jpg"`)
	for _, format := range []string{"human", "json", "sarif", "junit", "github"} {
		_, out, errOut := run(t, "lint", "packs", "--date", "2026-11-26", "-f", format)
		if !strings.Contains(out, "pack.unsafe-path") {
			t.Fatalf("%s: want pack.unsafe-path:\n%s\nstderr: %s", format, out, errOut)
		}
		if strings.Contains(out, dir) || strings.Contains(errOut, dir) || strings.Contains(out, "\x00") {
			t.Errorf("%s report holds the local folder %s or a raw NUL:\n%s\nstderr: %s", format, dir, out, errOut)
		}
	}
}
