package report

import (
	"encoding/json"
	"io"
)

// ndjsonWriter writes one compact JSON object per pack per line, each
// carrying the run's header (version, tool, ruleset, date) and its pack
// under "pack", so that every line stands alone; the last line is
// {"summary":{...}}, followed in a shard's report by "shard":{"index":i,"count":n}
// (on the summary line, so that a shard with no pack says which it is too). The pack is nested rather than merged because a pack
// has a ruleset of its own.
type ndjsonWriter struct {
	head  ndjsonHead
	shard *Shard
}

var (
	_ Writer       = (*ndjsonWriter)(nil)
	_ PackStreamer = (*ndjsonWriter)(nil)
)

type ndjsonHead struct {
	Version int    `json:"version"`
	Tool    Tool   `json:"tool"`
	Ruleset string `json:"ruleset"`
	Date    string `json:"date"`
}

type ndjsonPack struct {
	ndjsonHead
	Pack Pack `json:"pack"`
}

type ndjsonSummary struct {
	Summary Summary `json:"summary"`
	Shard   *Shard  `json:"shard,omitempty"`
}

func (n *ndjsonWriter) Write(w io.Writer, r *Report) error {
	n.head = ndjsonHead{Version: r.Version, Tool: r.Tool, Ruleset: r.Ruleset, Date: r.Date}
	n.shard = r.Shard
	for _, p := range r.Packs {
		if err := n.Pack(w, p); err != nil {
			return err
		}
	}
	return n.End(w, r.Summary)
}

// Begin records the header every line repeats; it writes nothing.
func (n *ndjsonWriter) Begin(_ io.Writer, m Meta) error {
	n.head = ndjsonHead{Version: Version, Tool: Tool{Name: "kyclint", Version: m.ToolVersion}, Ruleset: m.Ruleset, Date: m.Date}
	n.shard = m.Shard
	return nil
}

// Pack writes one pack's line.
func (n *ndjsonWriter) Pack(w io.Writer, p Pack) error {
	return ndjsonLine(w, ndjsonPack{ndjsonHead: n.head, Pack: p})
}

// End writes the summary line.
func (n *ndjsonWriter) End(w io.Writer, s Summary) error {
	return ndjsonLine(w, ndjsonSummary{Summary: s, Shard: n.shard})
}

func ndjsonLine(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
