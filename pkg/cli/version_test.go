package cli

import (
	"strings"
	"testing"
)

func TestStampedVersion(t *testing.T) {
	stampedVersion = "v0.1.0"
	defer func() { stampedVersion = "" }()
	if code, out, _ := run(t, "version"); code != ExitOK || !strings.Contains(out, "v0.1.0") {
		t.Errorf("version with a stamped release: exit %d, %q", code, out)
	}
}
