// A member's free-text fields: typed as they are (cleaned of invisible characters), never checked
// against a rule. The member form and the member import both fill exactly these.
export const MEMBER_TEXT_FIELDS = [
  'hometown',
  'address',
  'ethnicity',
  'religion',
  'dossierNumber',
  'partyPosition',
  'occupation',
  'education',
  'profession',
  'phone',
  'note'
] as const

export type MemberTextField = (typeof MEMBER_TEXT_FIELDS)[number]
