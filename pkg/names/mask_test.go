package names

import "testing"

func TestMask(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Anna Eriksson", "A*** E*******"},
		{"Lena Müller", "L*** M*****"},
		{"O'Neil", "O****"},
		{"NOWAK<<JAN", "N**** J**"},
		{"张伟", "张*"},
		{"", ""},
		{"J", "J"},
	}
	for _, c := range cases {
		if got := Mask(c.in); got != c.want {
			t.Errorf("Mask(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
