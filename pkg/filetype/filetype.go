// Package filetype recognises document formats by their content, never by
// their name: a PNG renamed .jpg is still a PNG to a verification service.
package filetype

import (
	"bytes"
	"path"
	"strings"
)

// A Format is a file format kyclint recognises.
type Format string

// Formats. Unknown is anything else, including an empty file.
const (
	Unknown Format = ""
	JPEG    Format = "jpeg"
	PNG     Format = "png"
	GIF     Format = "gif"
	WebP    Format = "webp"
	TIFF    Format = "tiff"
	BMP     Format = "bmp"
	HEIC    Format = "heic"
	HEIF    Format = "heif"
	AVIF    Format = "avif"
	PDF     Format = "pdf"
)

// Names lists every format name a rule set may accept.
var Names = []string{"jpeg", "png", "gif", "webp", "tiff", "bmp", "heic", "heif", "avif", "pdf"}

// Label is the format's name for people.
func (f Format) Label() string {
	if f == Unknown {
		return "unknown"
	}
	if f == WebP {
		return "WebP"
	}
	return strings.ToUpper(string(f))
}

// IsImage reports whether the format is a raster image kyclint can decode.
func (f Format) IsImage() bool {
	switch f {
	case JPEG, PNG, GIF, WebP, TIFF, BMP:
		return true
	}
	return false
}

// Sniff identifies a format from the first bytes of a file (a few hundred
// are enough; kyclint passes the first 4 KiB).
func Sniff(head []byte) Format {
	switch {
	case bytes.HasPrefix(head, []byte{0xFF, 0xD8, 0xFF}):
		return JPEG
	case bytes.HasPrefix(head, []byte("\x89PNG\r\n\x1a\n")):
		return PNG
	case bytes.HasPrefix(head, []byte("GIF87a")), bytes.HasPrefix(head, []byte("GIF89a")):
		return GIF
	case len(head) >= 12 && bytes.Equal(head[:4], []byte("RIFF")) && bytes.Equal(head[8:12], []byte("WEBP")):
		return WebP
	case bytes.HasPrefix(head, []byte("II*\x00")), bytes.HasPrefix(head, []byte("MM\x00*")):
		return TIFF
	case len(head) >= 14 && bytes.HasPrefix(head, []byte("BM")):
		return BMP
	case isPDF(head):
		return PDF
	}
	return sniffISOBMFF(head)
}

// isPDF accepts %PDF- within the first 1024 bytes, as PDF readers do.
func isPDF(head []byte) bool {
	n := min(len(head), 1024)
	return bytes.Contains(head[:n], []byte("%PDF-"))
}

// sniffISOBMFF reads the ftyp box of HEIF-family files: the major brand and
// the compatible brands say whether the file is HEIC, AVIF or other HEIF.
func sniffISOBMFF(head []byte) Format {
	if len(head) < 16 || !bytes.Equal(head[4:8], []byte("ftyp")) {
		return Unknown
	}
	size := int(head[0])<<24 | int(head[1])<<16 | int(head[2])<<8 | int(head[3])
	if size < 16 || size > len(head) {
		size = min(len(head), 64)
	}
	brands := []string{string(head[8:12])}
	for i := 16; i+4 <= size; i += 4 {
		brands = append(brands, string(head[i:i+4]))
	}
	found := Unknown
	for _, b := range brands {
		switch b {
		case "heic", "heix", "hevc", "hevx", "heim", "heis":
			return HEIC
		case "avif", "avis":
			found = AVIF
		case "mif1", "msf1":
			if found == Unknown {
				found = HEIF
			}
		}
	}
	return found
}

// extFormats maps file extensions to the format they promise.
var extFormats = map[string]Format{
	".jpg": JPEG, ".jpeg": JPEG, ".jpe": JPEG, ".jfif": JPEG, ".png": PNG, ".gif": GIF, ".webp": WebP,
	".tif": TIFF, ".tiff": TIFF, ".bmp": BMP, ".dib": BMP, ".heic": HEIC, ".heif": HEIF, ".hif": HEIF,
	".avif": AVIF, ".pdf": PDF,
}

// FromExtension returns the format a file name promises, or Unknown.
func FromExtension(name string) Format {
	return extFormats[strings.ToLower(path.Ext(name))]
}

// Extension returns the usual extension for a format, with its dot.
func (f Format) Extension() string {
	switch f {
	case JPEG:
		return ".jpg"
	case TIFF:
		return ".tif"
	case Unknown:
		return ""
	}
	return "." + string(f)
}

// SameFamily reports whether an extension promising e fits content c: .heif
// for a HEIC file is honest, since HEIC is HEIF with HEVC inside.
func SameFamily(e, c Format) bool {
	if e == c {
		return true
	}
	heif := func(f Format) bool { return f == HEIC || f == HEIF || f == AVIF }
	return e == HEIF && heif(c)
}
