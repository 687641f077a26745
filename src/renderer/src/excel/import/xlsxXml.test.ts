// The .xlsx parts as other programs write them (docs/design.md §7): Excel, LibreOffice, the Open
// XML SDK (prefixed elements), streaming writers (cells without references).
import {
  attributesOf,
  BrokenSheetError,
  isDateFormat,
  readDateStyles,
  readSharedStrings,
  readSheetXml,
  stringItem,
  unescapeXml,
  type SheetContext
} from './xlsxXml'

const ctx: SheetContext = {
  sharedStrings: ['Họ và tên', 'Nguyễn Văn An'],
  dateStyles: [false, true],
  date1904: false
}

function cellsOf(sheetData: string, context = ctx) {
  const seen: string[] = []
  const { cells, merges } = readSheetXml(
    `<worksheet><dimension ref="A1:B2"/><sheetData>${sheetData}</sheetData>` +
      `<mergeCells count="1"><mergeCell ref='A3:B4'/></mergeCells></worksheet>`,
    context,
    (r, c) => seen.push(`${r},${c}`)
  )
  return { cells: cells.map(({ r, c, value }) => [r, c, value]), merges, seen }
}

describe('text in an .xlsx part', () => {
  it.each([
    ['&lt;b&gt; &amp; &quot;x&quot; &apos;y&apos;', '<b> & "x" \'y\''],
    ['&#272;&#x1EA1;i', 'Đại'],
    ['&nbsp;', '&nbsp;'],
    ['&#x110000;', '\uFFFD']
  ])('entities: %s → %s', (xml, text) => expect(unescapeXml(xml)).toBe(text))

  it.each([
    ['<t>Nguyễn Văn An</t>', 'Nguyễn Văn An'],
    ['<t xml:space="preserve">  An  </t>', '  An  '],
    ['<t/>', ''],
    ['<r><rPr><b/></rPr><t>Trần </t></r><r><t>Thị Bình</t></r>', 'Trần Thị Bình'],
    ['<t>山田</t><rPh sb="0" eb="2"><t>ヤマダ</t></rPh><phoneticPr fontId="1"/>', '山田'],
    ['<t>dòng 1_x000D_\r\ndòng 2</t>', 'dòng 1\r\ndòng 2'],
    ['<t>a &#13;b</t>', 'a \rb'],
    ['<t><![CDATA[<không phải thẻ> & ]]>x</t>', '<không phải thẻ> & x'],
    ['<x:r><x:t>Tiền tố</x:t></x:r>', 'Tiền tố']
  ])('string item %s', (xml, text) => expect(stringItem(xml)).toBe(text))

  it('shared strings keep their order, an empty item included', () => {
    expect(readSharedStrings('<sst count="3"><si><t>a</t></si><si/><x:si><x:t>c</x:t></x:si></sst>')).toEqual(
      ['a', '', 'c']
    )
  })
})

describe('which number formats are dates', () => {
  it.each([
    ['dd/mm/yyyy', true],
    ['[$-42A]dd/mm/yyyy', true],
    ['d-mmm-yy', true],
    ['h:mm', true],
    ['DD/MM/YYYY', true],
    ['0 "ngày"', false],
    ['#,##0\\ "₫"', false],
    ['[Red]0.00', false],
    ['0\\d', false],
    ['General', false],
    ['@', false]
  ])('%s → %s', (code, date) => expect(isDateFormat(code)).toBe(date))

  it('cell styles: built-in date formats (14–22, 45–47) and custom ones, not the cell-style masters', () => {
    const styles = `<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>
      <numFmt numFmtId="165" formatCode="0&quot; tuổi&quot;"/></numFmts>
      <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
      <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/>
      <xf numFmtId="165"/><xf numFmtId="49"/></cellXfs></styleSheet>`
    expect(readDateStyles(styles)).toEqual([false, true, true, false, false])
  })
})

