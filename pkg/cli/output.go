package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// atomicFile writes a file through a temporary file beside it, renamed into
// place on Commit: a reader never sees half a report, and a run that fails
// leaves the previous file as it was.
type atomicFile struct {
	path string
	tmp  *os.File
	done bool // committed or aborted: the temporary file is gone
}

func createAtomic(path string) (*atomicFile, error) {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return nil, fmt.Errorf("%s is a folder", path)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("writing %s: %w", path, err)
	}
	return &atomicFile{path: path, tmp: tmp}, nil
}

func (a *atomicFile) Write(b []byte) (int, error) { return a.tmp.Write(b) }

// Commit makes the file visible under its name.
func (a *atomicFile) Commit() error {
	if a.done {
		return fmt.Errorf("writing %s: already closed", a.path)
	}
	a.done = true
	if err := a.tmp.Chmod(0o644); err != nil {
		a.tmp.Close()
		os.Remove(a.tmp.Name())
		return fmt.Errorf("writing %s: %w", a.path, err)
	}
	if err := a.tmp.Close(); err != nil {
		os.Remove(a.tmp.Name())
		return fmt.Errorf("writing %s: %w", a.path, err)
	}
	if err := os.Rename(a.tmp.Name(), a.path); err != nil {
		os.Remove(a.tmp.Name())
		return fmt.Errorf("writing %s: %w", a.path, err)
	}
	return nil
}

// Abort discards what was written; after Commit or Abort it does nothing.
func (a *atomicFile) Abort() {
	if a.done {
		return
	}
	a.done = true
	a.tmp.Close()
	os.Remove(a.tmp.Name())
}

// writeReport writes to stdout, or to a file atomically.
func writeReport(io_ *IOStreams, path string, write func(io.Writer) error) error {
	if path == "" {
		return write(io_.Out)
	}
	f, err := createAtomic(path)
	if err != nil {
		return err
	}
	defer f.Abort() // a panic in write leaves no temporary file
	if err := write(f); err != nil {
		f.Abort()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return f.Commit()
}
