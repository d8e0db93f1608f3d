package imaging

import (
	"bytes"
	"encoding/binary"
	"io"
)

// exifWindow bounds the EXIF block kyclint reads: APP1 cannot exceed 64 KiB,
// and goexif is never handed more than this.
const exifWindow = 64 << 10

// maxChunks bounds the chunk walk in PNG and WebP files.
const maxChunks = 1024

// exifBlob returns the TIFF-structured EXIF block of the file (starting with
// "II*\x00" or "MM\x00*"), or nil when the file carries none. head is the
// first exifWindow bytes of the file.
func exifBlob(r io.ReaderAt, size int64, head []byte) []byte {
	switch Sniff(head) {
	case FormatJPEG:
		return jpegEXIF(head)
	case FormatTIFF:
		return head
	case FormatPNG:
		return chunkEXIF(r, size, 8, pngChunk)
	case FormatWebP:
		return trimExifHeader(chunkEXIF(r, size, 12, riffChunk))
	case FormatHEIC, FormatAVIF:
		return heifEXIF(r, size)
	}
	if bytes.HasPrefix(head, []byte("Exif\x00\x00")) { // a bare EXIF block
		return head[6:]
	}
	return nil
}

// jpegEXIF walks the JPEG segments before the first scan and returns the
// payload of the APP1 "Exif" segment.
func jpegEXIF(b []byte) []byte {
	pos := 2
	for pos+4 <= len(b) {
		if b[pos] != 0xff {
			return nil
		}
		m := b[pos+1]
		switch {
		case m == 0xff: // fill byte
			pos++
			continue
		case m == 0xd8 || m == 0x01 || (m >= 0xd0 && m <= 0xd7):
			pos += 2
			continue
		case m == 0xda || m == 0xd9:
			return nil
		}
		n := int(binary.BigEndian.Uint16(b[pos+2:]))
		if n < 2 || pos+2+n > len(b) {
			return nil
		}
		seg := b[pos+4 : pos+2+n]
		if m == 0xe1 && len(seg) >= 6 && string(seg[:5]) == "Exif\x00" {
			return seg[6:]
		}
		pos += 2 + n
	}
	return nil
}

// A chunkReader reads the chunk header at off: its type, where its data
// starts, how long it is, and where the next chunk starts.
type chunkReader func(r io.ReaderAt, off int64) (typ string, data, n, next int64, ok bool)

func pngChunk(r io.ReaderAt, off int64) (string, int64, int64, int64, bool) {
	var h [8]byte
	if _, err := r.ReadAt(h[:], off); err != nil {
		return "", 0, 0, 0, false
	}
	n := int64(binary.BigEndian.Uint32(h[:4]))
	return string(h[4:]), off + 8, n, off + 12 + n, true
}

func riffChunk(r io.ReaderAt, off int64) (string, int64, int64, int64, bool) {
	var h [8]byte
	if _, err := r.ReadAt(h[:], off); err != nil {
		return "", 0, 0, 0, false
	}
	n := int64(binary.LittleEndian.Uint32(h[4:]))
	return string(h[:4]), off + 8, n, off + 8 + n + n&1, true
}

// chunkEXIF walks chunk headers (8 bytes each, read in place) to the "eXIf"
// (PNG) or "EXIF" (WebP) chunk, which may sit after the pixel data.
func chunkEXIF(r io.ReaderAt, size, off int64, next chunkReader) []byte {
	for i := 0; i < maxChunks && off < size; i++ {
		typ, data, n, nxt, ok := next(r, off)
		if !ok {
			return nil
		}
		if typ == "eXIf" || typ == "EXIF" {
			return readAtMost(r, data, n)
		}
		off = nxt
	}
	return nil
}

// readAtMost reads n bytes at off, or nil when n exceeds exifWindow.
func readAtMost(r io.ReaderAt, off, n int64) []byte {
	if n <= 0 || n > exifWindow || off < 0 {
		return nil
	}
	b := make([]byte, n)
	k, _ := r.ReadAt(b, off)
	return b[:k]
}

// trimExifHeader drops the "Exif\0\0" prefix some writers put in WebP and
// HEIF EXIF payloads.
func trimExifHeader(b []byte) []byte {
	if bytes.HasPrefix(b, []byte("Exif\x00\x00")) {
		return b[6:]
	}
	return b
}
