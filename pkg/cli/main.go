// Package cli holds kyclint's commands. Each command is thin: it fills an
// options struct from flags and calls a run function that does the work
// through IOStreams.
package cli

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"
)

// Exit codes (DESIGN §4), computed once from a command's result.
const (
	ExitOK      = 0 // nothing at or above --fail-on
	ExitFailed  = 1 // findings at or above --fail-on
	ExitTrouble = 2 // the result cannot be trusted: bad input, bad configuration, or a crash
)

// exitError ends a command with a code; its message, if any, goes to stderr.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return ""
	}
	return e.err.Error()
}

// Unwrap lets errors.Is and errors.As see the cause a message wraps.
func (e *exitError) Unwrap() error { return e.err }

// usageErrorf reports bad input from the user: exit 2 with a message. A %w
// verb keeps the cause in the error's chain.
func usageErrorf(format string, args ...any) error {
	return &exitError{code: ExitTrouble, err: fmt.Errorf(format, args...)}
}

// Main runs kyclint with the process's arguments and streams and returns the
// exit code.
func Main() int {
	return Run(os.Args[1:], NewFactory(System()))
}

// Run executes a command line and returns its exit code. It never panics on
// bad input: errors print as one line on stderr.
func Run(args []string, f *Factory) int {
	root := NewRootCmd(f)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return ExitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			fmt.Fprintf(f.IO.ErrOut, "kyclint: %s\n", ee.err)
		}
		return ee.code
	}
	fmt.Fprintf(f.IO.ErrOut, "kyclint: %s\n", err)
	if isFlagError(err) {
		fmt.Fprintf(f.IO.ErrOut, "Run 'kyclint --help' for usage.\n")
	}
	return ExitTrouble
}

func isFlagError(err error) bool {
	s := err.Error()
	return strings.Contains(s, "flag") || strings.Contains(s, "unknown command") || strings.Contains(s, "arg(s)")
}

// NewRootCmd builds the command tree.
func NewRootCmd(f *Factory) *cobra.Command {
	root := &cobra.Command{
		Use:   "kyclint",
		Short: "Lint KYC document packs before upload",
		Long: "kyclint checks a KYC pack (an applicant's ID photos, proof of address and the kyc.yaml manifest)\n" +
			"against the rules of a jurisdiction before upload, offline, and says what a reviewer would reject.",
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       f.Version(),
	}
	root.SetOut(f.IO.Out)
	root.SetErr(f.IO.ErrOut)
	root.SetVersionTemplate("kyclint {{.Version}}\n")
	root.AddCommand(
		newCmdLint(f, nil),
		newCmdRules(f),
		newCmdExplain(f),
		newCmdRuleset(f),
		newCmdMRZ(f),
		newCmdVersion(f),
		newCmdFix(f, nil),
		newCmdInit(f, nil),
		newCmdReformat(f, nil),
		newCmdMerge(f, nil),
		newCmdCache(f),
		newCmdSchema(f, nil),
		newCmdBaseline(f),
	)
	refuseUnknownShells(root)
	return root
}

// refuseUnknownShells makes `completion SHELL` fail for a shell cobra
// writes no script for (tcsh, say), instead of printing help and exiting 0.
func refuseUnknownShells(root *cobra.Command) {
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() != "completion" {
			continue
		}
		var shells []string
		for _, sub := range c.Commands() {
			shells = append(shells, sub.Name())
		}
		c.Args = cobra.ArbitraryArgs
		c.RunE = func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return cmd.Help()
			}
			return usageErrorf("completion: no script for %q (valid: %s)", args[0], strings.Join(shells, ", "))
		}
	}
}
