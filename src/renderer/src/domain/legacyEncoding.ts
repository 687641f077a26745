// Vietnamese text typed before Unicode, still found in old ward spreadsheets:
//  - TCVN3 (ABC, fonts .VnTime/.VnArial): one byte per letter, e.g. "¸" = á, "µ" = à, "¨" = ă, "®" = đ.
//    Excel stores the bytes as Windows-1252 characters, so "Nguyễn Văn" arrives as "NguyÔn V¨n".
//    Capitals come from the ".VnTimeH" fonts, which draw the same codes as capitals: case is lost,
//    names are re-capitalised afterwards (properCaseName).
//  - VNI-Windows (fonts VNI-Times…): a base letter followed by a mark character, e.g. "Nguyeãn" =
//    Nguyễn, "Vaên" = Văn, "Tröôøng" = Trường, "ñ" = đ.
// Detection looks at a whole file's texts at once: single words are ambiguous between the two.

export type TextEncoding = 'unicode' | 'tcvn3' | 'vni'

/** TCVN3 letters in Vietnamese order, paired with their Unicode letters below. */
const TCVN3_CHARS = 'µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉËÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00adõøö÷ùúýûüþ®¡¢£¤¥¦§'
const TCVN3_UNICODE = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđĂÂÊÔƠƯĐ'

const TCVN3_MAP: ReadonlyMap<string, string> = (() => {
  const a = [...TCVN3_CHARS]
  const b = [...TCVN3_UNICODE]
  if (a.length !== b.length) throw new Error('TCVN3 table is misaligned')
  return new Map(a.map((ch, i) => [ch, b[i]]))
})()

/** Characters only TCVN3 uses (the 0xA1–0xBE block): never part of VNI or of Vietnamese Unicode. */
const TCVN3_ONLY = /[\u00a1-\u00be]/g

/** Letters that exist only in Vietnamese Unicode (ă đ ĩ ũ ơ ư and the U+1EA0 block). */
const UNICODE_VIETNAMESE =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/g

// ——— VNI-Windows ———

const ACUTE = '\u0301'
const GRAVE = '\u0300'
const HOOK = '\u0309'
const TILDE = '\u0303'
const DOT = '\u0323'
const CIRCUMFLEX = '\u0302'
const BREVE = '\u0306'
const HORN = '\u031b'

/** VNI tone marks after a, e, o, u, y, ơ, ư, in lower case; the upper-case mark is the same letter upper-cased. */
const VNI_TONES: [string, string][] = [
  ['ù', ACUTE],
  ['ø', GRAVE],
  ['û', HOOK],
  ['õ', TILDE],
  ['ï', DOT]
]
/** Circumflex (â ê ô) and its tones, one character each after a / e / o. */
const VNI_CIRCUMFLEX: [string, string][] = [
  ['â', ''],
  ['á', ACUTE],
  ['à', GRAVE],
  ['å', HOOK],
  ['ã', TILDE],
  ['ä', DOT]
]
/** Breve (ă) and its tones after a. */
const VNI_BREVE: [string, string][] = [
  ['ê', ''],
  ['é', ACUTE],
  ['è', GRAVE],
  ['ú', HOOK],
  ['ü', TILDE],
  ['ë', DOT]
]

const upper = (s: string): string => s.toUpperCase()
const compose = (base: string, ...marks: string[]): string => (base + marks.join('')).normalize('NFC')

