package imaging

import (
	"bytes"
	"encoding/binary"
)

// A Format names an image container as recognised from its first bytes.
type Format string

// The formats Sniff recognises. HEIC and AVIF are recognised so that a rule can
// name them, but they cannot be decoded.
const (
	FormatJPEG Format = "jpeg"
	FormatPNG  Format = "png"
	FormatGIF  Format = "gif"
	FormatWebP Format = "webp"
	FormatTIFF Format = "tiff"
	FormatBMP  Format = "bmp"
	FormatHEIC Format = "heic"
	FormatAVIF Format = "avif"
)

// Sniff names the image format of a file from its first bytes (16 are
// enough, more lets it read an ISO-BMFF brand list), or returns "" when the
// bytes are not an image kyclint knows. The extension is never consulted.
func Sniff(head []byte) Format {
	switch {
	case bytes.HasPrefix(head, []byte("\xff\xd8\xff")):
		return FormatJPEG
	case bytes.HasPrefix(head, []byte("\x89PNG\r\n\x1a\n")):
		return FormatPNG
	case bytes.HasPrefix(head, []byte("GIF87a")), bytes.HasPrefix(head, []byte("GIF89a")):
		return FormatGIF
	case len(head) >= 12 && string(head[:4]) == "RIFF" && string(head[8:12]) == "WEBP":
		return FormatWebP
	case bytes.HasPrefix(head, []byte("II*\x00")), bytes.HasPrefix(head, []byte("MM\x00*")):
		return FormatTIFF
	case bytes.HasPrefix(head, []byte("BM")) && len(head) >= 14:
		return FormatBMP
	}
	return sniffISOBMFF(head)
}

// sniffISOBMFF recognises HEIC/HEIF and AVIF from the ftyp box: the major
// brand, then the compatible brands, since phones often write "mif1" first.
func sniffISOBMFF(head []byte) Format {
	if len(head) < 16 || string(head[4:8]) != "ftyp" {
		return ""
	}
	n := int(binary.BigEndian.Uint32(head[:4]))
	if n < 16 || n > len(head) {
		n = min(len(head), 64)
	}
	var heif bool
	for i := 8; i+4 <= n; i += 4 {
		if i == 12 { // minor version, not a brand
			continue
		}
		switch string(head[i : i+4]) {
		case "avif", "avis":
			return FormatAVIF
		case "heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1":
			heif = true
		}
	}
	if heif {
		return FormatHEIC
	}
	return ""
}
