// Package regular reads the small files kyclint is given besides packs
// (configuration, baselines, rule sets, rule-set fixtures): regular files
// only, through a size limit. A FIFO, a device such as /dev/zero or a folder,
// named directly or through a symlink, is refused at once without a byte
// read: the file is opened without blocking and judged by what was opened,
// not by an earlier look at its name.
package regular

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// ErrNotRegular is returned for a folder, FIFO, device or socket.
var ErrNotRegular = errors.New("not a regular file")

// ReadFile reads the regular file name, of at most limit bytes. Errors read
// after the file's name: "a folder, not a file", "not a regular file (a
// device, FIFO or socket)", "N bytes, over the L-byte limit"; a missing file
// gives an error satisfying errors.Is(err, fs.ErrNotExist).
func ReadFile(name string, limit int64) ([]byte, error) {
	f, err := os.OpenFile(name, os.O_RDONLY|nonBlock, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return read(f, limit)
}

// ReadFileIn reads the regular file name inside root (see ReadFile): a path
// or symlink that leaves root is refused by root.
func ReadFileIn(root *os.Root, name string, limit int64) ([]byte, error) {
	f, err := root.OpenFile(name, os.O_RDONLY|nonBlock, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return read(f, limit)
}

func read(f *os.File, limit int64) ([]byte, error) {
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if err := check(st, limit); err != nil {
		return nil, err
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("over the %d-byte limit", limit) // grew while being read
	}
	return data, nil
}

// notRegular says what a refused file is; it matches ErrNotRegular.
type notRegular string

func (e notRegular) Error() string        { return string(e) }
func (e notRegular) Is(target error) bool { return target == ErrNotRegular }

func check(st fs.FileInfo, limit int64) error {
	switch {
	case st.IsDir():
		return notRegular("a folder, not a file")
	case !st.Mode().IsRegular():
		return notRegular("not a regular file (a device, FIFO or socket); it was not read")
	case st.Size() > limit:
		return fmt.Errorf("%d bytes, over the %d-byte limit", st.Size(), limit)
	}
	return nil
}
