package pdfdoc

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/md5"
	"crypto/rc4"
	"encoding/binary"
	"errors"
)

// A crypt decrypts the strings and streams of a file encrypted by the
// standard security handler (ISO 32000-2, 7.6.4) whose user password is
// empty, or, for AES-256, whose owner password is: such a file opens in any
// reader without asking for a password, and so is read here too. A file that needs a password is never
// opened.
type crypt struct {
	key       []byte
	str, stm  method // how strings and streams are encrypted
	encrypt   int64  // object number of the /Encrypt dictionary, whose strings are clear
	clearMeta bool   // /EncryptMetadata false: metadata streams are clear
}

// A method is a crypt filter method.
type method int

const (
	methodNone   method = iota // Identity: not encrypted
	methodRC4                  // V2
	methodAES                  // AESV2: AES-128, per-object key
	methodAES256               // AESV3: AES-256, the file key itself
)

// errPassword is why a file is not opened: it needs a password, or its
// security handler is one this reader does not know.
var errPassword = errors.New("pdf needs a password")

// maxCryptNest bounds the nesting of containers whose strings are decrypted.
const maxCryptNest = 64

// passwordPad is the padding of the standard security handler (Algorithm 2).
var passwordPad = []byte{
	0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
	0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
}

// openCrypt prepares decryption of a file whose trailer names enc (at
// object encNum, 0 when direct) as its /Encrypt dictionary and id0 as the
// first element of its /ID. It fails with errPassword unless the empty user
// password (or, for AES-256, the empty owner password) opens the file.
func openCrypt(enc dict, encNum int64, id0 []byte) (*crypt, error) {
	if f, _ := enc.name("Filter"); f != "Standard" {
		return nil, errPassword
	}
	v, _ := enc.int("V")
	r, _ := enc.int("R")
	o, _ := enc["O"].([]byte)
	u, _ := enc["U"].([]byte)
	c := &crypt{encrypt: encNum}
	if em, ok := enc["EncryptMetadata"].(bool); ok && !em {
		c.clearMeta = true
	}
	var err error
	switch {
	case (v == 1 || v == 2 || v == 4) && r >= 2 && r <= 4 && len(o) >= 32 && len(u) >= 16:
		c.key, err = legacyKey(enc, v, r, o, u, id0, c.clearMeta)
	case v == 5 && (r == 5 || r == 6) && len(u) >= 48:
		c.key, err = aes256Key(enc, r, u)
		if err != nil && len(o) >= 48 {
			c.key, err = aes256OwnerKey(enc, r, o, u)
		}
	default:
		return nil, errPassword
	}
	if err != nil {
		return nil, err
	}
	c.str, c.stm = methodRC4, methodRC4
	if v >= 4 {
		c.str, c.stm = filterMethod(enc, "StrF"), filterMethod(enc, "StmF")
	}
	return c, nil
}

// filterMethod is the method of the crypt filter that key (StrF, StmF)
// names: Identity when absent.
func filterMethod(enc dict, key name) method {
	n, _ := enc.name(key)
	cf, _ := enc["CF"].(dict)
	f, _ := cf[n].(dict)
	switch m, _ := f.name("CFM"); m {
	case "V2":
		return methodRC4
	case "AESV2":
		return methodAES
	case "AESV3":
		return methodAES256
	}
	return methodNone
}

// legacyKey computes the file key of revisions 2 to 4 for the empty user
// password (Algorithm 2) and checks it against /U (Algorithms 4 and 5).
// Revisions 2 to 4 have no empty owner password to try: a file made
// without one takes the user password as its owner password (Algorithm 3).
func legacyKey(enc dict, v, r int64, o, u, id0 []byte, clearMeta bool) ([]byte, error) {
	n := 5
	if r >= 3 {
		bits, ok := enc.int("Length")
		if v == 4 || !ok {
			bits = 128
		}
		if bits < 40 || bits > 128 || bits%8 != 0 {
			return nil, errPassword
		}
		n = int(bits / 8)
	}
	p, _ := enc.int("P")
	h := md5.New()
	h.Write(passwordPad)
	h.Write(o[:32])
	binary.Write(h, binary.LittleEndian, uint32(p))
	h.Write(id0)
	if r >= 4 && clearMeta {
		h.Write([]byte{0xff, 0xff, 0xff, 0xff})
	}
	key := h.Sum(nil)[:n]
	if r >= 3 {
		for range 50 {
			s := md5.Sum(key)
			key = s[:n]
		}
	}
	var check []byte
	if r == 2 {
		check = rc4Bytes(key, passwordPad)
		if !bytes.Equal(check, u[:32]) {
			return nil, errPassword
		}
		return key, nil
	}
	s := md5.Sum(append(append([]byte{}, passwordPad...), id0...))
	check = rc4Bytes(key, s[:])
	k := make([]byte, len(key))
	for i := byte(1); i <= 19; i++ {
		for j := range key {
			k[j] = key[j] ^ i
		}
		check = rc4Bytes(k, check)
	}
	if !bytes.Equal(check, u[:16]) {
		return nil, errPassword
	}
	return key, nil
}

