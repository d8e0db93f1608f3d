package fix

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheckOut(t *testing.T) {
	root := t.TempDir()
	packDir := filepath.Join(root, "pack")
	full := filepath.Join(root, "full")
	for _, d := range []string{packDir, full, filepath.Join(root, "empty")} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(full, "x"), nil, 0o644)
	os.WriteFile(filepath.Join(root, "file"), nil, 0o644)
	if err := os.Symlink(packDir, filepath.Join(root, "link")); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		out   string
		force bool
		want  string // "" for no error, else a part of the message
	}{
		{"new", false, ""},
		{"empty", false, ""},
		{"new/deeper", false, ""},
		{"full", true, ""},
		{"full", false, "not empty"},
		{"pack", false, "inside the pack"},
		{"pack/fixed", true, "inside the pack"},
		{"link/fixed", true, "inside the pack"},
		{".", true, "holds the pack"},
		{"file", true, "is a file"},
	}
	for _, tt := range tests {
		err := CheckOut(packDir, filepath.Join(root, tt.out), tt.force)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("--out %s: %v", tt.out, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("--out %s (force %v): error %v, want one saying %q", tt.out, tt.force, err, tt.want)
		}
	}
}
