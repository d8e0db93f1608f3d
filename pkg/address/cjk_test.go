package address

import (
	"strings"
	"testing"
)

// cjkCases are Chinese and Japanese addresses as applicants type them and as
// bills, statements and residence certificates print them.
var cjkCases = []struct {
	declared, proof string
	want            Result
	detail          string
}{
	// Chinese: optional 省/市 suffixes, full-width digits, 室 left out.
	{"北京市朝阳区建国路88号1203室", "北京朝阳区建国路88号1203", Match, ""},
	{"北京市朝阳区建国路88号1203室", "北京市朝阳区建国路８８号１２０３室", Match, ""},
	{"广东省深圳市南山区科技园路1号3栋2单元501房", "广东深圳南山区科技园路1号501室", Match, ""},
	{"上海市浦东新区世纪大道100号", "上海浦东新区世纪大道100号", Match, ""},
	{"浙江省杭州市西湖区文三路90号", "浙江省杭州市西湖区文三路90号 邮编310012", Partial, "postcode missing"},
	{"北京市海淀区中关村大街27号", "北京市海淀区中关村大街27號", Match, ""},
	{"广东省深圳市南山区科技园路1号", "深圳市南山区科技园路1号", Partial, "town incomplete"},
	{"北京市朝阳区建国路88号1203室", "北京市朝阳区建国路88号1204室", Differ, "flat number differs"},
	{"北京市朝阳区建国路88号1203室", "北京市朝阳区建国路86号1203室", Differ, "house number differs"},
	{"北京市朝阳区建国路88号", "北京市朝阳区建华路88号", Differ, "street differs"},
	{"北京市朝阳区建国路88号 100022", "北京市朝阳区建华路88号 100022", Partial, "street differs"},
	{"北京市朝阳区建国路88号", "北京市海淀区学院路88号", Differ, "street differs"},
	// Chinese against its Latin form.
	{"北京市朝阳区建国路88号1203室", "Room 1203, No. 88 Jianguo Road, Chaoyang District, Beijing", Match, ""},
	{"北京市朝阳区建国路88号1203室", "Rm 1203, 88 Jianguo Rd, Chaoyang, Beijing 100022", Partial, "postcode missing"},
	{"北京市朝阳区建国路88号1203室", "Room 1203, No. 86 Jianguo Road, Chaoyang District, Beijing", Differ, "house number differs"},
	{"上海市静安区南京西路1266号", "1266 West Nanjing Road, Jing'an District, Shanghai", Partial, "street differs"},
	{"上海市静安区南京西路1266号", "1266 Nanjingxi Road, Jingan, Shanghai", Match, ""},
	{"北京市朝阳区建国路88号", "88 Chang'an Avenue, Dongcheng, Beijing", Partial, "street differs"},
	// Japanese: 丁目-番-号 against 1-1-1.
	{"東京都千代田区丸の内1丁目1番1号", "東京都千代田区丸の内1-1-1", Match, ""},
	{"〒100-0005 東京都千代田区丸の内一丁目1番1号", "東京都千代田区丸の内1-1-1 〒100-0005", Match, ""},
	{"東京都千代田区丸の内1丁目1番1号 パレスビル301号室", "〒100-0005 東京都千代田区丸の内1-1-1 301", Partial, "postcode missing"},
	{"東京都千代田区丸の内1丁目1番1号", "1-1-1 Marunouchi, Chiyoda-ku, Tokyo", Match, ""},
	{"東京都千代田区丸の内1丁目1番1号", "1-1-2 Marunouchi, Chiyoda-ku, Tokyo", Differ, "house number differs"},
	{"大阪府大阪市北区梅田3丁目1番3号", "大阪府大阪市北区梅田3-1-5", Differ, "house number differs"},
}

func TestCompareCJK(t *testing.T) {
	for _, c := range cjkCases {
		got := Compare(c.declared, c.proof)
		if got.Result != c.want || !strings.Contains(got.Detail, c.detail) {
			t.Errorf("Compare(%q, %q) = %v %q; want %v containing %q",
				c.declared, c.proof, got.Result, got.Detail, c.want, c.detail)
		}
		if back := Compare(c.proof, c.declared); back.Result != got.Result {
			t.Errorf("Compare is not symmetric for %q / %q: %v then %v", c.declared, c.proof, got.Result, back.Result)
		}
	}
}
