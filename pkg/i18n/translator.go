package i18n

import (
	"embed"
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/kyclint/kyclint/pkg/redact"
)

//go:embed locales/*.json
var locales embed.FS

// A Translator renders English text in one language. The nil Translator and
// the English one return their input.
type Translator struct {
	lang     Lang
	msgs     map[string]string // English → translation
	patterns []pattern         // keys with verbs, most specific first

	mu    sync.Mutex
	cache map[string]string
}

// A pattern matches a text rendered from an English format, so that a
// phrase built elsewhere (a hint with a date in it, a reason a check gives)
// is translated with the parts it was built from.
type pattern struct {
	key   string
	re    *regexp.Regexp
	verbs []Verb
	// strict patterns ("%s or %s", "a %s") say too little on their own:
	// they apply only when each part they join translates too, or is a code
	// (a rule id, a file name).
	strict bool
}

var translators = map[Lang]func() *Translator{
	SimplifiedChinese:  sync.OnceValue(func() *Translator { return newTranslator(SimplifiedChinese, zhCN()) }),
	TraditionalChinese: sync.OnceValue(func() *Translator { return newTranslator(TraditionalChinese, zhTW()) }),
}

// For returns the translator for a language; English gives nil, which
// translates nothing.
func For(l Lang) *Translator {
	if f, ok := translators[l]; ok {
		return f()
	}
	return nil
}

// Lang returns the translator's language.
func (t *Translator) Lang() Lang {
	if t == nil {
		return English
	}
	return t.lang
}

// Catalog returns a copy of a language's messages, keyed by English text.
func Catalog(l Lang) map[string]string {
	t := For(l)
	if t == nil {
		return nil
	}
	out := make(map[string]string, len(t.msgs))
	for k, v := range t.msgs {
		out[k] = v
	}
	return out
}

func newTranslator(l Lang, msgs map[string]string) *Translator {
	t := &Translator{lang: l, msgs: msgs, cache: map[string]string{}}
	for k := range msgs {
		if vs := Verbs(k); len(vs) > 0 {
			t.patterns = append(t.patterns, pattern{key: k, re: compile(k, vs), verbs: vs, strict: words(k, vs) < 2})
		}
	}
	sort.Slice(t.patterns, func(i, j int) bool {
		a, b := literalLen(t.patterns[i]), literalLen(t.patterns[j])
		if a != b {
			return a > b
		}
		return t.patterns[i].key < t.patterns[j].key
	})
	return t
}

// words counts the words of a format outside its directives.
func words(format string, vs []Verb) int {
	var b strings.Builder
	last := 0
	for _, v := range vs {
		b.WriteString(format[last:v.start] + " ")
		last = v.end
	}
	b.WriteString(format[last:])
	n := 0
	for _, f := range strings.FieldsFunc(b.String(), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') }) {
		if len(f) > 1 {
			n++
		}
	}
	return n
}

func literalLen(p pattern) int {
	n := len(p.key)
	for _, v := range p.verbs {
		n -= v.end - v.start
	}
	return n
}

// compile turns an English format into a regular expression that matches
// what it renders, one group per directive.
func compile(format string, vs []Verb) *regexp.Regexp {
	var b strings.Builder
	b.WriteString("^")
	last := 0
	for _, v := range vs {
		b.WriteString(regexp.QuoteMeta(strings.ReplaceAll(format[last:v.start], "%%", "%")))
		switch v.Kind {
		case 'd':
			b.WriteString(`(-?[0-9]+)`)
		case 'f', 'g', 'e':
			b.WriteString(`(-?[0-9][0-9.e+]*)`)
		case 'q': // a quoted string, or a quoted rune
			b.WriteString(`("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)+')`)
		default:
			b.WriteString(`(.+?)`)
		}
		last = v.end
	}
	b.WriteString(regexp.QuoteMeta(strings.ReplaceAll(format[last:], "%%", "%")))
	b.WriteString("$")
	return regexp.MustCompile(b.String())
}

// Has reports whether the catalog translates key.
func (t *Translator) Has(key string) bool {
	if t == nil {
		return false
	}
	_, ok := t.msgs[key]
	return ok
}

// Sprintf formats a fixed line of kyclint's own output: the translation of
// format with args as they are.
func (t *Translator) Sprintf(format string, args ...any) string {
	if t != nil {
		if tf, ok := t.msgs[format]; ok {
			format = tf
		}
	}
	return fmt.Sprintf(format, args...)
}

// String translates a text: by its catalog entry, else by the format it
// was rendered from (whose arguments are translated in turn), else a list
// ("a, b, c") item by item when the catalog knows every item; what is not in
// the catalog stays as it is.
func (t *Translator) String(s string) string {
	if t == nil || s == "" {
		return s
	}
	t.mu.Lock()
	out, ok := t.cache[s]
	t.mu.Unlock()
	if ok {
		return out
	}
	out = t.translate(s, 0)
	t.mu.Lock()
	t.cache[s] = out
	t.mu.Unlock()
	return out
}

