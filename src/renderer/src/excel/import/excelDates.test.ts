import { excelSerialToDate, excelSerialToInstant } from './excelDates'

describe('excelSerialToDate: the day Excel shows for a day number (legacy .xls dates)', () => {
  it.each<[string, number, boolean, string]>([
    ['a whole day', 27778, false, '1976-01-19'],
    ['the day at 14:30 (Excel still shows 19/01/1976)', 27778.6, false, '1976-01-19'],
    ['the day at 23:59', 27778 + 1439 / 1440, false, '1976-01-19'],
    ['a hair below the day (float error)', 27778 - 1e-9, false, '1976-01-19'],
    ['the 1904 system', 26316.75, true, '1976-01-19']
  ])('%s: %d → %s', (_n, serial, date1904, iso) => {
    expect(excelSerialToDate(serial, date1904).toISOString()).toBe(`${iso}T00:00:00.000Z`)
  })

  it('the instant keeps the time of day', () => {
    expect(excelSerialToInstant(27778.5).toISOString()).toBe('1976-01-19T12:00:00.000Z')
  })
})
