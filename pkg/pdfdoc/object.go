package pdfdoc

// PDF objects are held as plain Go values: nil (null), bool, int64, float64,
// name, []byte (string), array, dict and ref. A keyword is a bare word the
// parser met where an object was expected ("endobj", "stream", "R"…).
type (
	name    string
	keyword string
	array   []any
	dict    map[name]any
	ref     struct{ num, gen int64 }
)

// intValue returns v as an integer when it is one, or a real with no
// fraction, as some writers emit.
func intValue(v any) (int64, bool) {
	switch x := v.(type) {
	case int64:
		return x, true
	case float64:
		if x == float64(int64(x)) {
			return int64(x), true
		}
	}
	return 0, false
}

func (d dict) int(key name) (int64, bool) { return intValue(d[key]) }

func (d dict) name(key name) (name, bool) {
	n, ok := d[key].(name)
	return n, ok
}

// names returns a name or an array of names as a slice, as /Filter allows.
func (d dict) names(key name) []name {
	switch v := d[key].(type) {
	case name:
		return []name{v}
	case array:
		out := make([]name, 0, len(v))
		for _, e := range v {
			if n, ok := e.(name); ok {
				out = append(out, n)
			}
		}
		return out
	}
	return nil
}
