package report

import "io"

// A PackStreamer writes a report pack by pack as results arrive, so that a
// batch of any size is never held in memory. Begin comes first, then Pack
// for each pack in report order, then End with the run's summary.
type PackStreamer interface {
	Begin(w io.Writer, meta Meta) error
	Pack(w io.Writer, p Pack) error
	End(w io.Writer, s Summary) error
}

// streamers maps the formats that can stream to a new streamer for one run.
var streamers = map[string]func() PackStreamer{
	"ndjson": func() PackStreamer { return &ndjsonWriter{} },
}

// Streamer returns a new streamer for a format name, or false when the
// format can only be written whole.
func Streamer(name string) (PackStreamer, bool) {
	f, ok := streamers[name]
	if !ok {
		return nil, false
	}
	return f(), true
}
