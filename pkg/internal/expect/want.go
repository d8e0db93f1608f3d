package expect

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/kyclint/kyclint/pkg/lint"
)

// A Want is one expected finding: its rule and, when given, its severity
// and a regular expression that its message, with values revealed, must
// match.
type Want struct {
	Rule     string
	Severity lint.Severity  // lint.Off when any severity will do
	Message  *regexp.Regexp // nil when any message will do
	Pos      string         // where it is written: "kyc.yaml:12", ".want:3"
}

// Matches reports whether f is the finding w expects.
func (w Want) Matches(f lint.Finding) bool {
	return f.Rule == w.Rule && (w.Severity == lint.Off || f.Severity == w.Severity) &&
		(w.Message == nil || w.Message.MatchString(f.Message.Pick(true)))
}

// String writes w the way a manifest comment does.
func (w Want) String() string {
	s := strconv.Quote(w.Rule)
	if w.Severity != lint.Off {
		s += " " + w.Severity.String()
	}
	if w.Message != nil {
		s += ` "` + strings.ReplaceAll(w.Message.String(), `"`, `\"`) + `"`
	}
	return s
}

// ruleShape is what a rule id looks like; a quoted string of this shape
// after a rule starts the next want rather than being its message.
var ruleShape = regexp.MustCompile(`^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$`)

// token is a word of a want: bare, or quoted with "…" (\" stands for a
// quote; every other backslash stays, for the regexp).
type token struct {
	text   string
	quoted bool
}

func tokenize(s string) ([]token, error) {
	var out []token
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		if s[0] != '"' {
			end := strings.IndexAny(s, " \t\"")
			if end < 0 {
				end = len(s)
			}
			out = append(out, token{text: s[:end]})
			s = s[end:]
			continue
		}
		end := 1
		for end < len(s) && s[end] != '"' {
			if s[end] == '\\' && end+1 < len(s) {
				end++
			}
			end++
		}
		if end >= len(s) {
			return nil, fmt.Errorf("unterminated quote in %s", s)
		}
		out = append(out, token{text: strings.ReplaceAll(s[1:end], `\"`, `"`), quoted: true})
		s = s[end+1:]
	}
	return out, nil
}

// parseWants reads `"rule.id" [severity] ["regexp"]`, repeated: the text
// after `# want` on a manifest line.
func parseWants(s, pos string) ([]Want, error) {
	toks, err := tokenize(s)
	if err != nil {
		return nil, err
	}
	if len(toks) == 0 {
		return nil, fmt.Errorf(`want "rule.id" [severity] ["regexp"]`)
	}
	var out []Want
	for len(toks) > 0 {
		if !toks[0].quoted || !ruleShape.MatchString(toks[0].text) {
			return nil, fmt.Errorf("want a quoted rule id, got %s", toks[0].text)
		}
		w, rest, err := parseTail(toks[0].text, toks[1:], pos)
		if err != nil {
			return nil, err
		}
		out, toks = append(out, w), rest
	}
	return out, nil
}

// parseTail reads the optional severity and message regexp after a rule
// and returns the tokens after them.
func parseTail(rule string, toks []token, pos string) (Want, []token, error) {
	w := Want{Rule: rule, Pos: pos}
	if len(toks) > 0 && !toks[0].quoted {
		sev, err := lint.ParseSeverity(toks[0].text)
		if err != nil || sev == lint.Off {
			return w, nil, fmt.Errorf("%s: unknown severity %q (valid: error, warning, info)", rule, toks[0].text)
		}
		w.Severity, toks = sev, toks[1:]
	}
	if len(toks) > 0 && toks[0].quoted && !ruleShape.MatchString(toks[0].text) {
		re, err := regexp.Compile(toks[0].text)
		if err != nil {
			return w, nil, fmt.Errorf("%s: message regexp: %w", rule, err)
		}
		w.Message, toks = re, toks[1:]
	}
	return w, toks, nil
}
