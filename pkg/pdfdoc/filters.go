package pdfdoc

import (
	"bytes"
	"compress/zlib"
	"encoding/ascii85"
	"errors"
	"fmt"
	"io"
)

// decodeAll applies every filter of a stream's /Filter chain that text
// extraction meets: FlateDecode, LZWDecode, ASCII85Decode, ASCIIHexDecode
// and RunLengthDecode, each with its /DecodeParms predictor. Each stage's
// output is capped at limit bytes. Image filters (DCT, JPX, CCITT, JBIG2)
// are refused: their data is never text.
func decodeAll(sd dict, raw []byte, limit int) ([]byte, error) {
	filters := sd.names("Filter")
	if len(filters) > 8 {
		return nil, fmt.Errorf("%d filters in a chain", len(filters))
	}
	data := raw
	for i, f := range filters {
		parms := filterParms(sd, i)
		var err error
		switch f {
		case "FlateDecode", "Fl":
			data, err = inflateN(data, limit)
			if err == nil {
				data, err = unpredict(data, parms)
			}
		case "LZWDecode", "LZW":
			data, err = unlzw(data, parms, limit)
			if err == nil {
				data, err = unpredict(data, parms)
			}
		case "ASCII85Decode", "A85":
			data, err = unascii85(data)
		case "ASCIIHexDecode", "AHx":
			data = unhexFilter(data)
		case "RunLengthDecode", "RL":
			data, err = unrunlength(data, limit)
		default:
			return nil, fmt.Errorf("unsupported filter %s", f)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		if len(data) > limit {
			return nil, errTooLarge
		}
	}
	return data, nil
}

var errTooLarge = errors.New("stream decodes past the extraction's budget")

// inflateN is inflate with a limit: more output is refused; a stream cut
// short still yields what it decoded.
func inflateN(raw []byte, limit int) ([]byte, error) {
	zr, err := zlib.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("flate: %w", err)
	}
	return capped(zr, limit)
}

// filterParms returns the /DecodeParms dictionary of the i-th filter.
func filterParms(sd dict, i int) dict {
	switch p := sd["DecodeParms"].(type) {
	case dict:
		if i == 0 {
			return p
		}
	case array:
		if i < len(p) {
			d, _ := p[i].(dict)
			return d
		}
	}
	return nil
}

// capped reads r to its end, refusing more than limit bytes. The buffer
// doubles but never past limit+1, so a bomb costs at most twice the limit.
func capped(r io.Reader, limit int) ([]byte, error) {
	out := make([]byte, 0, min(limit+1, 4096))
	for {
		if len(out) == cap(out) {
			if len(out) > limit {
				return nil, errTooLarge
			}
			grown := make([]byte, len(out), min(limit+1, 2*cap(out)))
			copy(grown, out)
			out = grown
		}
		n, err := r.Read(out[len(out):cap(out)])
		out = out[:len(out)+n]
		if len(out) > limit {
			return nil, errTooLarge
		}
		if err != nil {
			if err == io.EOF || len(out) > 0 {
				return out, nil // a stream cut short yields what it decoded
			}
			return nil, err
		}
	}
}

// unlzw decodes PDF's LZW: MSB-first codes, widened one code early unless
// /EarlyChange is 0.
func unlzw(data []byte, parms dict, limit int) ([]byte, error) {
	late := 0
	if ec, ok := parms.int("EarlyChange"); ok && ec == 0 {
		late = 1
	}
	return capped(&lzwDecoder{src: data, limit: limit, late: late}, limit)
}

func unascii85(data []byte) ([]byte, error) {
	if i := bytes.Index(data, []byte("~>")); i >= 0 {
		data = data[:i]
	}
	clean := make([]byte, 0, len(data))
	for _, c := range data {
		if !isSpace(c) {
			clean = append(clean, c)
		}
	}
	if bytes.HasPrefix(clean, []byte("<~")) {
		clean = clean[2:]
	}
	out := make([]byte, 0, len(clean)*4/5+4)
	buf := make([]byte, 4*len(clean)/5+8)
	ndst, _, err := ascii85.Decode(buf, clean, true)
	out = append(out, buf[:ndst]...)
	if err != nil && len(out) == 0 {
		return nil, err
	}
	return out, nil
}

func unhexFilter(data []byte) []byte {
	out := make([]byte, 0, len(data)/2+1)
	var hi byte
	half := false
	for _, c := range data {
		if c == '>' {
			break
		}
		v, ok := hexVal(c)
		if !ok {
			continue
		}
		if half {
			out = append(out, hi<<4|v)
		} else {
			hi = v
		}
		half = !half
	}
	if half {
		out = append(out, hi<<4)
	}
	return out
}

func unrunlength(data []byte, limit int) ([]byte, error) {
	var out []byte
	for i := 0; i < len(data); {
		n := int(data[i])
		i++
		switch {
		case n == 128:
			return out, nil
		case n < 128:
			end := min(i+n+1, len(data))
			out = append(out, data[i:end]...)
			i = end
		default:
			if i >= len(data) {
				return out, nil
			}
			out = append(out, bytes.Repeat(data[i:i+1], 257-n)...)
			i++
		}
		if len(out) > limit {
			return nil, errTooLarge
		}
	}
	return out, nil
}

// lzwDecoder is a small LZW decoder (PDF 32000-1 §7.4.4) with early change:
// codes start 9 bits wide, 256 clears the table and 257 ends the data.
type lzwDecoder struct {
	src   []byte
	out   []byte
	done  bool
	limit int
	late  int // 1 for /EarlyChange 0
}

func (z *lzwDecoder) Read(p []byte) (int, error) {
	if !z.done {
		z.decode()
		z.done = true
	}
	if len(z.out) == 0 {
		return 0, io.EOF
	}
	n := copy(p, z.out)
	z.out = z.out[n:]
	return n, nil
}

func (z *lzwDecoder) decode() {
	var (
		table   [][]byte
		width   = 9
		bitPos  int
		prev    []byte
		written int
	)
	reset := func() {
		table = table[:0]
		for i := range 256 {
			table = append(table, []byte{byte(i)})
		}
		table = append(table, nil, nil) // 256 clear, 257 EOD
		width = 9
		prev = nil
	}
	reset()
	for bitPos+width <= len(z.src)*8 {
		code := 0
		for i := range width {
			b := z.src[(bitPos+i)/8]
			code = code<<1 | int(b>>(7-uint((bitPos+i)%8))&1)
		}
		bitPos += width
		switch {
		case code == 256:
			reset()
			continue
		case code == 257:
			return
		}
		var entry []byte
		switch {
		case code < len(table) && table[code] != nil:
			entry = table[code]
		case code == len(table) && prev != nil:
			entry = append(append([]byte{}, prev...), prev[0])
		default:
			return
		}
		written += len(entry)
		if written > z.limit {
			return
		}
		z.out = append(z.out, entry...)
		if prev != nil && len(table) < 4096 {
			table = append(table, append(append([]byte{}, prev...), entry[0]))
		}
		prev = entry
		switch n := len(table) + 1 - z.late; {
		case n >= 2048:
			width = 12
		case n >= 1024:
			width = 11
		case n >= 512:
			width = 10
		}
	}
}
