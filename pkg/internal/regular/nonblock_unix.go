//go:build unix

package regular

import "syscall"

// nonBlock opens a FIFO without waiting for a writer, so that it can be
// refused rather than hang the run.
const nonBlock = syscall.O_NONBLOCK
