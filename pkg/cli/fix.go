package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kyclint/kyclint/pkg/engine"
	"github.com/kyclint/kyclint/pkg/fix"
	"github.com/kyclint/kyclint/pkg/pack"
)

// fixOptions are the flags and arguments of `kyclint fix`.
type fixOptions struct {
	IO      *IOStreams
	Factory *Factory

	Pack   string
	Out    string
	Rules  string
	Date   string
	FailOn string
	Force  bool
	DryRun bool
}

func newCmdFix(f *Factory, runF func(*fixOptions) error) *cobra.Command {
	opts := &fixOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "fix PACK (--out DIR | --dry-run)",
		Short: "Write a corrected copy of a pack, then lint it",
		Long: "Write a corrected copy of a pack into DIR, then lint the copy and exit as `kyclint lint` does on it.\n" +
			"The pack itself is only read, never changed.\n\n" +
			"What fix corrects, for the documents the manifest lists:\n" +
			"  - a photo over file.size's max_bytes is re-encoded as JPEG, lowering the quality first\n" +
			fmt.Sprintf("    (%s) and the size second (each step keeps %.0f%% of the width and height), never\n",
				qualityLadder(), fix.ScaleStep*100) +
			fmt.Sprintf("    below quality %d (lower, JPEG blocks eat small print) nor below image.dimensions'\n", fix.QualityFloor) +
			"    min_short_side; a photo that cannot fit is copied unchanged;\n" +
			"  - PNG, WebP, TIFF, BMP or GIF is converted to JPEG where file.format refuses it but takes JPEG;\n" +
			"  - a photo stored sideways or upside down is turned upright from its EXIF orientation, and every\n" +
			"    re-encoded image loses its metadata, GPS location included;\n" +
			"  - a JPEG that only needs its GPS location removed (or its metadata, to fit the size limit) loses\n" +
			"    its metadata without re-encoding: the compressed image data is kept byte for byte;\n" +
			"  - a file whose extension lies about its content is renamed, and its `file:` line in the\n" +
			"    copied manifest rewritten (nothing else in the manifest changes).\n" +
			"A photo whose EXIF names an image editor is copied byte for byte: fix does not hide that evidence.\n" +
			"Every other file is copied unchanged; hidden files and symlinks leaving the pack are not copied.\n" +
			"Blur, exposure, glare, expiry, names and dates need a person: after the lint, fix lists them and\n" +
			"every other error the copy still has (a photo too small, a missing document…).\n\n" +
			"--dry-run prints the plan and writes nothing; it needs no --out.\n\n" +
			"Exit status: as `kyclint lint` on the copy; 2 also when DIR is inside the pack, or not empty\n" +
			"without --force. A dry run exits 0 once the plan is printed.",
		Example: "  kyclint fix ./my-pack --out ./my-pack-fixed\n" +
			"  kyclint fix ./my-pack --rules gb --dry-run",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Pack = args[0]
			if runF != nil {
				return runF(opts)
			}
			return fixRun(opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.Out, "out", "", "folder to write the fixed copy to (created when missing; must be outside the pack; not needed with --dry-run)")
	fl.StringVarP(&opts.Rules, "rules", "r", "", "rule set `ID|FILE`: a built-in id (see kyclint ruleset list), JURISDICTION+PLATFORM such as gb+binance, or a YAML file")
	fl.StringVar(&opts.Date, "date", "", "lint date YYYY-MM-DD for date rules (default today)")
	fl.StringVar(&opts.FailOn, "fail-on", "error", "lowest severity that makes the exit status 1: error, warning, info, never")
	fl.BoolVar(&opts.Force, "force", false, "write into a folder that is not empty (files of the same name are replaced)")
	fl.BoolVar(&opts.DryRun, "dry-run", false, "print what would be done and write nothing")
	return cmd
}

func qualityLadder() string {
	q := make([]string, len(fix.Qualities))
	for i, v := range fix.Qualities {
		q[i] = fmt.Sprint(v)
	}
	return strings.Join(q, "→")
}

func fixRun(opts *fixOptions) error {
	if opts.Out == "" && !opts.DryRun {
		return usageErrorf("fix needs --out DIR, the folder to write the fixed copy to, or --dry-run to see what it would do")
	}
	if _, err := parseFailOn(opts.FailOn); err != nil {
		return err
	}
	if _, err := lintDate(opts.Date, opts.Factory); err != nil {
		return err
	}
	resolver, err := engine.NewResolver(opts.Factory.Loader, opts.Rules, nil)
	if err != nil {
		return usageErrorf("%w", err)
	}
	target, err := fixTarget(opts.Pack)
	if err != nil {
		return err
	}
	if opts.Out != "" {
		if err := fix.CheckOut(target.Dir, opts.Out, opts.Force); err != nil {
			return usageErrorf("%w", err)
		}
		if err := newOutputGuard([]pack.Target{target}).checkDir("--out", opts.Out); err != nil {
			return err
		}
	}
	p := pack.Load(target)
	defer p.Close()
	settings, _ := resolver.Resolve(p)
	plan, err := fix.Build(p, settings)
	if err != nil {
		return usageErrorf("%w", err)
	}
	defer plan.Close()
	printPlan(opts.IO, plan)
	if opts.DryRun {
		if opts.Out == "" {
			fmt.Fprintf(opts.IO.Out, "\nDry run: nothing was written.\n")
		} else {
			fmt.Fprintf(opts.IO.Out, "\nDry run: nothing was written to %s.\n", opts.Out)
		}
		return nil
	}
	if err := plan.Apply(opts.Out); err != nil {
		return usageErrorf("%w", err)
	}
	fmt.Fprintf(opts.IO.Out, "\nWrote %s: %d fixed, %d copied unchanged. Linting the copy:\n\n",
		opts.Out, plan.Changed(), countActions(plan, fix.Copy, fix.Keep))
	return lintFixed(opts)
}

// fixTarget turns PACK (a pack folder or its manifest) into the pack to load.
func fixTarget(arg string) (pack.Target, error) {
	st, err := os.Stat(arg)
	if err != nil {
		return pack.Target{}, usageErrorf("%s: no such pack folder", arg)
	}
	dir := arg
	if !st.IsDir() {
		if !isManifest(filepath.Base(arg)) {
			return pack.Target{}, usageErrorf("%s is a file; give the pack folder", arg)
		}
		dir = filepath.Dir(arg)
	}
	t := pack.Target{Dir: dir, Path: filepath.ToSlash(filepath.Clean(dir))}
	for _, m := range pack.ManifestNames {
		if _, err := os.Lstat(filepath.Join(dir, m)); err == nil {
			t.Manifest = m
			break
		}
	}
	return t, nil
}

func isManifest(name string) bool {
	for _, m := range pack.ManifestNames {
		if name == m {
			return true
		}
	}
	return false
}
