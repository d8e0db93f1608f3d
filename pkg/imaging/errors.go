package imaging

import (
	"errors"
	"fmt"
)

// ErrUnknownFormat means the bytes are not an image format kyclint recognises.
var ErrUnknownFormat = errors.New("unknown image format")

// ErrUnsupportedFormat means the format was recognised (HEIC, AVIF) but
// kyclint has no decoder for it, so no pixel metric can be measured.
var ErrUnsupportedFormat = errors.New("format has no decoder")

// ErrNoPixels means the header declares a width or height of zero.
var ErrNoPixels = errors.New("image has no pixels")

// A DecodeError reports an image that could not be read: a corrupt or
// truncated file, a header that is not an image, or a decoder that panicked.
// Err is the decoder's own reason, for example io.ErrUnexpectedEOF.
type DecodeError struct {
	Format Format // the sniffed format, or "" when unknown
	Err    error
}

func (e *DecodeError) Error() string {
	if e.Format == "" {
		return "decoding image: " + e.Err.Error()
	}
	return fmt.Sprintf("decoding %s: %v", e.Format, e.Err)
}

func (e *DecodeError) Unwrap() error { return e.Err }

// Reason is the decoder's message alone ("unexpected EOF"), for findings such
// as "image.decode: unexpected EOF".
func (e *DecodeError) Reason() string { return e.Err.Error() }

// A LimitError reports an image whose header declares more pixels than the
// decode budget allows. It is returned before any pixel memory is allocated.
type LimitError struct {
	Format        Format
	Width, Height int
	MaxPixels     int64
	// BytesPerPixel is what the decoder would allocate per pixel, and
	// MaxBytes the budget of the decoded frame (see Limits).
	BytesPerPixel, MaxBytes int64
}

func (e *LimitError) Error() string {
	if e.OverBytes() {
		return fmt.Sprintf("%s is %dx%d at %d bytes a pixel (%.0f MB decoded), over the %.0f MB decode limit",
			e.Format, e.Width, e.Height, e.BytesPerPixel, float64(e.Bytes())/1e6, float64(e.MaxBytes)/1e6)
	}
	return fmt.Sprintf("%s is %dx%d (%.1f MP), over the %.1f MP decode limit",
		e.Format, e.Width, e.Height, float64(e.Pixels())/1e6, float64(e.MaxPixels)/1e6)
}

// Bytes is the decoded frame's size the header implies.
func (e *LimitError) Bytes() int64 { return e.Pixels() * e.BytesPerPixel }

// OverBytes reports an image within the pixel budget whose decoded frame
// is over the byte budget (a 16-bit image, say).
func (e *LimitError) OverBytes() bool {
	return e.Pixels() <= e.MaxPixels && e.MaxBytes > 0 && e.Bytes() > e.MaxBytes
}

// Pixels is the pixel count the header declares.
func (e *LimitError) Pixels() int64 { return int64(e.Width) * int64(e.Height) }
