//go:build !unix

package mrzread

import "time"

func cpuTime() (time.Duration, bool) { return 0, false }
