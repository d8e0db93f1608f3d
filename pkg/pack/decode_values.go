package pack

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/kyclint/kyclint/pkg/redact"
	"github.com/kyclint/kyclint/pkg/suggest"
)

// mapping walks a YAML mapping, reporting duplicate and unknown keys, and
// calls field for each known key once.
func (d *decoder) mapping(n *yaml.Node, where string, known []string, field func(key string, line int, v *yaml.Node)) {
	if n.Kind != yaml.MappingNode {
		d.problem(n.Line, hintFixManifest, "%s must be a mapping of `key: value` lines", where)
		return
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if v.Kind == yaml.AliasNode && v.Alias != nil {
			v = v.Alias
		}
		key := k.Value
		if first, dup := seen[key]; dup {
			d.problem(k.Line, "Keep one of the two entries.", "duplicate key %q in %s (first at line %d)", keyShown(key, known), where, first)
			continue
		}
		seen[key] = k.Line
		if !slices.Contains(known, key) {
			d.problem(k.Line, "Remove the key or correct its spelling; valid keys: "+strings.Join(known, ", ")+".",
				"unknown key %q in %s%s", keyShown(key, known), where, suggest.DidYouMean(key, known))
			continue
		}
		field(key, k.Line, v)
	}
}

// scalar returns a scalar value; a list or mapping where a value belongs is a problem.
func (d *decoder) scalar(v *yaml.Node, key string) (string, bool) {
	if v.Kind != yaml.ScalarNode {
		d.problem(v.Line, hintFixManifest, "%s must be a single value, not a list or mapping", key)
		return "", false
	}
	if v.Tag == "!!null" {
		return "", false
	}
	return strings.TrimSpace(v.Value), true
}

// absent reports whether v is an empty value (`key:` alone or `~`), which
// counts as the key not being written.
func absent(f *Fields, key string, v *yaml.Node) bool {
	if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
		delete(f.lines, key)
		return true
	}
	return false
}

// text reads a free-text field; an empty value counts as absent.
func (d *decoder) text(f *Fields, key string, v *yaml.Node) string {
	if absent(f, key, v) {
		return ""
	}
	s, ok := d.scalar(v, key)
	if !ok {
		f.markInvalid(key)
		return ""
	}
	if s == "" {
		delete(f.lines, key)
	}
	return s
}

// date reads an ISO 8601 date. yaml.v3 would also take other timestamp forms;
// kyclint takes YYYY-MM-DD only, because 03/04/1988 means two different days
// in two different countries.
func (d *decoder) date(f *Fields, key string, v *yaml.Node) Date {
	if absent(f, key, v) {
		return Date{}
	}
	s, ok := d.scalar(v, key)
	if !ok {
		f.markInvalid(key)
		return Date{}
	}
	dt, err := ParseDate(s)
	if err == nil {
		return dt
	}
	f.markInvalid(key)
	// The value may be any personal date typed into the wrong field: it is
	// masked wholly, and so is the day-first reading offered for it.
	if iso := dayFirstToISO(s); iso != "" {
		d.problem(v.Line, "Write the date as YYYY-MM-DD (year, month, day).",
			"%s %q is not an ISO date; expected YYYY-MM-DD (read day first, that is %s)", key, redact.DateOf(s), redact.DateOf(iso))
		return Date{}
	}
	d.problem(v.Line, "Write the date as YYYY-MM-DD, for example 1988-03-14.",
		"%s %q is not an ISO date; expected YYYY-MM-DD", key, redact.DateOf(s))
	return Date{}
}

var slashDate = regexp.MustCompile(`^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$`)

// dayFirstToISO rewrites a day-first date such as 14/03/1988 for the hint,
// only when the day cannot be a month, so the hint never guesses.
func dayFirstToISO(s string) string {
	m := slashDate.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	day, _ := strconv.Atoi(m[1])
	month, _ := strconv.Atoi(m[2])
	if day <= 12 || month > 12 {
		return ""
	}
	iso := fmt.Sprintf("%s-%02d-%02d", m[3], month, day)
	if _, err := ParseDate(iso); err != nil {
		return ""
	}
	return iso
}

var countryCode = regexp.MustCompile(`^[A-Za-z]{2,3}$`)

// country reads an ISO 3166-1 alpha-2 or alpha-3 code (or an ICAO code such
// as D<< for Germany, written D).
func (d *decoder) country(f *Fields, key string, v *yaml.Node) string {
	if absent(f, key, v) {
		return ""
	}
	s, ok := d.scalar(v, key)
	if !ok {
		f.markInvalid(key)
		return ""
	}
	if !countryCode.MatchString(s) && s != "D" {
		d.problem(v.Line, "Write an ISO 3166-1 country code such as GB or GBR.", "%s %q is not a country code", key, redact.SecretOf(s))
		f.markInvalid(key)
		return ""
	}
	return strings.ToUpper(s)
}

// keyShown is a key or a choice for a message: a valid one, or one a
// spelling away from a valid one ("adress"), as it is; any other masked
// like a value, since a value typed where a key belongs may be personal.
func keyShown(key string, valid []string) any {
	if slices.Contains(valid, key) || suggest.DidYouMean(key, valid) != "" {
		return key
	}
	return redact.SecretOf(key)
}
