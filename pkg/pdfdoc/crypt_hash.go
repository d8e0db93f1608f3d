package pdfdoc

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha256"
	"crypto/sha512"
)

// sha256Once is revision 5's password hash of the empty password with salt
// and udata (the 48 bytes of /U for the owner password, nil for the user's).
func sha256Once(salt, udata []byte) []byte {
	h := sha256.New()
	h.Write(salt)
	h.Write(udata)
	return h.Sum(nil)
}

// hash2B is revision 6's password hash (Algorithm 2.B) of the empty
// password with salt and udata (the 48 bytes of /U for the owner password,
// nil for the user's). It runs at least 64 rounds and stops after at most
// 64+256: the last byte of E bounds it.
func hash2B(salt, udata []byte) []byte {
	if len(udata) > 48 {
		udata = udata[:48]
	}
	s := sha256.Sum256(append(append([]byte(nil), salt...), udata...))
	k := s[:]
	var k1buf, ebuf [64 * (64 + 48)]byte // K1 is 64 copies of K (at most 64 bytes) and udata
	var h [64]byte
	for round := 0; ; round++ {
		k1 := k1buf[:0]
		for range 64 {
			k1 = append(k1, k...)
			k1 = append(k1, udata...)
		}
		block, _ := aes.NewCipher(k[:16])
		e := ebuf[:len(k1)]
		cipher.NewCBCEncrypter(block, k[16:32]).CryptBlocks(e, k1)
		sum := 0 // the first 16 bytes as a big-endian number, modulo 3: 256 ≡ 1
		for _, b := range e[:16] {
			sum += int(b)
		}
		switch sum % 3 {
		case 0:
			d := sha256.Sum256(e)
			k = append(h[:0], d[:]...)
		case 1:
			d := sha512.Sum384(e)
			k = append(h[:0], d[:]...)
		default:
			d := sha512.Sum512(e)
			k = append(h[:0], d[:]...)
		}
		if round >= 63 && int(e[len(e)-1]) <= round+1-32 {
			break
		}
	}
	return append([]byte(nil), k[:32]...)
}
