package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kyclint/kyclint/pkg/cache"
)

// cacheFlags are lint's flags about the result cache.
type cacheFlags struct {
	Dir     string
	NoCache bool
}

func addCacheFlags(cmd *cobra.Command, c *cacheFlags) {
	fl := cmd.Flags()
	fl.StringVar(&c.Dir, "cache-dir", "", "keep analysis results here (default: kyclint in the user cache folder)")
	fl.BoolVar(&c.NoCache, "no-cache", false, "analyse every file again, reading and writing no cache")
}

// cacheRoot is the cache's folder: --cache-dir, else kyclint in the user
// cache folder. It is "" when there is none to use.
func cacheRoot(c cacheFlags, streams *IOStreams) string {
	if c.Dir != "" {
		return c.Dir
	}
	dir, err := userCacheDir(streams.Getenv)
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "kyclint")
}

// userCacheDir is os.UserCacheDir, reading the environment through getenv.
func userCacheDir(getenv func(string) string) (string, error) {
	var dir string
	switch runtime.GOOS {
	case "windows":
		dir = getenv("LocalAppData")
	case "darwin", "ios":
		if home := getenv("HOME"); home != "" {
			dir = filepath.Join(home, "Library", "Caches")
		}
	case "plan9":
		if home := getenv("home"); home != "" {
			dir = filepath.Join(home, "lib", "cache")
		}
	default:
		dir = getenv("XDG_CACHE_HOME")
		if dir == "" || !filepath.IsAbs(dir) {
			dir = ""
			if home := getenv("HOME"); home != "" {
				dir = filepath.Join(home, ".cache")
			}
		}
	}
	if dir == "" {
		return "", errors.New("no user cache folder: the environment names none")
	}
	return dir, nil
}

// openCache opens the cache a lint run uses, or nil for none: --no-cache,
// no user cache folder, or one that cannot be made (said once on stderr).
// A --cache-dir that cannot be made is an error.
func openCache(c cacheFlags, f *Factory) (*cache.Store, error) {
	if c.NoCache {
		return nil, nil
	}
	root := cacheRoot(c, f.IO)
	if root == "" {
		return nil, nil
	}
	store, err := cache.Open(root, buildSalt(f), cache.DefaultMaxSize)
	if err != nil {
		if c.Dir != "" {
			return nil, usageErrorf("--cache-dir: %w", err)
		}
		fmt.Fprintf(f.IO.ErrOut, "kyclint: note: running without a cache: %v\n", err)
		return nil, nil
	}
	return store, nil
}

// buildSalt names this build of kyclint in every cache key, so that a
// result is never read by a kyclint that may compute it differently: a
// tagged release by its version, any other build by its executable's hash.
func buildSalt(f *Factory) string {
	v := f.Version()
	if !strings.Contains(v, "(devel)") && !strings.Contains(v, "dirty") {
		return v
	}
	exe, err := os.Executable()
	if err == nil {
		if file, err := os.Open(exe); err == nil {
			defer file.Close()
			h := sha256.New()
			if _, err := io.Copy(h, file); err == nil {
				return v + " " + hex.EncodeToString(h.Sum(nil))
			}
		}
	}
	return v
}

// cacheOptions are the flags of `kyclint cache`.
type cacheOptions struct {
	IO    *IOStreams
	Flags cacheFlags
}

func newCmdCache(f *Factory) *cobra.Command {
	opts := &cacheOptions{IO: f.IO}
	cmd := &cobra.Command{
		Use:   "cache status|clean",
		Short: "Show or empty the cache of pack and analysis results",
		Long: "lint keeps each pack's result, keyed by everything it depends on (the manifest, the files' content, the\n" +
			"rule set, the date, kyclint's version), so that a run over packs it has seen lints none of them again;\n" +
			"and what it learns from each file (a photo's measurements and MRZ, a PDF's structure and text), keyed\n" +
			"by the file's content, so that a run with another rule set or date decodes none of them again.\n" +
			"Entries are encrypted under a key derived from the pack or file they describe. The cache is kyclint\n" +
			"in the user cache folder unless --cache-dir names another, and is trimmed to 1 GiB, least recently\n" +
			"used first.",
	}
	cmd.PersistentFlags().StringVar(&opts.Flags.Dir, "cache-dir", "", "the cache folder (default: kyclint in the user cache folder)")
	cmd.AddCommand(&cobra.Command{
		Use:   "status",
		Short: "Say where the cache is and what it holds",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			root, err := requireCacheRoot(opts)
			if err != nil {
				return err
			}
			u, err := cache.Status(root)
			if err != nil {
				return usageErrorf("cache: %w", err)
			}
			_, err = fmt.Fprintf(opts.IO.Out, "cache: %s\nentries: %d, %s (trimmed to %s)\n", u.Dir, u.Entries, mebibytes(u.Size), mebibytes(cache.DefaultMaxSize))
			return err
		},
	}, &cobra.Command{
		Use:   "clean",
		Short: "Remove every entry of the cache",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			root, err := requireCacheRoot(opts)
			if err != nil {
				return err
			}
			u, err := cache.Clean(root)
			if err != nil {
				return usageErrorf("cache: %w", err)
			}
			_, err = fmt.Fprintf(opts.IO.Out, "removed %d entries (%s) from %s\n", u.Entries, mebibytes(u.Size), u.Dir)
			return err
		},
	})
	return cmd
}

func requireCacheRoot(opts *cacheOptions) (string, error) {
	root := cacheRoot(opts.Flags, opts.IO)
	if root == "" {
		return "", usageErrorf("no user cache folder (HOME or XDG_CACHE_HOME unset): give --cache-dir")
	}
	return root, nil
}

func mebibytes(n int64) string { return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20)) }
