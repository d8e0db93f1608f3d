package ruleset_test

import (
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestInvalidFiles checks that each mistake in a rule-set file is an *Error
// naming the file and the line that holds it, with the valid choices.
func TestInvalidFiles(t *testing.T) {
	cases := []struct {
		name   string
		src    string
		marker string
		want   []string
	}{
		{"unknown rule", "id: x\nrules:\n  identity.ag: {min_years: 18}\n", "identity.ag", []string{`unknown rule "identity.ag"`, `did you mean "identity.age"`, "address.recency", "file.size"}},
		{"unknown parameter", "id: x\nrules:\n  identity.age:\n    min_year: 18\n", "min_year", []string{`no parameter "min_year"`, `did you mean "min_years"`, "severity, min_years"}},
		{"replaced parameter", "id: x\nrules:\n  image.blur:\n    min_sharpness: 500\n", "min_sharpness", []string{`no longer has parameter "min_sharpness"`, "max_blur"}},
		{"pixel budget moved to the analysis", "id: x\nrules:\n  image.dimensions:\n    max_pixels: 100\n", "max_pixels", []string{`no longer has parameter "max_pixels"`, "analyses.image.max_pixels"}},
		{"unknown analysis", "id: x\nanalyses:\n  imge:\n    max_pixels: 100\n", "imge", []string{`unknown key "imge" in analyses`, `did you mean "image"`}},
		{"unknown analysis setting", "id: x\nanalyses:\n  image:\n    max_pixel: 100\n", "max_pixel", []string{`unknown key "max_pixel" in analyses.image`, `did you mean "max_pixels"`}},
		{"analysis setting below minimum", "id: x\nanalyses:\n  image:\n    max_pixels: 0\n", "max_pixels", []string{"analyses.image: parameter max_pixels: must be at least 1"}},
		{"analysis setting of the wrong type", "id: x\nanalyses:\n  image: {max_pixels: lots}\n", "lots", []string{"analyses.image", "want an integer"}},
		{"string for an integer", "id: x\nrules:\n  identity.age:\n    min_years: eighteen\n", "eighteen", []string{"min_years", "want an integer", `"eighteen"`}},
		{"float for an integer", "id: x\nrules:\n  identity.age:\n    min_years: 17.5\n", "17.5", []string{"want an integer"}},
		{"list for a map", "id: x\nrules:\n  address.recency:\n    by_type: [tax_notice]\n", "by_type", []string{"by_type", "mapping", "got a list"}},
		{"string in a map", "id: x\nrules:\n  address.recency:\n    by_type:\n      tax_notice: a year\n", "a year", []string{"tax_notice", "want an integer"}},
		{"map for a list", "id: x\nrules:\n  file.format:\n    accepted: {jpeg: 1}\n", "accepted", []string{"accepted", "want a list", "got a mapping"}},
		{"below minimum", "id: x\nrules:\n  identity.age:\n    min_years: -1\n", "-1", []string{"at least"}},
		{"bad severity", "id: x\nrules:\n  identity.age:\n    severity: fatal\n", "fatal", []string{`unknown severity "fatal"`, "error, warning, info, off"}},
		{"bad shorthand severity", "id: x\nrules:\n  identity.age: loud\n", "loud", []string{`unknown severity "loud"`, "error, warning, info, off"}},
		{"unknown top-level key", "id: x\nrulez: {}\n", "rulez", []string{`unknown key "rulez"`, `did you mean "rules"`, "id, name, description, layer, extends, documents, rules"}},
		{"duplicate top-level key", "id: x\nname: a\nname: b\n", "name: b", []string{`duplicate key "name"`, "line 2"}},
		{"duplicate rule", "id: x\nrules:\n  identity.age: off\n  identity.age: error\n", "identity.age: error", []string{`duplicate key "identity.age"`}},
		{"duplicate parameter", "id: x\nrules:\n  identity.age:\n    min_years: 1\n    min_years: 2\n", "min_years: 2", []string{`duplicate key "min_years"`}},
		{"duplicate map key", "id: x\nrules:\n  address.recency:\n    by_type:\n      tax_notice: 1\n      tax_notice: 2\n", "tax_notice: 2", []string{`duplicate key "tax_notice"`}},
		{"bad document type", "id: x\ndocuments:\n  identity:\n    accepted: [passport, pasport]\n", "pasport]", []string{`"pasport" is not a identity document type`, `did you mean "passport"`, "id_card"}},
		{"bad document type in a block list", "id: x\ndocuments:\n  address:\n    accepted:\n      - utility_bill\n      - passport\n      - bank_statement\n", "- passport", []string{`"passport" is not a address document type`, "utility_bill"}},
		{"bad list value in a block list", "id: x\nrules:\n  file.format:\n    accepted:\n      - jpeg\n      - bmp2\n", "bmp2", []string{`"bmp2" is not allowed`, "jpeg"}},
		{"bad list in a list map", "id: x\nrules:\n  file.format:\n    by_category:\n      identity:\n        - jpeg\n        - jpg\n", "- jpg", []string{`"jpg" is not allowed`}},
		{"bad key in a list map", "id: x\nrules:\n  file.format:\n    by_category:\n      identity: [jpeg]\n      idnetity: [png]\n", "idnetity", []string{`"idnetity" is not allowed`}},
		{"bad map key", "id: x\nrules:\n  address.recency:\n    by_type:\n      tax_notice: 10\n      passport: 10\n", "passport", []string{`"passport" is not allowed`, "tax_notice"}},
		{"unknown category", "id: x\ndocuments:\n  face: {min: 1}\n", "face", []string{`unknown key "face"`, "identity, address, selfie"}},
		{"negative min", "id: x\ndocuments:\n  identity: {min: -1}\n", "min", []string{"min: want a whole number"}},
		{"tab", "id: x\nrules:\n\tidentity.age: off\n", "\tidentity", []string{"invalid YAML"}},
		{"unclosed bracket", "id: x\nrules: {identity.age: off\n", "rules", []string{"invalid YAML"}},
		{"list at the top", "- id: x\n", "- id", []string{"must be a mapping", "a list"}},
		{"extends a list", "id: x\nextends: [gb]\n", "extends", []string{"extends: want a string"}},
		{"extends unknown built-in", "id: x\nextends: gbb\n", "extends", []string{`unknown rule set "gbb"`, `did you mean "gb"`, "built-in rule sets: ae, au, base, binance"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := writeFile(t, t.TempDir(), "x.yaml", c.src)
			_, err := builtinLoader().Load(p)
			if err == nil {
				t.Fatal("no error")
			}
			re := asError(t, err)
			if re.File != filepath.ToSlash(p) {
				t.Errorf("file %q, want %q", re.File, p)
			}
			if want := lineOf(t, c.src, c.marker); re.Line != want {
				t.Errorf("line %d, want %d: %v", re.Line, want, err)
			}
			for _, w := range c.want {
				if !strings.Contains(re.Msg, w) {
					t.Errorf("message %q lacks %q", re.Msg, w)
				}
			}
			if !strings.HasPrefix(err.Error(), re.File+":") {
				t.Errorf("Error() = %q", err)
			}
		})
	}
}

func TestEmptyFile(t *testing.T) {
	for _, src := range []string{"", "\n\n", "# comment only\n"} {
		p := writeFile(t, t.TempDir(), "x.yaml", src)
		_, err := builtinLoader().Load(p)
		if err == nil {
			t.Fatalf("%q: no error", src)
		}
		if re := asError(t, err); re.File != filepath.ToSlash(p) || !strings.Contains(re.Msg, "empty") {
			t.Errorf("%q: %v", src, err)
		}
	}
}

func TestExtendsErrors(t *testing.T) {
	dir := t.TempDir()
	self := writeFile(t, dir, "self.yaml", "id: self\n\nextends: self.yaml\n")
	a := writeFile(t, dir, "a.yaml", "id: a\nextends: sub/b.yaml\n")
	b := writeFile(t, dir, "sub/b.yaml", "id: b\nname: B\nextends: ../a.yaml\n")
	missing := writeFile(t, dir, "sub/missing.yaml", "id: m\nextends: nothere.yaml\n")
	folder := writeFile(t, dir, "folder.yaml", "id: f\nextends: ./sub\n")
	big := writeFile(t, dir, "big.yaml", "id: big\n#"+strings.Repeat("x", 1<<20)+"\n")
	extBig := writeFile(t, dir, "extbig.yaml", "id: e\n\n\nextends: big.yaml\n")
	cases := []struct {
		file, errFile string
		line          int
		want          []string
	}{
		{self, self, 3, []string{"extends itself"}},
		{a, b, 3, []string{"extends cycle"}},
		{missing, missing, 2, []string{filepath.ToSlash(filepath.Join(dir, "sub", "nothere.yaml")), "no such file"}},
		{folder, folder, 2, []string{"folder"}},
		{extBig, extBig, 4, []string{"limit"}},
	}
	for _, c := range cases {
		_, err := builtinLoader().Load(c.file)
		if err == nil {
			t.Errorf("%s: no error", c.file)
			continue
		}
		re := asError(t, err)
		if re.File != filepath.ToSlash(c.errFile) || re.Line != c.line {
			t.Errorf("%s: error at %s:%d, want %s:%d: %v", c.file, re.File, re.Line, c.errFile, c.line, err)
		}
		for _, w := range c.want {
			if !strings.Contains(re.Msg, w) {
				t.Errorf("%s: %q lacks %q", c.file, re.Msg, w)
			}
		}
	}
	for _, ref := range []string{big, dir, filepath.Join(dir, "none.yaml"), "gbb"} {
		_, err := builtinLoader().Load(ref)
		if err == nil || !strings.Contains(err.Error(), filepath.Base(ref)) {
			t.Errorf("Load(%q) = %v", ref, err)
		}
	}
	if _, err := builtinLoader().Load("gbb"); err == nil || !strings.Contains(err.Error(), `did you mean "gb"`) {
		t.Errorf("unknown built-in: %v", err)
	}
}

func TestBuiltinEdgeCases(t *testing.T) {
	files := map[string]string{
		"loop.yaml":    "id: loop\nextends: loop\n",
		"ping.yaml":    "id: ping\nextends: pong\n",
		"pong.yaml":    "id: pong\nextends: ping\n",
		"named.yaml":   "id: other\n",
		"escape.yaml":  "id: escape\nextends: ../etc/passwd\n",
		"abs.yaml":     "id: abs\nextends: /etc/passwd.yaml\n",
		"README.md":    "not a rule set",
		"d0.yaml":      "id: d0\n",
		"toodeep.yaml": "id: toodeep\nextends: d" + strconv.Itoa(40) + "\n",
		"deep.yaml":    "id: deep\nextends: d10\n",
	}
	for i := 1; i <= 40; i++ {
		files["d"+strconv.Itoa(i)+".yaml"] = "id: d" + strconv.Itoa(i) + "\nextends: d" + strconv.Itoa(i-1) + "\n"
	}
	l := mapLoader(files)
	if ids := l.BuiltinIDs(); slices.Contains(ids, "README") || !slices.Contains(ids, "loop") {
		t.Errorf("built-in ids %q", ids)
	}
	cases := []struct {
		ref, file string
		line      int
		want      string
	}{
		{"loop", "rules/loop.yaml", 2, "extends itself"},
		{"ping", "rules/pong.yaml", 2, "extends cycle"},
		{"named", "rules/named.yaml", 0, "must match its file name"},
		{"escape", "rules/escape.yaml", 2, "unknown rule set"},
		{"abs", "rules/abs.yaml", 2, "unknown rule set"},
		{"toodeep", "", 2, "deeper than"},
	}
	for _, c := range cases {
		_, err := l.Load(c.ref)
		if err == nil {
			t.Errorf("%s: no error", c.ref)
			continue
		}
		re := asError(t, err)
		if (c.file != "" && re.File != c.file) || re.Line != c.line || !strings.Contains(re.Msg, c.want) {
			t.Errorf("%s: %v; want %s:%d %q", c.ref, err, c.file, c.line, c.want)
		}
	}
	s, err := l.Load("deep")
	if err != nil || len(s.Chain) != 12 || s.Chain[0] != "rules/d0.yaml" {
		t.Errorf("deep chain: %v, %v", s, err)
	}
}

// TestNoFileContentInErrors: a file named as a rule set, or by extends,
// that parses as one value (a key, a token) is refused without quoting it.
func TestNoFileContentInErrors(t *testing.T) {
	dir := t.TempDir()
	secret := "machine example.com login me password s3cr3t-t0ken"
	writeFile(t, dir, ".git/HEAD", "ref: refs/heads/main\n")
	key := writeFile(t, dir, "netrc", secret+"\n")
	ext := writeFile(t, dir, "ext.yaml", "id: e\nextends: ./netrc\n")
	for _, ref := range []string{key, ext} {
		_, err := builtinLoader().Load(ref)
		if err == nil || strings.Contains(err.Error(), "s3cr3t") || !strings.Contains(err.Error(), "not a rule set") {
			t.Errorf("Load(%s) = %v; want a refusal without the content", ref, err)
		}
	}
}

// TestExtendsStaysInside: extends may not leave the repository holding the
// rule set, nor, outside a repository, the rule set's folder.
func TestExtendsStaysInside(t *testing.T) {
	root := t.TempDir()
	writeFile(t, root, "elsewhere/x.yaml", "id: x\n")
	writeFile(t, root, "repo/.git/HEAD", "ref: refs/heads/main\n")
	inRepo := writeFile(t, root, "repo/rules/a/mine.yaml", "id: m\nextends: ../../../elsewhere/x.yaml\n")
	loose := writeFile(t, root, "loose/mine.yaml", "id: m\nextends: ../elsewhere/x.yaml\n")
	abs := writeFile(t, root, "loose/abs.yaml", "id: m\nextends: "+filepath.Join(root, "elsewhere", "x.yaml")+"\n")
	for _, ref := range []string{inRepo, loose, abs} {
		_, err := builtinLoader().Load(ref)
		if err == nil || !strings.Contains(err.Error(), "lies outside") {
			t.Errorf("Load(%s) = %v; want a refusal", ref, err)
		}
	}
	ok := writeFile(t, root, "repo/rules/b/mine.yaml", "id: m\nextends: ../a/../../shared.yaml\n")
	writeFile(t, root, "repo/shared.yaml", "id: s\nextends: base\n")
	if _, err := builtinLoader().Load(ok); err != nil {
		t.Errorf("extends inside the repository: %v", err)
	}
}
