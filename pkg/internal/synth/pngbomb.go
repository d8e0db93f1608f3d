package synth

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
)

// PNGHeaderBomb returns a small, well-formed PNG whose IHDR claims w×h RGB
// pixels while its IDAT holds a single compressed row's worth of zeros. A
// decoder that allocates from the header before reading the data would ask
// for w×h×3 bytes, the attack kyclint's decode limits stop. Width and height
// are kept within 1 to 2³¹-1, the range PNG allows.
func PNGHeaderBomb(w, h uint32) []byte { return pngHeaderBomb(w, h, 8, 2, 3) }

// PNGHeaderBomb16 is PNGHeaderBomb for a 16-bit RGBA image, which decodes
// to 8 bytes a pixel.
func PNGHeaderBomb16(w, h uint32) []byte { return pngHeaderBomb(w, h, 16, 6, 8) }

func pngHeaderBomb(w, h uint32, depth, colorType byte, bytesPerPixel int) []byte {
	w, h = min(max(w, 1), 1<<31-1), min(max(h, 1), 1<<31-1)
	out := []byte("\x89PNG\r\n\x1a\n")
	ihdr := binary.BigEndian.AppendUint32(nil, w)
	ihdr = binary.BigEndian.AppendUint32(ihdr, h)
	ihdr = append(ihdr, depth, colorType, 0, 0, 0) // deflate, no filter, no interlace
	out = pngChunk(out, "IHDR", ihdr)
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write(make([]byte, 1+bytesPerPixel*min(int(w), 1024)))
	zw.Close()
	out = pngChunk(out, "IDAT", z.Bytes())
	return pngChunk(out, "IEND", nil)
}

// pngChunk appends a chunk with its length and CRC to b.
func pngChunk(b []byte, typ string, data []byte) []byte {
	b = binary.BigEndian.AppendUint32(b, uint32(len(data)))
	start := len(b)
	b = append(b, typ...)
	b = append(b, data...)
	return binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(b[start:]))
}