/** VNI sequence → Unicode letter; longest sequences are matched first. */
const VNI_MAP: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>()
  const add = (seq: string, base: string, ...marks: string[]) => {
    // The letter's case follows the base letter; the mark may be typed in either case.
    for (const b of [base, upper(base)])
      for (const s of new Set([seq, upper(seq)])) map.set(b + s, compose(b, ...marks))
  }
  const addSingle = (seq: string, letter: string) => {
    map.set(seq, letter)
    map.set(upper(seq), upper(letter))
  }
  for (const v of ['a', 'e', 'o', 'u', 'y']) for (const [m, tone] of VNI_TONES) add(m, v, tone)
  for (const v of ['a', 'e', 'o'])
    for (const [m, tone] of VNI_CIRCUMFLEX) add(m, v, CIRCUMFLEX, ...(tone ? [tone] : []))
  for (const [m, tone] of VNI_BREVE) add(m, 'a', BREVE, ...(tone ? [tone] : []))
  // ơ = "ô", ư = "ö": single characters, then a tone mark may follow.
  for (const [seqBase, base] of [
    ['ô', 'o'],
    ['ö', 'u']
  ] as const) {
    addSingle(seqBase, compose(base, HORN))
    for (const [m, tone] of VNI_TONES) {
      for (const b of [seqBase, upper(seqBase)])
        for (const s of new Set([m, upper(m)])) {
          const letter = compose(b === seqBase ? base : upper(base), HORN, tone)
          map.set(b + s, letter)
        }
    }
  }
  // i and ỵ have one-character forms.
  addSingle('í', 'í')
  addSingle('ì', 'ì')
  addSingle('æ', 'ỉ')
  addSingle('ó', 'ĩ')
  addSingle('ò', 'ị')
  addSingle('î', 'ỵ')
  addSingle('ñ', 'đ')
  return map
})()

const VNI_PATTERN = new RegExp(
  [...VNI_MAP.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g'
)

/** A vowel followed by a VNI mark, or a VNI-only character: the signature of VNI text. */
const VNI_SIGNAL = /[aeiouyAEIOUY][ùøûõïâêáàåãäéèúüëÙØÛÕÏÂÊÁÀÅÃÄÉÈÚÜË]|[ôöÔÖ][ùøûõïÙØÛÕÏ]|[ñÑöÖæÆîÎøØûÛïÏ]/g

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0
}

/**
 * Guesses the encoding of a file's texts taken together. Unicode Vietnamese letters win outright;
 * TCVN3 is recognised by its 0xA1–0xBE letters (à á ă â ê ô ơ ư đ…, common in every name);
 * VNI by a vowel followed by a mark character.
 */
export function detectEncoding(texts: Iterable<string>): TextEncoding {
  let unicode = 0
  let tcvn3 = 0
  let vni = 0
  for (const t of texts) {
    if (!t) continue
    unicode += count(t, UNICODE_VIETNAMESE)
    tcvn3 += count(t, TCVN3_ONLY)
    vni += count(t, VNI_SIGNAL)
  }
  // Unicode text can look VNI-ish ("oà" in Hoàng): real Vietnamese Unicode letters outweigh it.
  if (unicode > 0 && unicode * 3 >= Math.max(tcvn3, vni)) return 'unicode'
  if (tcvn3 > 0 && tcvn3 * 2 >= vni) return 'tcvn3'
  if (vni > 0) return 'vni'
  return 'unicode'
}

/** A text holding letters only Vietnamese Unicode has: typed in Unicode, never to be converted. */
export function hasUnicodeVietnamese(text: string): boolean {
  return count(text, UNICODE_VIETNAMESE) > 0
}

export function tcvn3ToUnicode(text: string): string {
  let out = ''
  for (const ch of text) out += TCVN3_MAP.get(ch) ?? ch
  return out
}

export function vniToUnicode(text: string): string {
  return text.replace(VNI_PATTERN, (seq) => VNI_MAP.get(seq) ?? seq)
}

/** Converts a text from the given encoding to Unicode NFC. */
export function toUnicode(text: string, encoding: TextEncoding): string {
  if (encoding === 'tcvn3') return tcvn3ToUnicode(text).normalize('NFC')
  if (encoding === 'vni') return vniToUnicode(text).normalize('NFC')
  return text.normalize('NFC')
}

export const ENCODING_LABELS: Record<TextEncoding, string> = {
  unicode: 'Unicode',
  tcvn3: 'TCVN3 (ABC, phông .VnTime)',
  vni: 'VNI-Windows (phông VNI-Times)'
}
