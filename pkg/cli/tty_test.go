package cli

import (
	"os"
	"testing"
)

// TestDevNullIsNoTerminal: a character device that is not a terminal does
// not count as one, so personal data is not shown to it.
func TestDevNullIsNoTerminal(t *testing.T) {
	f, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	if isTerminal(f) {
		t.Errorf("%s counts as a terminal", os.DevNull)
	}
}

// TestCIServicesWithoutCI: services that set only their own variable are CI.
func TestCIServicesWithoutCI(t *testing.T) {
	for _, name := range append([]string{"CI"}, ciVariables...) {
		io, _, _, _ := Test()
		io.SetEnv(func(k string) string {
			if k == name {
				return "true"
			}
			return ""
		})
		if !io.InCI() {
			t.Errorf("%s=true is not CI", name)
		}
	}
	io, _, _, _ := Test()
	if io.InCI() {
		t.Error("an empty environment is CI")
	}
}
