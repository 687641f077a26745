// Vietnamese names for the demo ward, with realistic frequencies: family names weighted from
// published surveys (Nguyễn ≈ 38 %, Trần ≈ 11 %, Lê ≈ 9.5 %, Phạm ≈ 7 %, Hoàng/Huỳnh ≈ 5 %…),
// middle and given names by gender. Three-word names mostly, some four-word ones.
import type { Gender } from '../entities'
import type { Rng } from './prng'

export const FAMILY_NAMES: readonly (readonly [string, number])[] = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 3],
  ['Huỳnh', 2],
  ['Phan', 4.5],
  ['Vũ', 2.5],
  ['Võ', 1.5],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đinh', 0.8],
  ['Trịnh', 0.7],
  ['Đào', 0.6],
  ['Mai', 0.5],
  ['Lương', 0.4],
  ['Cao', 0.4],
  ['Tạ', 0.3],
  ['Hà', 0.4],
  ['Lưu', 0.3],
  ['Chu', 0.2],
  ['Kiều', 0.1],
  ['Lã', 0.1]
]

const MIDDLE: Record<Gender, readonly (readonly [string, number])[]> = {
  male: [
    ['Văn', 34],
    ['Đức', 8],
    ['Minh', 8],
    ['Quang', 6],
    ['Hữu', 6],
    ['Thanh', 5],
    ['Công', 5],
    ['Xuân', 4],
    ['Ngọc', 4],
    ['Đình', 5],
    ['Anh', 3],
    ['Quốc', 4],
    ['Trọng', 3],
    ['Mạnh', 2],
    ['Tiến', 2],
    ['Duy', 2]
  ],
  female: [
    ['Thị', 52],
    ['Ngọc', 7],
    ['Thu', 6],
    ['Thanh', 5],
    ['Minh', 4],
    ['Hồng', 5],
    ['Kim', 4],
    ['Phương', 3],
    ['Bích', 3],
    ['Mai', 2],
    ['Hải', 2],
    ['Thùy', 3],
    ['Diệu', 2],
    ['Lan', 2]
  ]
}

/** The second of two middle words in four-word names ("Nguyễn Thị Thu Hương"). */
const SECOND_MIDDLE: Record<Gender, readonly string[]> = {
  male: ['Minh', 'Hoàng', 'Quốc', 'Thanh', 'Đức', 'Gia', 'Bảo', 'Nhật'],
  female: ['Thu', 'Thanh', 'Ngọc', 'Minh', 'Kim', 'Hồng', 'Phương', 'Bảo']
}

const GIVEN: Record<Gender, readonly string[]> = {
  male: [
    'An',
    'Anh',
    'Bảo',
    'Bình',
    'Chiến',
    'Cường',
    'Dũng',
    'Duy',
    'Đạt',
    'Đức',
    'Hải',
    'Hiếu',
    'Hòa',
    'Hoàng',
    'Hùng',
    'Hưng',
    'Huy',
    'Khánh',
    'Khoa',
    'Lâm',
    'Long',
    'Lợi',
    'Mạnh',
    'Minh',
    'Nam',
    'Nghĩa',
    'Phong',
    'Phúc',
    'Quân',
    'Quang',
    'Sơn',
    'Tài',
    'Tâm',
    'Thắng',
    'Thành',
    'Thịnh',
    'Tiến',
    'Toàn',
    'Trung',
    'Tuấn',
    'Tùng',
    'Việt',
    'Vinh',
    'Khải',
    'Lộc',
    'Thái',
    'Trường',
    'Hậu',
    'Kiên'
  ],
  female: [
    'An',
    'Anh',
    'Châu',
    'Dung',
    'Giang',
    'Hà',
    'Hạnh',
    'Hằng',
    'Hiền',
    'Hoa',
    'Hồng',
    'Huệ',
    'Hương',
    'Lan',
    'Liên',
    'Linh',
    'Loan',
    'Lý',
    'Mai',
    'Nga',
    'Ngân',
    'Ngọc',
    'Nhung',
    'Oanh',
    'Phương',
    'Quỳnh',
    'Tâm',
    'Thảo',
    'Thu',
    'Thủy',
    'Trang',
    'Tuyết',
    'Vân',
    'Xuân',
    'Yến',
    'Hậu',
    'Huyền',
    'Lụa',
    'My',
    'Nhàn'
  ]
}

export function randomFullName(rng: Rng, gender: Gender): string {
  const family = rng.weighted(FAMILY_NAMES)
  const middle = rng.weighted(MIDDLE[gender])
  const given = rng.pick(GIVEN[gender])
  if (rng.chance(0.14)) {
    let second = rng.pick(SECOND_MIDDLE[gender])
    if (second === middle || second === given) second = gender === 'male' ? 'Gia' : 'Bảo'
    return `${family} ${middle} ${second} ${given}`
  }
  return `${family} ${middle} ${given}`
}
