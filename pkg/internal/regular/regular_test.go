package regular

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// within runs read in a goroutine and fails the test if it does not
// return within a few seconds: a FIFO must be refused, not waited on.
func within(t *testing.T, what string, read func() ([]byte, error)) ([]byte, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	type result struct {
		data []byte
		err  error
	}
	done := make(chan result, 1)
	go func() {
		data, err := read()
		done <- result{data, err}
	}()
	select {
	case r := <-done:
		return r.data, r.err
	case <-ctx.Done():
		t.Fatalf("%s: still reading after 5 s", what)
		return nil, nil
	}
}

func TestReadFileRefusesSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.yaml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	if err := os.Symlink("fifo.yaml", filepath.Join(dir, "to-fifo.yaml")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "zero.yaml")); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "folder.yaml"), 0o755); err != nil {
		t.Fatal(err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	for name, want := range map[string]string{
		"fifo.yaml": "FIFO", "to-fifo.yaml": "FIFO", "zero.yaml": "device", "folder.yaml": "a folder",
	} {
		data, err := within(t, name, func() ([]byte, error) { return ReadFile(filepath.Join(dir, name), 1<<20) })
		if !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), want) || len(data) != 0 {
			t.Errorf("ReadFile(%s) = %d bytes, %v; want ErrNotRegular naming %q", name, len(data), err, want)
		}
		if name == "zero.yaml" {
			continue // a symlink out of the root: root refuses it for that already
		}
		data, err = within(t, name, func() ([]byte, error) { return ReadFileIn(root, name, 1<<20) })
		if !errors.Is(err, ErrNotRegular) || len(data) != 0 {
			t.Errorf("ReadFileIn(%s) = %d bytes, %v; want ErrNotRegular", name, len(data), err)
		}
	}
	if _, err := within(t, "zero in root", func() ([]byte, error) { return ReadFileIn(root, "zero.yaml", 1<<20) }); err == nil {
		t.Error("ReadFileIn followed a symlink out of its root")
	}
}

func TestReadFileLimitAndContent(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.yaml")
	if err := os.WriteFile(path, []byte("0123456789"), 0o644); err != nil {
		t.Fatal(err)
	}
	if data, err := ReadFile(path, 10); err != nil || string(data) != "0123456789" {
		t.Errorf("ReadFile = %q, %v", data, err)
	}
	if _, err := ReadFile(path, 9); err == nil || !strings.Contains(err.Error(), "10 bytes, over the 9-byte limit") {
		t.Errorf("over the limit: %v", err)
	}
	if _, err := ReadFile(filepath.Join(dir, "none.yaml"), 9); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v, want fs.ErrNotExist", err)
	}
	root, err := os.OpenRoot(filepath.Join(dir))
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	if _, err := ReadFileIn(root, "../a.yaml", 100); err == nil {
		t.Error("ReadFileIn read a path that leaves its root")
	}
}
