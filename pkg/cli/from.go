package cli

import (
	"bufio"
	"errors"
	"io"
	"os"
	"strings"
)

// readPathList reads lint --from: pack paths one per line, as find or an
// object-store listing prints them, from a file or from stdin for -. Blank
// lines and lines starting with # are skipped; spaces around a path are
// not part of it. A path that does not exist is an error naming the list's
// file and line, before any pack is linted.
func readPathList(streams *IOStreams, name string) ([]string, error) {
	in, label := streams.In, "standard input"
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, usageErrorf("--from: %w", err)
		}
		defer f.Close()
		in, label = f, name
	}
	var paths []string
	r := bufio.NewReader(in)
	for line := 1; ; line++ {
		text, err := r.ReadString('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, usageErrorf("--from: reading %s: %w", label, err)
		}
		p := strings.TrimSpace(text)
		if p != "" && !strings.HasPrefix(p, "#") {
			if _, statErr := os.Stat(p); statErr != nil {
				return nil, usageErrorf("%s:%d: %s: %w", label, line, p, notFound(statErr))
			}
			paths = append(paths, p)
		}
		if err != nil {
			return paths, nil
		}
	}
}

// notFound words a missing path as pack.Discover does.
func notFound(err error) error {
	if os.IsNotExist(err) {
		return errors.New("no such file or folder")
	}
	return err
}
