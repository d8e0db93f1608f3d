package pdfdoc

import (
	"errors"
	"fmt"
	"io"
)

// An ioError wraps a failure of the underlying reader, the only kind of
// error Inspect returns; everything else about a file is a Problem.
type ioError struct{ err error }

func (e *ioError) Error() string { return "reading pdf: " + e.err.Error() }
func (e *ioError) Unwrap() error { return e.err }

var errBudget = fmt.Errorf("read more than %d MiB", maxTotalRead>>20)

// A source reads a file through io.ReaderAt and counts what it reads.
type source struct {
	r    io.ReaderAt
	size int64
	used int64
	err  error // the first I/O failure, which makes the whole result void

	lenient bool // accept an object without endobj, for text extraction
}

// readAt returns up to n bytes at off, fewer at the end of the file.
func (s *source) readAt(off int64, n int) ([]byte, error) {
	if off < 0 || off >= s.size || n <= 0 {
		return nil, nil
	}
	if rest := s.size - off; int64(n) > rest {
		n = int(rest)
	}
	if s.used+int64(n) > maxTotalRead {
		return nil, errBudget
	}
	s.used += int64(n)
	buf := make([]byte, n)
	got, err := s.r.ReadAt(buf, off)
	if err != nil && !(errors.Is(err, io.EOF) && got > 0) {
		if errors.Is(err, io.EOF) {
			return nil, nil
		}
		s.err = &ioError{err}
		return nil, s.err
	}
	return buf[:got], nil
}

// parseAt runs fn on a window of the file starting at off, growing the
// window while fn reports errShort, up to limit bytes.
func (s *source) parseAt(off int64, limit int, fn func(p *parser) error) error {
	for n := firstWindow; ; n *= 4 {
		n = min(n, limit)
		b, err := s.readAt(off, n)
		if err != nil {
			return err
		}
		final := off+int64(len(b)) >= s.size
		err = fn(&parser{b: b, final: final, base: off})
		if !errors.Is(err, errShort) || final {
			return err
		}
		if n == limit {
			return fmt.Errorf("object at offset %d larger than %d KiB", off, limit>>10)
		}
	}
}
