//go:build !unix

package regular

// nonBlock is 0 where FIFOs cannot be named as files.
const nonBlock = 0
