// Finding the member a history row speaks of: by party card, then CCCD, then name + birth date
// (docs/design.md §7, the same order as the member import). A row that fits two members, whose
// card and CCCD point at two different members, or whose card or CCCD is not the one the book holds
// for the member found (another person of that name, as the member import's toldApart says), is not
// guessed at: it becomes a problem. So is an identity cell holding an Excel error.
import type { Member } from '../entities'
import { foldForSearch } from '../names'
import { MEMBER_FIELD_LABELS, labelInSentence } from '../members/fieldLabels'
import {
  excelErrorOf,
  normalizeIdNumber,
  normalizePartyCard,
  parseImportDate,
  valueText,
  type ImportValue
} from '../members/importValues'

export type MatchKey = 'partyCard' | 'idNumber' | 'nameBirth'

export interface IdentityValues {
  fullName?: ImportValue
  birthDate?: ImportValue
  partyCardNumber?: ImportValue
  idNumber?: ImportValue
}

export type MatchResult = { member: Member; by: MatchKey } | { member: null; problem: string }

const IDENTITY_FIELDS = ['partyCardNumber', 'idNumber', 'fullName', 'birthDate'] as const

const nameBirth = (name: string, birth: string) => `${foldForSearch(name)}|${birth}`

export class MemberMatcher {
  private readonly byCard = new Map<string, Member[]>()
  private readonly byId = new Map<string, Member[]>()
  private readonly byNameBirth = new Map<string, Member[]>()

  constructor(members: readonly Member[]) {
    const add = (map: Map<string, Member[]>, key: string | undefined | null, m: Member) => {
      if (!key) return
      const list = map.get(key)
      if (list) list.push(m)
      else map.set(key, [m])
    }
    for (const m of members) {
      add(this.byCard, m.partyCardNumber, m)
      add(this.byId, m.idNumber, m)
      if (m.birthDate) add(this.byNameBirth, nameBirth(m.fullName, m.birthDate), m)
    }
  }

  match(v: IdentityValues): MatchResult {
    for (const field of IDENTITY_FIELDS) {
      const error = excelErrorOf(v[field] ?? null)
      if (error)
        return {
          member: null,
          problem: `Ô ${labelInSentence(MEMBER_FIELD_LABELS[field])} có lỗi công thức Excel (${error}): sửa trong tệp rồi chọn lại.`
        }
    }
    const card = normalizePartyCard(v.partyCardNumber).value
    const id = normalizeIdNumber(v.idNumber).value
    const name = valueText(v.fullName ?? null)
    const birth = parseImportDate(v.birthDate)
    const tries: [MatchKey, Member[] | undefined, string][] = [
      ['partyCard', card ? this.byCard.get(card) : undefined, `số thẻ ${card}`],
      ['idNumber', id ? this.byId.get(id) : undefined, `CCCD ${id}`],
      [
        'nameBirth',
        name && birth.kind === 'date' ? this.byNameBirth.get(nameBirth(name, birth.date)) : undefined,
        `họ tên "${name}" và ngày sinh`
      ]
    ]
    const found = tries.filter(([, list]) => list?.length)
    if (!found.length) {
      if (!card && !id && !(name && birth.kind === 'date'))
        return {
          member: null,
          problem: 'Cần số thẻ đảng viên, CCCD, hoặc họ tên và ngày sinh để tìm đảng viên.'
        }
      return {
        member: null,
        problem: 'Không tìm thấy đảng viên này trong sổ (theo số thẻ, CCCD, họ tên và ngày sinh).'
      }
    }
    const [by, list, what] = found[0]
    if (list!.length > 1)
      return {
        member: null,
        problem: `Có ${list!.length} đảng viên cùng ${what}: cần thêm số thẻ hoặc CCCD.`
      }
    const member = list![0]
    const other = found.slice(1).find(([, l]) => l!.length === 1 && l![0].id !== member.id)
    if (other)
      return {
        member: null,
        problem: `${what[0].toUpperCase()}${what.slice(1)} là của ${member.fullName}, còn ${other[2]} là của ${other[1]![0].fullName}.`
      }
    const numbers: [string, string, string, string | null | undefined][] = [
      ['Số thẻ', 'số thẻ', card, member.partyCardNumber],
      ['CCCD', 'CCCD', id, member.idNumber]
    ]
    const differs = numbers.find(([, , inFile, stored]) => inFile && stored && inFile !== stored)
    if (differs) {
      const [label, inSentence, inFile, stored] = differs
      return {
        member: null,
        problem: `${label} ${inFile} trong tệp khác ${inSentence} của đồng chí ${member.fullName} trong sổ (${stored}): không ghi. Nếu tệp gõ nhầm, sửa tệp rồi chọn lại; nếu sổ ghi nhầm, sửa hồ sơ trên màn hình Đảng viên.`
      }
    }
    return { member, by }
  }
}

export const MATCH_KEY_LABELS: Record<MatchKey, string> = {
  partyCard: 'theo số thẻ',
  idNumber: 'theo CCCD',
  nameBirth: 'theo họ tên và ngày sinh'
}

/**
 * The columns a file needs for rows to be matched at all: a party card, a CCCD, or a name with a
 * birth date (the keys `match` tries). A message for the clerk mapping the columns, or null.
 */
export function identityColumnsProblem(mapped: ReadonlySet<keyof IdentityValues>): string | null {
  if (mapped.has('partyCardNumber') || mapped.has('idNumber')) return null
  if (mapped.has('fullName') && mapped.has('birthDate')) return null
  return mapped.has('fullName')
    ? 'Chỉ có cột Họ và tên thì chưa tìm được đảng viên: chọn thêm cột Ngày sinh, hoặc cột Số thẻ đảng viên, hoặc CCCD.'
    : 'Chưa có cột để tìm đảng viên: chọn cột Số thẻ đảng viên, hoặc CCCD, hoặc cả Họ và tên lẫn Ngày sinh.'
}
