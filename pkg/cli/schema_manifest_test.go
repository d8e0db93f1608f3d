package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/kyclint/kyclint/pkg/pack"
)

// TestManifestSchema checks `kyclint schema manifest` against the sample
// packs' manifests: every one validates but the pack written with typos,
// and a side that is neither front nor back is refused.
func TestManifestSchema(t *testing.T) {
	code, schema, _ := run(t, "schema", "manifest")
	if code != ExitOK || schema != string(pack.ManifestSchema()) {
		t.Fatalf("schema manifest: exit %d", code)
	}
	manifests, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "packs", "*", "kyc.yaml"))
	if len(manifests) < 5 {
		t.Fatalf("only %d sample manifests", len(manifests))
	}
	for _, m := range manifests {
		err := validateJSON(t, []byte(schema), yamlAsJSON(t, m))
		typos := filepath.Base(filepath.Dir(m)) == "dev-manifest-typos"
		if typos != (err != nil) {
			t.Errorf("%s: validation error %v", m, err)
		}
	}
	if validateJSON(t, []byte(schema), `{"version":1,"documents":[{"file":"a.jpg","type":"id_card","side":"top"}]}`) == nil {
		t.Error("side: top validates")
	}
}

// yamlAsJSON reads a YAML manifest as JSON, dates as YYYY-MM-DD strings.
func yamlAsJSON(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := yaml.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	out, err := json.Marshal(dates(v))
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func dates(v any) any {
	switch x := v.(type) {
	case time.Time:
		return x.Format("2006-01-02")
	case map[string]any:
		for k, e := range x {
			x[k] = dates(e)
		}
	case []any:
		for i, e := range x {
			x[i] = dates(e)
		}
	}
	return v
}
