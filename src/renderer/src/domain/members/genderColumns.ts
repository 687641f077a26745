// Old member lists give the gender by the column a birth date sits in: "Năm sinh" split into "Nam"
// and "Nữ" under a merged header. Such a row's two columns become the birth date and the gender
// the import checks (importRows.ts); a date in both, or a gender column saying otherwise, is left
// for the import to report instead of guessed.
import { valueText, type ImportValue } from './importValues'

export interface GenderColumnValues {
  gender?: ImportValue
  birthDate?: ImportValue
  birthDateMale?: ImportValue
  birthDateFemale?: ImportValue
}

const filled = (v: ImportValue) => v instanceof Date || valueText(v) !== ''

/** The row with birthDateMale / birthDateFemale read into birthDate and gender (and removed). */
export function genderFromColumns<V extends GenderColumnValues>(
  values: V
): Omit<V, 'birthDateMale' | 'birthDateFemale'> {
  if (!('birthDateMale' in values) && !('birthDateFemale' in values)) return values
  const { birthDateMale, birthDateFemale, ...rest } = values
  const male = filled(birthDateMale)
  const female = filled(birthDateFemale)
  const out: GenderColumnValues = { ...rest }
  if (male && female) {
    out.gender = 'ngày sinh ở cả cột Nam và cột Nữ'
    return out as Omit<V, 'birthDateMale' | 'birthDateFemale'>
  }
  if (!male && !female) {
    // No date in either column: the gender is missing (the import says "Thiếu giới tính").
    if (!filled(out.gender)) out.gender = ''
    return out as Omit<V, 'birthDateMale' | 'birthDateFemale'>
  }
  const byColumn = male ? 'Nam' : 'Nữ'
  if (!filled(out.birthDate)) out.birthDate = male ? birthDateMale : birthDateFemale
  if (!filled(out.gender)) out.gender = byColumn
  else if (valueText(out.gender).toLocaleLowerCase('vi') !== byColumn.toLocaleLowerCase('vi'))
    out.gender = `${valueText(out.gender)} (cột Giới tính) nhưng ngày sinh ở cột ${byColumn}`
  return out as Omit<V, 'birthDateMale' | 'birthDateFemale'>
}
