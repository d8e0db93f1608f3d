package expect

import (
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/kyclint/kyclint/pkg/internal/regular"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
)

// Got groups a result's findings by where their expectations are written,
// keeping only the case's rule when it has one.
func (c *Case) Got(res lint.PackResult) map[string][]lint.Finding {
	got := map[string][]lint.Finding{}
	for _, f := range res.Findings {
		if c.Rule != "" && f.Rule != c.Rule {
			continue
		}
		key := c.locate(f, res.Manifest)
		got[key] = append(got[key], f)
	}
	return got
}

// Diff compares expectations with findings and describes each difference,
// sorted by location and rule.
func (c *Case) Diff(got map[string][]lint.Finding) []string {
	keys := map[string]bool{}
	for k := range c.Want {
		keys[k] = true
	}
	for k := range got {
		keys[k] = true
	}
	sorted := make([]string, 0, len(keys))
	for k := range keys {
		sorted = append(sorted, k)
	}
	sort.Strings(sorted)
	var out []string
	for _, k := range sorted {
		wants := map[string][]Want{}
		for _, w := range c.Want[k] {
			wants[w.Rule] = append(wants[w.Rule], w)
		}
		finds := map[string][]lint.Finding{}
		for _, f := range got[k] {
			finds[f.Rule] = append(finds[f.Rule], f)
		}
		for _, id := range ruleIDs(wants, finds, c.Rule) {
			out = append(out, diffRule(where(k), id, wants[id], finds[id])...)
		}
	}
	return out
}

// ruleIDs lists, sorted, the rules expected or found, only rule when set.
func ruleIDs(wants map[string][]Want, finds map[string][]lint.Finding, rule string) []string {
	var ids []string
	for id := range wants {
		ids = append(ids, id)
	}
	for id := range finds {
		if _, ok := wants[id]; !ok {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	if rule == "" {
		return ids
	}
	kept := ids[:0]
	for _, id := range ids {
		if id == rule {
			kept = append(kept, id)
		}
	}
	return kept
}

// diffRule compares one rule's expectations at a location with its
// findings there.
func diffRule(at, id string, wants []Want, finds []lint.Finding) []string {
	missing, extra := match(wants, finds)
	var out []string
	paired := min(len(missing), len(extra))
	for i := range paired {
		out = append(out, fmt.Sprintf("%s: %s finding differs: want %s%s, got %s",
			at, id, missing[i], wantPos(at, missing[i]), describe(extra[i])))
	}
	for _, w := range missing[paired:] {
		out = append(out, fmt.Sprintf("%s: expected %s finding not reported (got %d, want %d): want %s%s",
			at, id, len(finds), len(wants), w, wantPos(at, w)))
	}
	for _, f := range extra[paired:] {
		out = append(out, fmt.Sprintf("%s: unexpected %s finding (got %d, want %d): %s",
			at, id, len(finds), len(wants), describe(f)))
	}
	return out
}

// match pairs each want with a finding it matches, as many as can be, and
// returns the wants and findings left over.
func match(wants []Want, finds []lint.Finding) (missing []Want, extra []lint.Finding) {
	owner := make([]int, len(finds)) // finding → want, -1 for none
	for i := range owner {
		owner[i] = -1
	}
	var claim func(w int, seen []bool) bool
	claim = func(w int, seen []bool) bool {
		for f := range finds {
			if seen[f] || !wants[w].Matches(finds[f]) {
				continue
			}
			seen[f] = true
			if owner[f] < 0 || claim(owner[f], seen) {
				owner[f] = w
				return true
			}
		}
		return false
	}
	for w := range wants {
		if !claim(w, make([]bool, len(finds))) {
			missing = append(missing, wants[w])
		}
	}
	for f := range finds {
		if owner[f] < 0 {
			extra = append(extra, finds[f])
		}
	}
	return missing, extra
}

// describe writes a finding the way a want would expect it.
func describe(f lint.Finding) string {
	return fmt.Sprintf("%q %s %s", f.Rule, f.Severity, strconv.Quote(f.Message.Pick(true)))
}

// wantPos names a want's own line when the location does not.
func wantPos(at string, w Want) string {
	if w.Pos == "" || w.Pos == at {
		return ""
	}
	return " (" + w.Pos + ")"
}

// locate maps a finding to the key its expectation is written under.
func (c *Case) locate(f lint.Finding, manifest string) string {
	if f.File == manifest && manifest != "" {
		return fmt.Sprintf("%s:%d", manifest, f.Line)
	}
	if f.Line == 0 && manifest != "" {
		if line := declaringLine(c.Dir, manifest, f.File); line > 0 {
			return fmt.Sprintf("%s:%d", manifest, line)
		}
	}
	return f.File
}

// declaringLine finds the manifest line `file: NAME`, reading the manifest
// as load does.
func declaringLine(dir, manifest, name string) int {
	if name == "" {
		return 0
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return 0
	}
	defer root.Close()
	data, err := regular.ReadFileIn(root, manifest, pack.MaxManifestBytes)
	if err != nil {
		return 0
	}
	re := regexp.MustCompile(`(?:^|\s|-)file:\s*["']?` + regexp.QuoteMeta(name) + `["']?\s*(#.*)?$`)
	for i, line := range strings.Split(string(data), "\n") {
		if re.MatchString(line) {
			return i + 1
		}
	}
	return 0
}

func where(k string) string {
	if k == "" {
		return "(pack)"
	}
	return k
}
