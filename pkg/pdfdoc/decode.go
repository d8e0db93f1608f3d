package pdfdoc

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
)

// decode applies a stream's /Filter and /DecodeParms. Only FlateDecode is
// supported: it is what cross-reference and object streams use in practice.
func decode(sd dict, raw []byte) ([]byte, error) {
	filters := sd.names("Filter")
	if len(filters) == 0 {
		return raw, nil
	}
	if len(filters) > 1 || (filters[0] != "FlateDecode" && filters[0] != "Fl") {
		return nil, fmt.Errorf("unsupported filter %v", filters)
	}
	out, err := inflate(raw)
	if err != nil {
		return nil, err
	}
	parms, _ := sd["DecodeParms"].(dict)
	if a, ok := sd["DecodeParms"].(array); ok && len(a) == 1 {
		parms, _ = a[0].(dict)
	}
	return unpredict(out, parms)
}

// inflate decompresses zlib data, refusing output beyond maxDecodedBytes. A
// stream cut short or with a bad checksum still yields what it decoded, as
// lenient readers do.
func inflate(raw []byte) ([]byte, error) {
	zr, err := zlib.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("flate: %w", err)
	}
	var buf bytes.Buffer
	_, err = io.Copy(&buf, io.LimitReader(zr, maxDecodedBytes+1))
	if buf.Len() > maxDecodedBytes {
		return nil, fmt.Errorf("stream decodes to more than %d MiB", maxDecodedBytes>>20)
	}
	if err != nil && (buf.Len() == 0 || !(errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, zlib.ErrChecksum))) {
		return nil, fmt.Errorf("flate: %w", err)
	}
	return buf.Bytes(), nil
}
