package report

import (
	"reflect"
	"strings"
	"testing"
)

func TestReadRoundTrip(t *testing.T) {
	r := fixture()
	got, err := Read(strings.NewReader(render(t, "json", Options{}, r)))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, r) {
		t.Errorf("read back:\n%+v\nwant:\n%+v", got, r)
	}
	// null and missing lists come back as empty ones.
	got, err = Read(strings.NewReader(`{"version":1,"packs":[{"path":"p","findings":null},{"path":"q","findings":[{"rule":"x","severity":"info"}]}]}`))
	if err != nil || got.Packs[0].Findings == nil || got.Packs[1].Findings[0].Data == nil {
		t.Errorf("%+v, %v", got, err)
	}
}

func TestReadIsStrict(t *testing.T) {
	for _, c := range []struct{ in, err string }{
		{``, "unexpected end of JSON input"},
		{`[]`, "not a JSON object: not a kyclint JSON report"},
		{`{"packs":[]}`, "no version: not a kyclint JSON report"},
		{`{"version":"2.1.0"}`, `version "2.1.0": not a kyclint JSON report`},
		{`{"version":2}`, "version 2, this kyclint reads version 1"},
		{"{\"version\":1,\n\"packs\":[{\"path\":\"p\",\n\"extra\":1}]}", `line 3: json: unknown field "extra"`},
		{"{\"version\":1,\n\"packs\":[{\"findings\":[{\"severity\":\"fatal\"}]}]}", `unknown severity "fatal"`},
		{"{\"version\":1,\n\"summary\":{\"packs\":\"ten\"}}", "line 2: json: cannot unmarshal string"},
		{"{\"version\":1}\n{}", "line 2: invalid character '{' after top-level value"},
	} {
		_, err := Read(strings.NewReader(c.in))
		if err == nil || !strings.Contains(err.Error(), c.err) {
			t.Errorf("%q: error %v, want %q", c.in, err, c.err)
		}
	}
}
