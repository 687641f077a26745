import { describe, expect, it } from 'vitest'
import { columnPixels, estimateLines, heightForLines } from './styles'

describe('estimateLines — wrapped Times New Roman 12 as Excel and LibreOffice print it', () => {
  it.each([
    { text: 'Nguyễn Thị Hoa', width: 18, lines: 1 },
    { text: 'Chi bộ Cơ quan Đảng ủy – HĐND – UBND phường', width: 24, lines: 2 },
    // A line may end after a hyphen inside a file name: two lines, not three.
    { text: 'Xuất báo cáo ra tệp 03-3-Danh-sach-du-sinh-hoat-23-12-2025.xlsx', width: 40, lines: 2 },
    { text: 'Dòng một\nDòng hai', width: 30, lines: 2 },
    // A word longer than the line is broken.
    { text: 'x'.repeat(60), width: 10, lines: 7 } // 60 × 7.4 px over 65 px of room
  ])('"$text" in a column of $width → $lines line(s)', ({ text, width, lines }) => {
    expect(estimateLines(text, columnPixels(width), 12)).toBe(lines)
  })
})

describe('heightForLines', () => {
  it.each([
    { lines: 1, size: 12, height: 15.5 },
    { lines: 2, size: 12, height: 29 },
    { lines: 3, size: 12, height: 42.5 },
    { lines: 1, size: 14, height: 17.75 }
  ])('$lines line(s) of $size pt → $height pt', ({ lines, size, height }) => {
    expect(heightForLines(lines, size)).toBe(height)
  })
})
