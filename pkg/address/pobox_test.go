package address

import "testing"

func TestIsPOBox(t *testing.T) {
	cases := []struct {
		addr string
		want bool
	}{
		{"PO Box 123, London", true},
		{"P.O. Box 123", true},
		{"P.O.Box 77, Nairobi", true},
		{"p o box 5", true},
		{"POBox 9", true},
		{"P.O.B. 1234, Jerusalem", true},
		{"POB 44", true},
		{"Post Office Box 12, Springfield", true},
		{"Postfach 10 01 23, 80001 München", true},
		{"Boîte postale 45, 75001 Paris", true},
		{"BP 45, 98000 Monaco", true},
		{"B.P. 1203 Dakar", true},
		{"Apartado de correos 123, Madrid", true},
		{"Apartado 456, 1000 Lisboa", true},
		{"Apdo. 12, Sevilla", true},
		{"Casella postale 10, Roma", true},
		{"Caixa Postal 1234, São Paulo", true},
		{"Postbus 1234, 1000 AA Amsterdam", true},
		{"Skrytka pocztowa 15, Warszawa", true},
		{"Box 123, Stockholm", true},
		{"GPO Box 1000, Sydney NSW 2001", true},
		{"Locked Bag 5, Parramatta", true},
		{"Private Bag X1, Pretoria", true},
		{"PMB 302, 1234 Main St, Austin TX", true},
		{"Postboks 400, Oslo", true},
		{"Case postale 12, 1211 Genève", true},
		{"Casilla 99, Santiago", true},
		{"12 High Street, London", false},
		{"12 Boxhill Road, Dorking", false},
		{"3 Boxer Street, Leeds", false},
		{"5 Box Hill Road, Surrey", false},
		{"Box Lane 4, York", false},
		{"Postman's Walk 2", false},
		{"10 Bpost Lane", false},
		{"Pobrezni 12, Praha", false},
		{"22 Apartment Road", false},
		{"The Post Office, 1 Market Square", false},
		{"", false},
	}
	for _, c := range cases {
		if got := IsPOBox(c.addr); got != c.want {
			t.Errorf("IsPOBox(%q) = %v, want %v", c.addr, got, c.want)
		}
	}
}
