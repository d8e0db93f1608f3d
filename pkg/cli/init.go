package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kyclint/kyclint/pkg/checks/doccheck"
	"github.com/kyclint/kyclint/pkg/fix"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/ruleset"
)

// initOptions are the flags and arguments of `kyclint init`.
type initOptions struct {
	IO      *IOStreams
	Factory *Factory

	Dir   string
	Rules string
}

func newCmdInit(f *Factory, runF func(*initOptions) error) *cobra.Command {
	opts := &initOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "init [DIR]",
		Short: "Write a kyc.yaml for a folder of documents, filled in from what they show",
		Long: "Write DIR/kyc.yaml listing every document file of the folder (sorted), with the type guessed from\n" +
			"each name and the fields each document must declare. A passport's or ID card's fields (name, number,\n" +
			"dates, nationality, sex, MRZ) are filled in from the machine readable zone in its photo, and a PDF\n" +
			"statement's name, address and date from its text, each marked by a comment; what cannot be read\n" +
			"cleanly is left empty with a comment, as are the applicant's details, which you type as in the\n" +
			"application. Without DIR, the current folder.\n\n" +
			"An existing manifest (kyc.yaml, kyc.yml or kyc.json) is never overwritten.\n\n" +
			"Exit status: 0 written, 2 a manifest exists, no document file was found, or DIR cannot be read.",
		Example: "  kyclint init ./my-pack && $EDITOR ./my-pack/kyc.yaml && kyclint lint ./my-pack",
		Args:    cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Dir = "."
			if len(args) == 1 {
				opts.Dir = args[0]
			}
			if runF != nil {
				return runF(opts)
			}
			return initRun(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Rules, "rules", "r", "", "rule set whose document.missing-field decides the fields listed (default base); the manifest names it")
	return cmd
}

func initRun(opts *initOptions) error {
	if st, err := os.Stat(opts.Dir); err != nil {
		return usageErrorf("%s: no such folder", opts.Dir)
	} else if !st.IsDir() {
		return usageErrorf("%s is a file; give the folder of documents", opts.Dir)
	}
	for _, m := range pack.ManifestNames {
		if _, err := os.Lstat(filepath.Join(opts.Dir, m)); err == nil {
			return usageErrorf("%s already has %s; kyclint init never overwrites a manifest", opts.Dir, m)
		}
	}
	set, err := initRuleset(opts)
	if err != nil {
		return err
	}
	fields := initFields(set)
	p := pack.Load(pack.Target{Dir: opts.Dir, Path: filepath.ToSlash(opts.Dir)})
	defer p.Close()
	var docs []*pack.Document
	for _, d := range p.Documents {
		if d.State == pack.PathOK {
			docs = append(docs, d)
		}
	}
	if len(docs) == 0 {
		return usageErrorf("no document file (JPEG, PNG, PDF…) in %s; nothing to list", opts.Dir)
	}
	read := readDocuments(p, docs, set.Settings, pack.DateOf(opts.Factory.Now()))
	text, skipped := fix.Skeleton(docs, fields, read, initRules(opts.Rules, set))
	for _, s := range skipped {
		fmt.Fprintf(opts.IO.ErrOut, "kyclint: %q is not UTF-8 and cannot be named in kyc.yaml; rename it and list it yourself\n", s)
	}
	path := filepath.Join(opts.Dir, "kyc.yaml")
	if err := fix.CreateNew(path, text); err != nil {
		if errors.Is(err, os.ErrExist) {
			return usageErrorf("%s appeared meanwhile; kyclint init never overwrites a manifest", path)
		}
		return usageErrorf("%w", err)
	}
	lintCmd := "kyclint lint " + opts.Dir
	if ruleset.IsFile(opts.Rules) {
		lintCmd = "kyclint lint -r " + opts.Rules + " " + opts.Dir
	}
	n := len(docs) - len(skipped)
	noun := "documents"
	if n == 1 {
		noun = "document"
	}
	fmt.Fprintf(opts.IO.Out, "Wrote %s listing %d %s. Fill in the empty values from the documents, then run:\n  %s\n",
		path, n, noun, lintCmd)
	return nil
}

// initRuleset loads the rule set named by --rules, base by default.
func initRuleset(opts *initOptions) (*ruleset.Set, error) {
	id := opts.Rules
	if id == "" {
		id = defaultRuleset
	}
	set, err := opts.Factory.Loader.Load(id)
	if err != nil {
		return nil, usageErrorf("%w", err)
	}
	return set, nil
}

// initRules is how the manifest names the rule set given as --rules: a
// platform's built-in as its platform, JURISDICTION+PLATFORM as both, any
// other built-in as the jurisdiction, a file in a comment.
func initRules(ref string, set *ruleset.Set) fix.Rules {
	switch {
	case ref == "":
		return fix.Rules{}
	case ruleset.IsFile(ref):
		return fix.Rules{File: ref}
	}
	if j, p, ok := strings.Cut(ref, "+"); ok {
		return fix.Rules{Jurisdiction: j, Platform: p}
	}
	if set.Layer == "platform" {
		return fix.Rules{Platform: ref}
	}
	return fix.Rules{Jurisdiction: ref}
}

// initFields reads which fields each category of document must declare
// from the rule set's document.missing-field.
func initFields(set *ruleset.Set) map[string][]string {
	c, _ := lint.ParamsOf[doccheck.MissingFieldParams](set.Settings, doccheck.MissingField)
	return c.Fields
}