func (t *Translator) translate(s string, depth int) string {
	if tr, ok := t.msgs[s]; ok {
		return tr
	}
	if depth > 4 {
		return s
	}
	for _, p := range t.patterns {
		if !p.re.MatchString(s) {
			continue
		}
		if vals, ok := t.split(p, s, depth); ok {
			return substitute(t.msgs[p.key], vals)
		}
	}
	for _, sep := range []struct{ en, zh string }{{"; ", "；"}, {", ", "、"}} {
		if !strings.Contains(s, sep.en) {
			continue
		}
		// A list of phrases the catalog knows, every one of them: a list
		// with any other item (manifest keys, format names) is code.
		parts := strings.Split(s, sep.en)
		all := true
		for i, part := range parts {
			tr := t.translate(part, depth+1)
			if tr == part {
				all = false
				break
			}
			parts[i] = tr
		}
		if all {
			return strings.Join(parts, sep.zh)
		}
	}
	return s
}

// split finds the arguments a text was rendered from by pattern p: of the
// ways to cut the text at the format's literal parts, the one whose textual
// arguments the catalog translates most (so "document 2 (did you mean …)"
// is cut after its number, not after its first letter). The arguments come
// back translated; ok is false when a strict pattern's would not all be.
func (t *Translator) split(p pattern, s string, depth int) (vals []string, ok bool) {
	lits := make([]string, len(p.verbs)+1)
	last := 0
	for i, v := range p.verbs {
		lits[i] = strings.ReplaceAll(p.key[last:v.start], "%%", "%")
		last = v.end
	}
	lits[len(p.verbs)] = strings.ReplaceAll(p.key[last:], "%%", "%")
	if !strings.HasPrefix(s, lits[0]) || !strings.HasSuffix(s, lits[len(lits)-1]) {
		return nil, false
	}
	best, bestScore, budget := []string(nil), -1, 4096
	cur := make([]string, len(p.verbs))
	var walk func(i, pos, score int)
	walk = func(i, pos, score int) {
		if budget--; budget < 0 {
			return
		}
		if i == len(p.verbs) {
			if pos == len(s) && score > bestScore {
				best, bestScore = append([]string(nil), cur...), score
			}
			return
		}
		next := lits[i+1]
		for e := pos + 1; e <= len(s); e++ {
			if !strings.HasPrefix(s[e:], next) || (i == len(p.verbs)-1 && e+len(next) != len(s)) {
				continue
			}
			group, v := s[pos:e], p.verbs[i]
			gain := 0
			switch v.Kind {
			case 'd', 'f', 'g', 'e', 'q':
				if !argPattern(v.Kind).MatchString(group) {
					continue
				}
			case 's', 'v':
				if verbatim(p.key, v.Arg) {
					break
				}
				tr := t.translate(group, depth+1)
				if tr != group {
					gain = 1
				} else if p.strict && !isCode(group) {
					continue
				}
				group = tr
			}
			cur[i] = group
			walk(i+1, e+len(next), score+gain)
		}
	}
	walk(0, len(lits[0]), 0)
	if best == nil {
		return nil, false
	}
	vals = make([]string, len(best))
	for i, v := range p.verbs {
		if v.Arg < len(vals) {
			vals[v.Arg] = best[i]
		}
	}
	return vals, true
}

// isCode reports whether s is a rule id, a file name or a number rather
// than words: one token holding a dot, slash, underscore or digit.
func isCode(s string) bool {
	return !strings.ContainsAny(s, " ") && strings.ContainsAny(s, "./_0123456789")
}

var argPatterns = map[rune]*regexp.Regexp{
	'd': regexp.MustCompile(`^-?[0-9]+$`),
	'f': regexp.MustCompile(`^-?[0-9][0-9.e+]*$`),
	'q': regexp.MustCompile(`^(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)+')$`),
}

func argPattern(kind rune) *regexp.Regexp {
	if kind == 'g' || kind == 'e' {
		kind = 'f'
	}
	return argPatterns[kind]
}

// Text renders a message in the translator's language, in the rendering
// mode chooses: personal values plain, masked, or masked with file names
// masked too. A message built without a format, or whose format is not in
// the catalog, is translated as a whole text.
func (t *Translator) Text(x redact.Text, mode redact.Mode) string {
	if t == nil {
		return x.In(mode)
	}
	tf, ok := t.msgs[x.Format]
	if x.Format == "" || !ok || !x.Renders(mode) {
		// no format, one the catalog lacks, or a message changed after
		// Textf built it: translate what it says
		return t.String(x.In(mode))
	}
	kinds := map[int]rune{}
	for _, v := range Verbs(x.Format) {
		kinds[v.Arg] = v.Kind
	}
	args := make([]any, len(x.Args))
	for i, a := range x.Args {
		textual := (kinds[i] == 's' || kinds[i] == 'v') && !verbatim(x.Format, i)
		switch v := a.(type) {
		case redact.Value:
			args[i] = v.In(mode)
		case redact.Text:
			args[i] = t.Text(v, mode)
		case string:
			args[i] = v
			if textual {
				args[i] = t.String(v)
			}
		case error:
			args[i] = v
			if textual {
				args[i] = t.String(v.Error())
			}
		case fmt.Stringer:
			args[i] = v
			if textual {
				args[i] = t.String(v.String())
			}
		default:
			args[i] = a
		}
	}
	return fmt.Sprintf(tf, args...)
}

func zhCN() map[string]string {
	return readCatalog("locales/zh-CN.json")
}

func readCatalog(name string) map[string]string {
	b, err := locales.ReadFile(name)
	if err != nil {
		panic("i18n: embedded " + name + " missing: " + err.Error())
	}
	m := map[string]string{}
	if err := json.Unmarshal(b, &m); err != nil {
		panic("i18n: " + name + ": " + err.Error())
	}
	return m
}
