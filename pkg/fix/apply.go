package fix

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
)

// Apply writes the plan into outDir, creating it when needed. Each file is
// written to a temporary name and renamed into place, so a reader never sees
// half a file; every write goes through a handle on outDir that no path can
// leave. The pack is only read.
func (p *Plan) Apply(outDir string) error {
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return fmt.Errorf("creating %s: %w", outDir, err)
	}
	out, err := os.OpenRoot(outDir)
	if err != nil {
		return fmt.Errorf("opening %s: %w", outDir, err)
	}
	defer out.Close()
	for _, s := range p.Steps {
		if s.Action == Skip {
			continue
		}
		if err := p.write(out, s); err != nil {
			return fmt.Errorf("writing %s: %w", filepath.Join(outDir, filepath.FromSlash(s.Dst)), err)
		}
	}
	return nil
}

func (p *Plan) write(out *os.Root, s Step) error {
	dst := filepath.FromSlash(s.Dst)
	if dir := path.Dir(s.Dst); dir != "." {
		if err := out.MkdirAll(filepath.FromSlash(dir), 0o755); err != nil {
			return err
		}
	}
	var src io.Reader
	if s.Data == nil {
		f, err := p.root.Open(filepath.FromSlash(s.Src))
		if err != nil {
			return fmt.Errorf("reading %s: %w", s.Src, err)
		}
		defer f.Close()
		src = f
	} else {
		src = bytes.NewReader(s.Data)
	}
	return writeAtomic(out, dst, src)
}

// writeAtomic copies r into name inside root through a temporary file
// beside it, renamed into place once complete.
func writeAtomic(root *os.Root, name string, r io.Reader) error {
	tmp := filepath.Join(filepath.Dir(name), "."+filepath.Base(name)+"."+randomHex()+".tmp")
	f, err := root.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = io.Copy(f, r)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = root.Rename(tmp, name)
	}
	if err != nil {
		root.Remove(tmp)
	}
	return err
}

func randomHex() string {
	var b [6]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
