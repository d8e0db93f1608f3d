package cli

import (
	"bytes"
	"io"
	"os"
)

// IOStreams carries a command's input and output, so that commands print
// through it and tests can capture and steer what a terminal would show.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer // data: reports, listings
	ErrOut io.Writer // errors, warnings, progress

	outTTY bool
	errTTY bool
	getenv func(string) string
}

// System returns streams on the process's stdin, stdout and stderr.
func System() *IOStreams {
	return &IOStreams{In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr,
		outTTY: isTerminal(os.Stdout), errTTY: isTerminal(os.Stderr), getenv: os.Getenv}
}

// Test returns streams writing to buffers, not terminals, with an empty
// environment.
func Test() (*IOStreams, *bytes.Buffer, *bytes.Buffer, *bytes.Buffer) {
	in, out, errOut := &bytes.Buffer{}, &bytes.Buffer{}, &bytes.Buffer{}
	return &IOStreams{In: in, Out: out, ErrOut: errOut, getenv: func(string) string { return "" }}, in, out, errOut
}

// SetTTY pretends stdout and stderr are terminals (tests).
func (s *IOStreams) SetTTY(tty bool) { s.outTTY, s.errTTY = tty, tty }

// SetEnv replaces the environment lookup (tests).
func (s *IOStreams) SetEnv(getenv func(string) string) { s.getenv = getenv }

// IsStdoutTTY reports whether standard output is a terminal.
func (s *IOStreams) IsStdoutTTY() bool { return s.outTTY }

// IsStderrTTY reports whether standard error is a terminal.
func (s *IOStreams) IsStderrTTY() bool { return s.errTTY }

// Getenv reads an environment variable.
func (s *IOStreams) Getenv(key string) string { return s.getenv(key) }

// ColorEnabled reports whether to colour output: only on a terminal, and
// never when NO_COLOR is set (https://no-color.org) or TERM is dumb.
func (s *IOStreams) ColorEnabled() bool {
	return s.outTTY && s.getenv("NO_COLOR") == "" && s.getenv("TERM") != "dumb"
}

// ciVariables are set by CI services that may not set CI itself.
var ciVariables = []string{"GITHUB_ACTIONS", "GITLAB_CI", "TF_BUILD", "JENKINS_URL", "BUILDKITE", "CIRCLECI"}

// InCI reports whether the run is in CI: the CI variable is set, as most
// services do, or a variable that one service sets.
func (s *IOStreams) InCI() bool {
	if v := s.getenv("CI"); v != "" && v != "false" && v != "0" {
		return true
	}
	for _, name := range ciVariables {
		if v := s.getenv(name); v != "" && v != "false" {
			return true
		}
	}
	return false
}
