package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// isNDJSON reports whether a saved report is the ndjson format's: its
// first line alone is an object with a pack or a summary.
func isNDJSON(data []byte) bool {
	first, _, _ := bytes.Cut(bytes.TrimSpace(data), []byte("\n"))
	var keys map[string]json.RawMessage
	if json.Unmarshal(first, &keys) != nil {
		return false
	}
	_, pack := keys["pack"]
	_, summary := keys["summary"]
	return pack || summary
}

// readNDJSON reads a report saved by the ndjson format as strictly as
// Read reads json: every line a pack of this version with the same header
// or the summary, which comes last; an error names its line.
func readNDJSON(data []byte) (*Report, error) {
	rep := &Report{Version: Version, Packs: []Pack{}}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), len(data)+1)
	line, summarized := 0, false
	for sc.Scan() {
		line++
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 {
			continue
		}
		if summarized {
			return nil, fmt.Errorf("line %d: data after the summary line", line)
		}
		if bytes.HasPrefix(text, []byte(`{"summary"`)) {
			var s ndjsonSummary
			if err := strictDecode(text, &s); err != nil {
				return nil, fmt.Errorf("line %d: %w", line, err)
			}
			rep.Summary, rep.Shard, summarized = s.Summary, s.Shard, true
			continue
		}
		var p ndjsonPack
		if err := strictDecode(text, &p); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		if p.Version != Version {
			return nil, fmt.Errorf("line %d: version %d, this kyclint reads version %d", line, p.Version, Version)
		}
		if head := (ndjsonHead{Version: Version, Tool: rep.Tool, Ruleset: rep.Ruleset, Date: rep.Date}); len(rep.Packs) > 0 && p.ndjsonHead != head {
			return nil, fmt.Errorf("line %d: tool, ruleset or date differ from the first line's: not the report of one run", line)
		}
		rep.Tool, rep.Ruleset, rep.Date = p.Tool, p.Ruleset, p.Date
		rep.Packs = append(rep.Packs, p.Pack)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if !summarized {
		return nil, errors.New("no summary line: the ndjson report is cut short")
	}
	normalize(rep)
	return rep, nil
}

func strictDecode(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("more than one JSON value on the line")
	}
	return nil
}
