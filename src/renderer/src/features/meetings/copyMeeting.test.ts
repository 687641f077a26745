// "Sao chép buổi trước": what the new minutes take from the cell's last meeting, and what they do not.
import { describe, expect, it } from 'vitest'
import type { Meeting } from '@renderer/domain/entities'
import { copiedFields, lastBefore } from './copyMeeting'
import { meeting as meetingOf } from '@renderer/testing/factories'

// A meeting is named by its date here: the id is the date.
const meeting = (date: string, over: Partial<Meeting> = {}): Meeting => meetingOf(date, { date, ...over })

describe('copy last meeting', () => {
  it('takes the type, hours, place, chair, secretary, guests and agenda — not the topic', () => {
    const last = meeting('2027-01-05', {
      type: 'combined',
      startTime: '19:30',
      endTime: '21:30',
      place: 'Nhà văn hóa',
      chairName: 'Nguyễn Văn An',
      secretaryName: 'Trần Thị Bình',
      guests: ['Đồng chí A', 'Đồng chí B'],
      agenda: 'Nội dung',
      topic: 'Tự soi, tự sửa'
    })
    expect(copiedFields(last)).toEqual({
      type: 'combined',
      startTime: '19:30',
      endTime: '21:30',
      place: 'Nhà văn hóa',
      chair: 'Nguyễn Văn An',
      secretary: 'Trần Thị Bình',
      guestsText: 'Đồng chí A\nĐồng chí B',
      agenda: 'Nội dung'
    })
  })
  it('an extraordinary meeting gives a regular one', () => {
    expect(copiedFields(meeting('2027-01-05', { type: 'extraordinary' })).type).toBe('regular')
  })
  it.each([
    ['2027-02-01', '2027-01-20'],
    ['2027-01-20', '2027-01-05'],
    ['2027-01-05', undefined]
  ])('the last meeting before %s is %s', (date, expected) => {
    const all = [meeting('2027-01-05'), meeting('2027-01-20')]
    expect(lastBefore(all, date)?.date).toBe(expected)
  })
})
