package cli

import (
	"strings"
	"testing"
)

// TestFlagHelpNamesTheValue checks that --rules' help shows what to give,
// not a command pflag took for the value's name from backquotes.
func TestFlagHelpNamesTheValue(t *testing.T) {
	for _, cmd := range []string{"lint", "fix", "rules"} {
		_, out, _ := run(t, cmd, "--help")
		if strings.Contains(out, "--rules kyclint") || !strings.Contains(out, "--rules ID|FILE") {
			t.Errorf("%s --help: want --rules ID|FILE:\n%s", cmd, out)
		}
	}
}

func TestCompletionRefusesUnknownShells(t *testing.T) {
	if code, _, errOut := run(t, "completion", "tcsh"); code != ExitTrouble || !strings.Contains(errOut, "tcsh") {
		t.Errorf("completion tcsh: exit %d, stderr %q; want %d naming tcsh", code, errOut, ExitTrouble)
	}
	if code, out, _ := run(t, "completion", "bash"); code != ExitOK || !strings.Contains(out, "bash completion") {
		t.Errorf("completion bash: exit %d", code)
	}
}
