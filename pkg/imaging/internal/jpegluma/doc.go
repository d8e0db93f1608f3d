// Package jpegluma decodes a JPEG straight to reduced planes, without
// reconstructing colour pixels and without holding the full frame.
//
// Every block is entropy-decoded, as it must be, and then integrated:
// the inverse DCT basis, summed over each block pixel's share of every
// output sample it overlaps, gives per-block weights, so a block's
// coefficients are added directly into the area-averaged luma and chroma
// planes the caller asks for (a 1000-pixel working size, say). The result
// equals area-averaging the decoded frame, except that pixels are not
// rounded or clamped to 8 bits first (flat luma blocks are). A chroma
// plane shrunk to half its size or less is reduced as package
// imaging/internal/area's Reducer does: box means first (at 8×8, only the
// DC term), then area averaging. A baseline 12 MP
// photo needs only the output planes and a 64 KiB read buffer. A
// progressive frame keeps, until the last scan, a bitmap of each block's
// nonzero coefficients and only the coefficients its planes' reduction
// reads (the DC alone for chroma reduced through 8×8 boxes); a large
// reduced luma plane instead takes each scan's changes as they come (see
// progressive.go), so a 12 MP progressive photo takes about 8 MiB, not 39.
//
// Baseline and progressive Huffman-coded 8-bit JPEGs with one component or
// three (YCbCr with 4:4:4, 4:4:0, 4:2:2 or 4:2:0 sampling) and restart
// intervals are decoded. Anything else (arithmetic coding, 12-bit or
// lossless frames, CMYK, Adobe RGB, other sampling, baseline files split
// into several scans, out-of-range coefficients) returns an error wrapping
// ErrUnsupported, and the caller is expected to use a general decoder.
package jpegluma