describe('a worksheet part', () => {
  it('reads each kind of value; empty cells are left out', () => {
    const { cells } = cellsOf(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"/></row>' +
        '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" s="1"><v>29222</v></c><c r="C2"><v>12.5</v></c>' +
        '<c r="D2" t="b"><f>TRUE()</f><v>1</v></c><c r="E2" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
        '<c r="F2" t="str"><f>A2</f><v>a &amp; b</v></c><c r="G2" t="inlineStr"><is><t>trực tiếp</t></is></c>' +
        '<c r="H2" t="d"><v>1980-01-02T00:00:00Z</v></c><c r="I2" s="1"><f>B2+0.5</f><v>29222.5</v></c></row>'
    )
    expect(cells).toEqual([
      [0, 0, 'Họ và tên'],
      [1, 0, 'Nguyễn Văn An'],
      [1, 1, new Date(Date.UTC(1980, 0, 2))],
      [1, 2, 12.5],
      [1, 3, true],
      [1, 4, '#DIV/0!'],
      [1, 5, 'a & b'],
      [1, 6, 'trực tiếp'],
      [1, 7, new Date(Date.UTC(1980, 0, 2))],
      [1, 8, new Date(Date.UTC(1980, 0, 2, 12))]
    ])
  })

  it('an ISO date cell (t="d") without a zone is the day written, on a machine east of UTC too', () => {
    // ECMA-376 §18.17.4: Excel writes such a date without a zone. Read as local time, Hà Nội's
    // midnight of 02/01 is 01/01 17:00 UTC, the day before.
    const zone = process.env.TZ
    process.env.TZ = 'Asia/Ho_Chi_Minh'
    try {
      const { cells } = cellsOf(
        '<row r="1"><c r="A1" t="d"><v>1980-01-02T00:00:00</v></c><c r="B1" t="d"><v>1980-01-02</v></c>' +
          '<c r="C1" t="d"><v>1980-01-02T08:30:00.000</v></c><c r="D1" t="d"><v>1980-01-02T00:00:00+07:00</v></c></row>'
      )
      expect(cells).toEqual([
        [0, 0, new Date(Date.UTC(1980, 0, 2))],
        [0, 1, new Date(Date.UTC(1980, 0, 2))],
        [0, 2, new Date(Date.UTC(1980, 0, 2, 8, 30))],
        [0, 3, new Date(Date.UTC(1980, 0, 1, 17))]
      ])
    } finally {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
    }
  })

  it('a workbook in the 1904 date system counts its days from 1/1/1904', () => {
    const { cells } = cellsOf('<row r="1"><c r="A1" s="1"><v>27760</v></c></row>', { ...ctx, date1904: true })
    expect(cells).toEqual([[0, 0, new Date(Date.UTC(1980, 0, 2))]])
  })

  it('prefixed elements, single quotes, and rows or cells without their reference', () => {
    const { cells, seen } = cellsOf(
      "<x:row r='3'><x:c t='s'><x:v>0</x:v></x:c><x:c><x:v>7</x:v></x:c></x:row>" +
        '<x:row><x:c r="C4"><x:v>8</x:v></x:c><x:c><x:v>9</x:v></x:c></x:row>'
    )
    expect(cells).toEqual([
      [2, 0, 'Họ và tên'],
      [2, 1, 7],
      [3, 2, 8],
      [3, 3, 9]
    ])
    expect(seen).toEqual(['2,0', '2,1', '3,2', '3,3'])
  })

  it('merges are read as ranges, never expanded', () => {
    expect(cellsOf('').merges).toEqual([{ r1: 2, c1: 0, r2: 3, c2: 1 }])
  })

  it('a cell pointing past the shared strings is a damaged file', () => {
    expect(() => cellsOf('<row r="1"><c r="A1" t="s"><v>5</v></c></row>')).toThrow(BrokenSheetError)
  })
})

describe('a crafted part (docs/design.md §8)', () => {
  it('an element left open is a damaged file, found without going back over the part', () => {
    expect(() => readSharedStrings('<sst>' + '<si><t>x'.repeat(100_000))).toThrow(BrokenSheetError)
    expect(() => cellsOf('<row r="1">' + '<c r="A1"><v>1</v>'.repeat(100_000) + '</row>')).toThrow(
      BrokenSheetError
    )
  })

  it('text that is not markup, and elements named like object properties, are passed over', () => {
    expect(stringItem('<'.repeat(100_000))).toBe('')
    expect(stringItem('<constructor>x</constructor><__proto__/><t>a</t>')).toBe('a')
    expect(isDateFormat('[' + 'd'.repeat(100_000))).toBe(false)
  })

  it('attributes: either quote, spaces around "=", entities; an unclosed quote ends them', () => {
    expect([...attributesOf(` a="1" b = 'x&amp;y' r:id="rId3" c="open`)]).toEqual([
      ['a', '1'],
      ['b', 'x&y'],
      ['r:id', 'rId3']
    ])
    expect(attributesOf(' x="'.repeat(100_001)).get('x')).toBe(' x=')
  })
})
