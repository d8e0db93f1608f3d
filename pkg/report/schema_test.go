package report

import (
	"bytes"
	"encoding/json"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

type schemaNode struct {
	Properties map[string]json.RawMessage `json:"properties"`
	Required   []string                   `json:"required"`
	Defs       map[string]schemaNode      `json:"$defs"`
}

// TestSchemaMatchesTheStructs keeps schema.json in step with the report
// structs: every key a struct writes is a property, required unless the
// struct omits it when empty, and no other key is.
func TestSchemaMatchesTheStructs(t *testing.T) {
	var root schemaNode
	if err := json.Unmarshal(Schema(), &root); err != nil {
		t.Fatal(err)
	}
	var tool, shard schemaNode
	json.Unmarshal(root.Properties["tool"], &tool)
	json.Unmarshal(root.Properties["shard"], &shard)
	for _, c := range []struct {
		name string
		typ  any
		node schemaNode
	}{
		{"report", Report{}, root}, {"tool", Tool{}, tool}, {"shard", Shard{}, shard}, {"pack", Pack{}, root.Defs["pack"]},
		{"finding", Finding{}, root.Defs["finding"]}, {"summary", Summary{}, root.Defs["summary"]},
	} {
		keys, required := jsonKeys(reflect.TypeOf(c.typ))
		var props []string
		for k := range c.node.Properties {
			props = append(props, k)
		}
		sort.Strings(props)
		req := append([]string(nil), c.node.Required...)
		sort.Strings(req)
		if strings.Join(keys, " ") != strings.Join(props, " ") || strings.Join(required, " ") != strings.Join(req, " ") {
			t.Errorf("%s: struct keys %v, schema properties %v, required %v", c.name, keys, props, req)
		}
	}
}

// jsonKeys returns the keys a struct writes, and those it always writes.
func jsonKeys(t reflect.Type) (keys, always []string) {
	for i := 0; i < t.NumField(); i++ {
		if !t.Field(i).IsExported() {
			continue // never written
		}
		name, opts, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		keys = append(keys, name)
		if opts != "omitempty" {
			always = append(always, name)
		}
	}
	sort.Strings(keys)
	sort.Strings(always)
	return keys, always
}

func TestSchemaValidatesReports(t *testing.T) {
	c := jsonschema.NewCompiler()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(Schema()))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.AddResource("schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("schema.json")
	if err != nil {
		t.Fatal(err)
	}
	good := render(t, "json", Options{}, fixture())
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{good, true},
		{strings.Replace(good, `"status": "fail"`, `"status": "failed"`, 1), false},
		{strings.Replace(good, `"manifest": "kyc.yml",`, "", 1), false},
		{strings.Replace(good, `"hint": "Renew it.",`, `"hint": "Renew it.", "fix": "x",`, 1), false},
		{strings.Replace(good, `"date": "2026-11-26"`, `"date": "26/11/2026"`, 1), false},
		{strings.Replace(good, `"date": "2026-11-26",`, `"date": "2026-11-26", "shard": {"index": 2, "count": 4},`, 1), true},
		{strings.Replace(good, `"date": "2026-11-26",`, `"date": "2026-11-26", "shard": {"index": 0, "count": 4},`, 1), false},
	} {
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(c.doc))
		if err != nil {
			t.Fatal(err)
		}
		if err := sch.Validate(inst); (err == nil) != c.valid {
			t.Errorf("valid %v, want %v: %v\n%.300s", err == nil, c.valid, err, c.doc)
		}
	}
}
