package report

import (
	"strings"
	"testing"
)

func TestStreamerWritesWhatTheWriterWrites(t *testing.T) {
	r := fixture()
	whole := render(t, "ndjson", Options{}, r)
	s, ok := Streamer("ndjson")
	if !ok {
		t.Fatal("ndjson does not stream")
	}
	var b strings.Builder
	if err := s.Begin(&b, Meta{ToolVersion: "1.2.3", Ruleset: "auto", Date: "2026-11-26"}); err != nil {
		t.Fatal(err)
	}
	for _, p := range r.Packs {
		if err := s.Pack(&b, p); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.End(&b, r.Summary); err != nil {
		t.Fatal(err)
	}
	if b.String() != whole {
		t.Errorf("streamed:\n%s\nwritten:\n%s", b.String(), whole)
	}
	lines := strings.Split(strings.TrimSuffix(whole, "\n"), "\n")
	if len(lines) != 4 || !strings.HasPrefix(lines[0], `{"version":1,"tool":{"name":"kyclint","version":"1.2.3"},"ruleset":"auto","date":"2026-11-26","pack":{"path":"packs/a"`) ||
		lines[3] != `{"summary":{"packs":3,"failed":1,"errors":2,"warnings":1,"infos":1,"suppressed":0,"baselined":0}}` {
		t.Errorf("lines:\n%s", whole)
	}
	for _, name := range []string{"json", "human", "sarif", "nope"} {
		if _, ok := Streamer(name); ok {
			t.Errorf("%s claims to stream", name)
		}
	}
}
