package cli

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"image"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/kyclint/kyclint/pkg/imaging"
)

// hashTree records every entry under dir, hidden ones included: its kind,
// and the SHA-256 of a file's bytes or a symlink's target.
func hashTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		switch {
		case e.Type()&fs.ModeSymlink != 0:
			target, err := os.Readlink(p)
			out[rel] = "symlink " + target
			return err
		case e.IsDir():
			out[rel] = "dir"
		default:
			data, err := os.ReadFile(p)
			sum := sha256.Sum256(data)
			out[rel] = "file " + hex.EncodeToString(sum[:])
			return err
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func sameTree(t *testing.T, what string, before, after map[string]string) {
	t.Helper()
	for k, v := range before {
		if after[k] != v {
			t.Errorf("%s: %s changed: %q, now %q", what, k, v, after[k])
		}
	}
	for k := range after {
		if _, ok := before[k]; !ok {
			t.Errorf("%s: %s appeared", what, k)
		}
	}
}

// rulesByFile lints dir as JSON and returns the rules with findings per file.
func rulesByFile(t *testing.T, dir string, args ...string) map[string][]string {
	t.Helper()
	code, out, errOut := run(t, append(append([]string{"lint", "-f", "json", "--date", "2026-11-26"}, args...), dir)...)
	if code == ExitTrouble {
		t.Fatalf("lint %s: exit 2: %s", dir, errOut)
	}
	var rep struct {
		Packs []struct {
			Findings []struct{ Rule, File string }
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("lint %s: %v\n%s", dir, err, out)
	}
	got := map[string][]string{}
	for _, p := range rep.Packs {
		for _, f := range p.Findings {
			got[f.File] = append(got[f.File], f.Rule)
		}
	}
	return got
}

func writeFiles(t *testing.T, dir string, files map[string][]byte) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func decodeFile(t *testing.T, path string) (image.Image, imaging.EXIF) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, img, err := imaging.Decode(bytes.NewReader(data), int64(len(data)), imaging.Limits{})
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	x, _ := imaging.ReadEXIF(bytes.NewReader(data), int64(len(data)))
	return img, x
}
