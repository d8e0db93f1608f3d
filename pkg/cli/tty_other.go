//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package cli

import "os"

// isTerminal is false where kyclint cannot ask: personal data is then
// masked unless --redact never is given.
func isTerminal(*os.File) bool { return false }
