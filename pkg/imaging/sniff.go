package imaging

import "github.com/kyclint/kyclint/pkg/filetype"

// A Format names an image container as recognised from its first bytes; it
// is filetype's Format, restricted to images.
type Format = filetype.Format

// The formats Sniff recognises. HEIC and AVIF are recognised so that a rule can
// name them, but they cannot be decoded.
const (
	FormatJPEG = filetype.JPEG
	FormatPNG  = filetype.PNG
	FormatGIF  = filetype.GIF
	FormatWebP = filetype.WebP
	FormatTIFF = filetype.TIFF
	FormatBMP  = filetype.BMP
	FormatHEIC = filetype.HEIC
	FormatAVIF = filetype.AVIF
)

// Sniff names the image format of a file from its first bytes, or returns ""
// when the bytes are not an image kyclint knows. The extension is never
// consulted. Other HEIF brands count as HEIC: neither can be decoded, and
// both carry EXIF the same way.
func Sniff(head []byte) Format {
	switch f := filetype.Sniff(head); f {
	case filetype.PDF:
		return ""
	case filetype.HEIF:
		return FormatHEIC
	default:
		return f
	}
}
