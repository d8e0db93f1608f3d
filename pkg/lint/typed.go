package lint

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// Bytes is a size parameter: a rule set may write 2097152 or "2 MiB".
type Bytes int64

// New makes r a rule with typed parameters: every exported field of P is one
// parameter, described by its struct tags, with its default taken from
// defaults. Rule sets are decoded and validated against these declarations
// before any pack is read, and run receives the rule set's values as a P.
//
// The tags of a field:
//
//	param:"max_blur"        the name a rule set uses (required)
//	doc:"..."               what it means, for `kyclint explain` (required)
//	min:"0"  max:"1"        bounds of a number, or of a mapping's numbers
//	values:"a,b"            the words allowed in a string or list
//	keys:"a,b"              the words allowed as a mapping's keys
//
// The words "@categories" in values or keys stand for the document
// categories; "@NAME" stands for the list a Words method of P returns
// under NAME (see Vocabulary). The field's Go type gives the parameter's type: int, float64,
// bool, string, []string, Bytes, map[string]int, map[string]float64 or
// map[string][]string.
//
// A malformed declaration is a bug in kyclint; New records it and
// Registry creation reports it.
func New[P any](r *Rule, defaults P, run func(*Pass, P)) *Rule {
	params, err := paramsOf(defaults)
	if err != nil {
		r.declErr = err
	}
	r.Params = params
	r.config = func(values map[string]any) any { return buildConfig(defaults, values) }
	r.Run = func(p *Pass) { run(p, p.config.(P)) }
	return r
}

// categoryWords are the document categories, for "@categories" in tags.
var categoryWords = []string{"identity", "address", "selfie", "other"}

// paramsOf declares one Param per exported field of the struct defaults.
func paramsOf(defaults any) ([]Param, error) {
	v := reflect.ValueOf(defaults)
	if v.Kind() != reflect.Struct {
		return nil, fmt.Errorf("parameters must be a struct, got %T", defaults)
	}
	t := v.Type()
	vocab := map[string][]string{"categories": categoryWords}
	if w, ok := defaults.(Vocabulary); ok {
		for k, l := range w.Words() {
			vocab[k] = l
		}
	}
	var out []Param
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		p, err := paramOf(f, v.Field(i).Interface(), vocab)
		if err != nil {
			return nil, fmt.Errorf("parameter field %s.%s: %w", t.Name(), f.Name, err)
		}
		out = append(out, p)
	}
	return out, nil
}

var paramTypes = map[reflect.Type]ParamType{
	reflect.TypeFor[int]():                 IntParam,
	reflect.TypeFor[float64]():             FloatParam,
	reflect.TypeFor[bool]():                BoolParam,
	reflect.TypeFor[string]():              StringParam,
	reflect.TypeFor[[]string]():            ListParam,
	reflect.TypeFor[Bytes]():               BytesParam,
	reflect.TypeFor[map[string]int]():      IntMapParam,
	reflect.TypeFor[map[string]float64]():  FloatMapParam,
	reflect.TypeFor[map[string][]string](): ListMapParam,
}

// A Vocabulary names lists of allowed words that a parameter struct's tags
// use as "@NAME", for lists kept in Go rather than in a tag.
type Vocabulary interface {
	Words() map[string][]string
}

func paramOf(f reflect.StructField, def any, vocab map[string][]string) (Param, error) {
	typ, ok := paramTypes[f.Type]
	if !ok {
		return Param{}, fmt.Errorf("type %s cannot be a parameter", f.Type)
	}
	p := Param{Name: f.Tag.Get("param"), Type: typ, Doc: f.Tag.Get("doc")}
	if p.Name == "" {
		return Param{}, fmt.Errorf("no param tag")
	}
	for tag, dst := range map[string]*float64{"min": &p.Min, "max": &p.Max} {
		if s, ok := f.Tag.Lookup(tag); ok {
			n, err := strconv.ParseFloat(s, 64)
			if err != nil {
				return Param{}, fmt.Errorf("%s tag %q is not a number", tag, s)
			}
			*dst = n
		}
	}
	var err error
	if p.Values, err = words(f.Tag.Get("values"), vocab); err != nil {
		return Param{}, err
	}
	if p.Keys, err = words(f.Tag.Get("keys"), vocab); err != nil {
		return Param{}, err
	}
	if typ == BytesParam {
		def = int64(def.(Bytes))
	}
	p.Default = def
	return p, nil
}

func words(tag string, vocab map[string][]string) ([]string, error) {
	if tag == "" {
		return nil, nil
	}
	var out []string
	for _, w := range strings.Split(tag, ",") {
		w = strings.TrimSpace(w)
		name, ok := strings.CutPrefix(w, "@")
		if !ok {
			out = append(out, w)
			continue
		}
		l, ok := vocab[name]
		if !ok {
			return nil, fmt.Errorf("no list of words named %q", w)
		}
		out = append(out, l...)
	}
	return out, nil
}

// buildConfig returns defaults with every field that values names set to
// its value. values were checked against the declarations, so their types
// match the fields'.
func buildConfig[P any](defaults P, values map[string]any) P {
	out := defaults
	v := reflect.ValueOf(&out).Elem()
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		if val, ok := values[f.Tag.Get("param")]; ok && val != nil {
			v.Field(i).Set(reflect.ValueOf(val).Convert(f.Type))
		}
	}
	return out
}

// ParamsOf returns rule r's parameters under s as the type P that r was
// declared with (see New), for code outside the rule that must honour the
// same limits, such as `kyclint fix`. ok is false when r's parameters are
// not a P.
func ParamsOf[P any](s *Settings, r *Rule) (c P, ok bool) {
	c, ok = s.config(r).(P)
	return c, ok
}
