export interface DocumentNumber { number: string, serial: string, year: number | null, kind: string, issuer: string }

const SERIAL = String.raw`\d+(?:\.\d+)*`
const CODE = String.raw`\p{L}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*`

// Party style: serial-KIND/ISSUER, e.g. 17-TB/CQTTBCĐ, 57-NQ/TW.
const PARTY = new RegExp(String.raw`^(?<serial>${SERIAL})-(?<kind>\p{L}+)/(?<issuer>${CODE})$`, 'u')
// State style: serial[/year]/KIND-ISSUER, e.g. 1131/QĐ-TTg, 66.7/2025/NQ-CP.
const STATE = new RegExp(String.raw`^(?<serial>${SERIAL})(?:/(?<year>\d{4}))?/(?<kind>\p{L}+)-(?<issuer>${CODE})$`, 'u')
// Laws and resolutions of the National Assembly carry the legislature instead: 93/2025/QH15.
const LEGISLATURE = new RegExp(String.raw`^(?<serial>${SERIAL})/(?<year>\d{4})/(?<issuer>(?<kind>\p{Lu}+)\p{N}+)$`, 'u')

// Kinds of Decree 30/2020/NĐ-CP and the legal-document law. An official letter (công văn) has no kind:
// "1234/VPCP-KGVX" is the Government Office's letter from its KGVX unit, so an unknown first part means CV.
const STATE_KINDS = new Set([
  'NQ', 'QĐ', 'CT', 'QC', 'QYĐ', 'TC', 'TB', 'HD', 'CTR', 'KH', 'PA', 'ĐA', 'DA', 'BC', 'BB', 'TTR', 'HĐ', 'CĐ',
  'BGN', 'BTT', 'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC', 'PB', 'TT', 'NĐ', 'TTLT', 'NQLT', 'L', 'PL', 'LCT', 'KL', 'CV'
])

const DASHES = /[\u2010-\u2015\u2212]/g

/** Trimmed, NFC, one kind of dash and no spaces around '/' or '-'; letters keep the case they were written in. */
function canonical (input: string): string {
  return input.normalize('NFC')
    .replace(/\u00D0/g, 'Đ').replace(/\u00F0/g, 'đ') // PDFs often carry the look-alike Icelandic eth
    .replace(DASHES, '-')
    .trim()
    .replace(/\s*([/-])\s*/g, '$1')
}

function parseState (number: string): DocumentNumber | null {
  const groups = STATE.exec(number)?.groups
  if (groups?.serial === undefined || groups.kind === undefined || groups.issuer === undefined) return null
  const year = groups.year === undefined ? null : Number(groups.year)
  const isLetter = year === null && !STATE_KINDS.has(groups.kind.toUpperCase())
  if (isLetter) return { number, serial: groups.serial, year, kind: 'CV', issuer: `${groups.kind}-${groups.issuer}` }
  return { number, serial: groups.serial, year, kind: groups.kind, issuer: groups.issuer }
}

function parseParty (number: string): DocumentNumber | null {
  const groups = PARTY.exec(number)?.groups
  if (groups?.serial === undefined || groups.kind === undefined || groups.issuer === undefined) return null
  return { number, serial: groups.serial, year: null, kind: groups.kind, issuer: groups.issuer }
}

function parseLegislature (number: string): DocumentNumber | null {
  const groups = LEGISLATURE.exec(number)?.groups
  if (groups?.serial === undefined || groups.kind === undefined || groups.issuer === undefined) return null
  return { number, serial: groups.serial, year: Number(groups.year), kind: groups.kind, issuer: groups.issuer }
}

/** Reads a Party-style (17-TB/CQTTBCĐ) or State-style (21/2026/QĐ-TTg) number; null when it is neither. */
export function parseDocumentNumber (input: string): DocumentNumber | null {
  const number = canonical(input)
  if (/\s/u.test(number)) return null
  return parseParty(number) ?? parseState(number) ?? parseLegislature(number)
}

// A run of number-like characters starting with a digit that does not continue a word or another number.
const CANDIDATE = /(?<![\p{L}\p{N}./\u2010-\u2015-])\d[\p{L}\p{N}./\u2010-\u2015-]*/gu

/** Every document number a text mentions, canonical, in order of first mention. */
export function findDocumentNumbers (text: string): string[] {
  const found = new Set<string>()
  for (const match of text.normalize('NFC').matchAll(CANDIDATE)) {
    const parsed = parseDocumentNumber(match[0].replace(/[./\u2010-\u2015-]+$/u, ''))
    if (parsed !== null) found.add(parsed.number)
  }
  return [...found]
}
