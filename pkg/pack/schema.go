package pack

import (
	"encoding/json"
	"slices"
)

// ManifestSchema returns the JSON Schema (draft 2020-12) of a manifest, for
// editors that validate kyc.yaml or kyc.json as it is typed. It is built
// from the keys and document types the decoder knows, so it cannot fall out
// of step with them; the decoder stays the authority (it also checks that a
// date exists, and reports every problem with its line).
func ManifestSchema() []byte {
	doc := map[string]any{}
	for _, k := range documentKeys {
		doc[k] = valueSchema(k)
	}
	doc["type"] = map[string]any{"enum": DocTypeNames()}
	doc["side"] = map[string]any{"enum": []string{"front", "back"},
		"description": "the side of a two-sided card this file shows; fields declared on the back count for the card"}
	applicant := map[string]any{}
	for _, k := range applicantKeys {
		applicant[k] = valueSchema(k)
	}
	s := map[string]any{
		"$schema":              "https://json-schema.org/draft/2020-12/schema",
		"$id":                  "https://github.com/kyclint/kyclint/manifest.schema.json",
		"title":                "kyclint pack manifest (kyc.yaml)",
		"type":                 "object",
		"additionalProperties": false,
		"properties": map[string]any{
			"version":      map[string]any{"const": 1},
			"jurisdiction": map[string]any{"type": "string"},
			"platform":     map[string]any{"type": "string"},
			"applicant":    object(applicant, nil),
			"documents":    map[string]any{"type": "array", "items": object(doc, []string{"file", "type"})},
		},
	}
	out, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		panic(err) // only maps of strings: cannot fail
	}
	return append(out, '\n')
}

func object(props map[string]any, required []string) map[string]any {
	o := map[string]any{"type": "object", "additionalProperties": false, "properties": props}
	if len(required) > 0 {
		o["required"] = required
	}
	return o
}

// valueSchema is the schema of a key's value, from the key's name.
func valueSchema(key string) map[string]any {
	switch {
	case slices.Contains([]string{"date_of_birth", "expiry_date", "issue_date"}, key):
		return map[string]any{"type": "string", "pattern": `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`}
	case key == "nationality" || key == "issuing_country":
		return map[string]any{"type": "string", "pattern": `^([A-Za-z]{2,3}|D)$`}
	case key == "sex":
		return map[string]any{"enum": []string{"M", "F", "X", "m", "f", "x"}}
	case key == "number":
		return map[string]any{"type": []string{"string", "integer"}}
	}
	return map[string]any{"type": "string"}
}
