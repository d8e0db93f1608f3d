// Command kyclint lints KYC document packs before upload.
package main

import (
	"os"

	"github.com/kyclint/kyclint/pkg/cli"
)

func main() {
	os.Exit(cli.Main())
}
