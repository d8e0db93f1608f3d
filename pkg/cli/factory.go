package cli

import (
	"fmt"
	"runtime/debug"
	"time"

	"github.com/kyclint/kyclint/pkg/checks"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/ruleset"
	"github.com/kyclint/kyclint/rules"
)

// A Factory holds what commands share: streams, the rule registry, the rule
// set loader and the clock. Tests build their own.
type Factory struct {
	IO       *IOStreams
	Registry *lint.Registry
	Loader   *ruleset.Loader
	Now      func() time.Time
}

// NewFactory returns the factory of a real run.
func NewFactory(io *IOStreams) *Factory {
	reg := checks.Registry()
	return &Factory{IO: io, Registry: reg, Loader: &ruleset.Loader{Registry: reg, Builtins: rules.FS}, Now: time.Now}
}

// stampedVersion is set by a release build that is not made in a checkout:
// go build -ldflags "-X github.com/kyclint/kyclint/pkg/cli.stampedVersion=v0.1.0".
var stampedVersion string

// Version returns the module version and VCS revision from the build info.
func (f *Factory) Version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return f.ShortVersion()
	}
	version := f.ShortVersion()
	var rev, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = "-dirty"
			}
		}
	}
	if rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		return fmt.Sprintf("%s (%s%s)", version, rev, modified)
	}
	return version
}

// ShortVersion is the version without the revision, as reports carry it.
func (f *Factory) ShortVersion() string {
	if stampedVersion != "" {
		return stampedVersion
	}
	info, ok := debug.ReadBuildInfo()
	if !ok || info.Main.Version == "" {
		return "(devel)"
	}
	return info.Main.Version
}
