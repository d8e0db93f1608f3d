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
