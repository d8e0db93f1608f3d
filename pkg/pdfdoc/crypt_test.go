package pdfdoc

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEncryptedEmptyUserPassword reads the text of files encrypted by the
// standard security handler with an empty user password, in each revision
// and method, or an empty AES-256 owner password, and refuses those that
// need a password.
func TestEncryptedEmptyUserPassword(t *testing.T) {
	want, err := os.ReadFile("testdata/text/reportlab-statement-en.txt")
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/crypt/*.pdf")
	if len(files) < 11 {
		t.Fatalf("found %d fixtures", len(files))
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			info, err := Inspect(bytes.NewReader(b), int64(len(b)))
			if err != nil || !info.Encrypted {
				t.Fatalf("Inspect: %+v, %v; want an encrypted file", info, err)
			}
			needs := strings.HasPrefix(filepath.Base(f), "user-password")
			if info.NeedsPassword != needs {
				t.Errorf("NeedsPassword = %v, want %v", info.NeedsPassword, needs)
			}
			txt, err := ExtractText(bytes.NewReader(b), int64(len(b)), TextOptions{})
			if needs {
				if !errors.Is(err, ErrEncrypted) {
					t.Errorf("got %v, want ErrEncrypted", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := txt.String(); got != string(want) {
				t.Errorf("text differs from the unencrypted file's:\n%s", got)
			}
		})
	}
}

// TestEncryptedDamaged reads an empty-user-password file whose
// cross-reference chain is broken, through the scan that rebuilds it.
func TestEncryptedDamaged(t *testing.T) {
	b, err := os.ReadFile("testdata/crypt/aes-128.pdf")
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.LastIndex(b, []byte("startxref"))
	b = append(b[:i:i], "startxref\n999999\n%%EOF\n"...)
	txt, err := ExtractText(bytes.NewReader(b), int64(len(b)), TextOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := txt.String(); !strings.Contains(got, "Statement date: 31 October 2026") {
		t.Errorf("got %q", got)
	}
}

// TestHash2BEnds checks that revision 6's hash stops within its bound and
// is deterministic.
func TestHash2BEnds(t *testing.T) {
	salt := []byte("12345678")
	a, b := hash2B(salt, nil), hash2B(salt, nil)
	if len(a) != 32 || !bytes.Equal(a, b) {
		t.Fatalf("hash2B: %x, %x", a, b)
	}
}
