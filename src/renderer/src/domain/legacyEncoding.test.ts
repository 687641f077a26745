import { detectEncoding, tcvn3ToUnicode, toUnicode, vniToUnicode } from './legacyEncoding'

const SOFT_HYPHEN = '\u00ad' // TCVN3's ư (0xAD)

describe('TCVN3 (ABC, .VnTime) → Unicode', () => {
  it.each([
    ['NguyÔn V¨n ¢n', 'Nguyễn Văn Ân'],
    [`§µo ThÞ H${SOFT_HYPHEN}¬ng`, 'Đào Thị Hương'],
    [`Tr${SOFT_HYPHEN}êng S¬n`, 'Trường Sơn'],
    ['Lª ThÞ BÝch', 'Lê Thị Bích'],
    [`Ph¹m Quang C${SOFT_HYPHEN}êng`, 'Phạm Quang Cường'],
    ['Hä vµ tªn', 'Họ và tên'],
    ['Ngµy sinh', 'Ngày sinh'],
    ['Chi bé Khu d©n c' + SOFT_HYPHEN + ' sè 1', 'Chi bộ Khu dân cư số 1'],
    ['B¶o Th¾ng', 'Bảo Thắng'],
    ['§¶ng bé', 'Đảng bộ'],
    ['Vò Thµnh Giang', 'Vũ Thành Giang'],
    ['Hoµng ThÞ Thu Ngäc', 'Hoàng Thị Thu Ngọc'],
    ['Lý §øc ¢n', 'Lý Đức Ân'],
    // .VnTimeH capitals use the lower-case codes: the case is restored later by properCaseName.
    ['NGUYÔN', 'NGUYễN']
  ])('%s → %s', (legacy, unicode) => {
    expect(tcvn3ToUnicode(legacy)).toBe(unicode)
  })

  it('covers every Vietnamese lower-case letter with a mark, one byte each', () => {
    const letters = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ'
    const legacy = 'µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉËÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00adõøö÷ùúýûüþ®'
    expect(tcvn3ToUnicode(legacy)).toBe(letters)
    expect(new Set(legacy).size).toBe(letters.length)
  })
})

describe('VNI-Windows → Unicode', () => {
  it.each([
    ['Nguyeãn Vaên AÂn', 'Nguyễn Văn Ân'],
    ['Ñaøo Thò Höông', 'Đào Thị Hương'],
    ['Tröôøng Sôn', 'Trường Sơn'],
    ['Leâ Thò Bích', 'Lê Thị Bích'],
    ['Phaïm Quang Cöôøng', 'Phạm Quang Cường'],
    ['Xin chaøo caùc baïn', 'Xin chào các bạn'],
    ['Ñoã Thò Kim Ngoïc', 'Đỗ Thị Kim Ngọc'],
    ['Huyønh Thò Myõ Yeán', 'Huỳnh Thị Mỹ Yến'],
    ['Vuõ Quyù Thuûy', 'Vũ Quý Thủy'],
    ['Laïi Vaên Lónh', 'Lại Văn Lĩnh'],
    ['Hoï vaø teân', 'Họ và tên'],
    ['NGUYEÃN VAÊN AÂN', 'NGUYỄN VĂN ÂN'],
    ['ÑAÛNG BOÄ PHÖÔØNG', 'ĐẢNG BỘ PHƯỜNG'],
    ['Ñaëng Thaéng', 'Đặng Thắng'],
    ['Döông Ngoâ Kyø', 'Dương Ngô Kỳ']
  ])('%s → %s', (legacy, unicode) => {
    expect(vniToUnicode(legacy).normalize('NFC')).toBe(unicode)
  })
})

describe('detectEncoding looks at a whole file', () => {
  it.each([
    ['unicode', ['Nguyễn Văn Ân', 'Hoàng Anh', 'Lê Thị Bích', 'Ngày sinh']],
    ['unicode', ['Hoàng Anh', 'Toán', 'Nguyễn Thị Thuý']],
    ['unicode', ['STT', 'Ho ten', '12345678']],
    ['tcvn3', ['Hä vµ tªn', 'NguyÔn V¨n ¢n', 'Lª ThÞ BÝch']],
    ['tcvn3', ['ViÖt', 'Ph¹m Minh']],
    ['vni', ['Hoï vaø teân', 'Nguyeãn Vaên AÂn', 'Leâ Thò Bích']],
    ['vni', ['Tröôøng Sôn', 'Ñoã Minh']]
  ] as const)('%s: %j', (expected, texts) => {
    expect(detectEncoding(texts)).toBe(expected)
  })

  it('toUnicode converts by the detected encoding and leaves Unicode alone (NFC)', () => {
    expect(toUnicode('NguyÔn V¨n ¢n', 'tcvn3')).toBe('Nguyễn Văn Ân')
    expect(toUnicode('Nguyeãn Vaên AÂn', 'vni')).toBe('Nguyễn Văn Ân')
    expect(toUnicode('Nguyễn'.normalize('NFD'), 'unicode')).toBe('Nguyễn')
    // A Unicode "Hoàng" must never be read as VNI ("oà" would be ồ in VNI).
    expect(toUnicode('Hoàng', 'unicode')).toBe('Hoàng')
  })
})