// aes256Key checks the empty user password against /U and decrypts the
// file key from /UE (Algorithms 2.A, 2.B; revision 5 hashes with SHA-256
// alone).
func aes256Key(enc dict, r int64, u []byte) ([]byte, error) {
	ue, _ := enc["UE"].([]byte)
	if len(ue) < 32 {
		return nil, errPassword
	}
	return aes256Unwrap(r, u[32:40], u[40:48], nil, u[:32], ue)
}

// aes256OwnerKey does the same with the empty owner password, checked
// against /O and decrypting /OE, both hashes mixing in the 48 bytes of /U
// (Algorithm 2.A with the owner password).
func aes256OwnerKey(enc dict, r int64, o, u []byte) ([]byte, error) {
	oe, _ := enc["OE"].([]byte)
	return aes256Unwrap(r, o[32:40], o[40:48], u[:48], o[:32], oe)
}

// aes256Unwrap checks the empty password's hash with validation salt vs
// (and extra data udata) against want, and decrypts the file key from
// wrapped with the hash of the key salt ks.
func aes256Unwrap(r int64, vs, ks, udata, want, wrapped []byte) ([]byte, error) {
	if len(wrapped) < 32 {
		return nil, errPassword
	}
	hash := hash2B
	if r == 5 {
		hash = sha256Once
	}
	if !bytes.Equal(hash(vs, udata), want) {
		return nil, errPassword
	}
	block, err := aes.NewCipher(hash(ks, udata))
	if err != nil {
		return nil, errPassword
	}
	key := make([]byte, 32)
	cipher.NewCBCDecrypter(block, make([]byte, aes.BlockSize)).CryptBlocks(key, wrapped[:32])
	return key, nil
}

func rc4Bytes(key, data []byte) []byte {
	c, err := rc4.NewCipher(key)
	if err != nil {
		return nil
	}
	out := make([]byte, len(data))
	c.XORKeyStream(out, data)
	return out
}

// objectKey is the key of object num, gen for method m (Algorithm 1).
func (c *crypt) objectKey(num, gen int64, m method) []byte {
	if m == methodAES256 {
		return c.key
	}
	h := md5.New()
	h.Write(c.key)
	h.Write([]byte{byte(num), byte(num >> 8), byte(num >> 16), byte(gen), byte(gen >> 8)})
	if m == methodAES {
		h.Write([]byte("sAlT"))
	}
	return h.Sum(nil)[:min(len(c.key)+5, 16)]
}

// decrypt decrypts data of object num, gen encrypted with method m. A
// damaged AES ciphertext gives what could be decrypted of it.
func (c *crypt) decrypt(num, gen int64, m method, data []byte) []byte {
	switch m {
	case methodRC4:
		return rc4Bytes(c.objectKey(num, gen, m), data)
	case methodAES, methodAES256:
		return aesCBC(c.objectKey(num, gen, m), data)
	}
	return data
}

// aesCBC decrypts data, a 16-byte IV followed by the ciphertext, and
// drops the PKCS#5 padding.
func aesCBC(key, data []byte) []byte {
	block, err := aes.NewCipher(key)
	if err != nil || len(data) < 2*aes.BlockSize {
		return nil
	}
	body := data[aes.BlockSize:]
	out := make([]byte, len(body)-len(body)%aes.BlockSize)
	cipher.NewCBCDecrypter(block, data[:aes.BlockSize]).CryptBlocks(out, body[:len(out)])
	if pad := int(out[len(out)-1]); pad >= 1 && pad <= aes.BlockSize {
		out = out[:len(out)-pad]
	}
	return out
}

// strings decrypts every string in v, an object of object num, gen, and
// returns it; containers are copied, not changed.
func (c *crypt) strings(v any, num, gen int64, depth int) any {
	if depth > maxCryptNest {
		return v
	}
	switch x := v.(type) {
	case []byte:
		return c.decrypt(num, gen, c.str, x)
	case array:
		out := make(array, len(x))
		for i, e := range x {
			out[i] = c.strings(e, num, gen, depth+1)
		}
		return out
	case dict:
		out := make(dict, len(x))
		for k, e := range x {
			out[k] = c.strings(e, num, gen, depth+1)
		}
		return out
	}
	return v
}
