import { isRealIsoDate } from '../../shared/dates.js'
import { parseDocumentNumber } from '../notices/document-number.js'
import type { DeadlineKind, Recurrence } from '../../db/schema.js'
import type { Deadline } from './schemas.js'

export { isRealIsoDate as isRealDate } from '../../shared/dates.js'
export type { DeadlineKind, Recurrence } from '../../db/schema.js'
export interface DeadlineReading { deadline: Deadline | null, recurrence: Recurrence | null, warnings: string[] }

// ── Calendar ────────────────────────────────────────────────────────────────

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

function isLeapYear (year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** Number of days in a month (month 1–12). */
export function lastDayOfMonth (year: number, month: number): number {
  const days = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
  if (days === undefined) throw new RangeError(`there is no month ${month}`)
  return days
}

const endOfMonth = (year: number, month: number): string => `${pad(year, 4)}-${pad(month)}-${pad(lastDayOfMonth(year, month))}`

// ── What one time expression says ───────────────────────────────────────────

type Due = { kind: Exclude<DeadlineKind, 'none'>, dueOn: string } | { kind: 'none', dueOn: null }
/** A due date, or why the expression names no real one (completes the sentence `"<phrase>" …`). */
type Reading = Due | { problem: string }
type Groups = Record<string, string | undefined>

function readDay ({ day, month, year }: Groups): Reading {
  const iso = `${year ?? ''}-${pad(Number(month))}-${pad(Number(day))}`
  return isRealIsoDate(iso) ? { kind: 'date', dueOn: iso } : { problem: 'is not a real date' }
}

function readMonth ({ month, year }: Groups): Reading {
  const m = Number(month)
  return m >= 1 && m <= 12 ? { kind: 'month', dueOn: endOfMonth(Number(year), m) } : { problem: `names no month ${month ?? ''}` }
}

const QUARTERS: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, 1: 1, 2: 2, 3: 3, 4: 4 }

function readQuarter ({ quarter = '', year }: Groups): Reading {
  const q = QUARTERS[quarter.toUpperCase()]
  return q === undefined ? { problem: `names no quarter ${quarter}` } : { kind: 'quarter', dueOn: endOfMonth(Number(year), q * 3) }
}

function readHalf ({ months, part = '', year }: Groups): Reading {
  if (months !== undefined && Number(months) !== 6) return { problem: 'is not a half year' }
  return { kind: 'half', dueOn: endOfMonth(Number(year), part.toLowerCase() === 'đầu' ? 6 : 12) }
}

const readYear = ({ year }: Groups): Reading => ({ kind: 'year', dueOn: `${year ?? ''}-12-31` })
const readOngoing = (): Reading => ({ kind: 'none', dueOn: null })

// ── Patterns ────────────────────────────────────────────────────────────────
// Matching is on NFC text, case-insensitive with Unicode folding (Hoàn = hoàn) and \s+ between words,
// so hard line breaks from the PDFs and stray spaces do not break a phrase.

type Unit = 'day' | 'period' | 'year' | 'ongoing'
interface Pattern { unit: Unit, regex: RegExp, read: (groups: Groups) => Reading }

const pattern = (source: string): RegExp => new RegExp(source, 'giu')
const WORD_START = String.raw`(?<![\p{L}\p{M}\p{N}])`
const YEAR = String.raw`(?<year>\d{4})(?![\p{N}/])`
const DAY_LEAD = String.raw`(?<lead>(?:(?:chậm|muộn)\s+nhất\s+)?(?:(?:trước|kể\s+từ|từ|đến\s+hết|đến|tới|vào)\s+)?)`
const PERIOD_LEAD = String.raw`(?<lead>(?:(?:chậm|muộn)\s+nhất\s+)?(?:(?:trong|trước|đến\s+hết|đến|tới|hết|cuối|vào)\s+)?)`
const OF_YEAR = String.raw`(?:\s*/\s*|\s+năm\s+)${YEAR}`

// Order matters: a longer expression claims its words first ("quý I năm 2026" is not also "năm 2026").
const PATTERNS: Pattern[] = [
  { unit: 'day', read: readDay, regex: pattern(String.raw`${WORD_START}${DAY_LEAD}ngày\s+(?<day>\d{1,2})\s+tháng\s+(?<month>\d{1,2})\s+năm\s+${YEAR}`) },
  { unit: 'day', read: readDay, regex: pattern(String.raw`${WORD_START}${DAY_LEAD}(?:ngày\s+)?(?<![\p{N}./])(?<day>\d{1,2})\s*/\s*(?<month>\d{1,2})\s*/\s*${YEAR}`) },
  { unit: 'period', read: readHalf, regex: pattern(String.raw`${WORD_START}${PERIOD_LEAD}(?:(?<months>\d{1,2})\s+tháng|nửa)\s+(?<part>đầu|cuối)\s+năm\s+${YEAR}`) },
  { unit: 'period', read: readQuarter, regex: pattern(String.raw`${WORD_START}${PERIOD_LEAD}(?:quý|qúy)\s+(?<quarter>[IVX]+|\d{1,2})${OF_YEAR}`) },
  { unit: 'period', read: readMonth, regex: pattern(String.raw`${WORD_START}${PERIOD_LEAD}tháng\s+(?<month>\d{1,2})${OF_YEAR}`) },
  // A range ("năm 2026-2030") is a period of a plan, never a deadline.
  { unit: 'year', read: readYear, regex: pattern(String.raw`${WORD_START}${PERIOD_LEAD}năm\s+${YEAR}(?!\s*[-–]\s*\d)`) }
]

// Inside a task, "thường xuyên" is mostly an adverb ("cập nhật thường xuyên"); it names the deadline only as a label.
const ONGOING_LABEL: Pattern = { unit: 'ongoing', read: readOngoing, regex: pattern(String.raw`${WORD_START}(?:nhiệm\s+vụ\s+thường\s+xuyên|thời\s+hạn\s*:?\s*thường\s+xuyên|(?<=(?:^|[.;(])\s*)thường\s+xuyên(?=\s*(?:[.;)]|$)))`) }
const ONGOING_ANYWHERE: Pattern = { unit: 'ongoing', read: readOngoing, regex: pattern(String.raw`${WORD_START}thường\s+xuyên`) }

// ── Finding the expressions in a text ──────────────────────────────────────

type Lead = 'bare' | 'within' | 'by' | 'before' | 'horizon'
interface Mention { start: number, end: number, unit: Unit, lead: Lead, reading: Reading }

/** What the words in front of an expression make of it. */
function leadOf (lead: string, unit: Unit): Lead {
  const words = lead.toLowerCase().replace(/\s+/g, ' ').trim()
  const latest = /^(chậm|muộn) nhất/.test(words)
  const word = words.replace(/^(chậm|muộn) nhất ?/, '')
  if (unit !== 'day' && word === 'trước') return 'before'
  if (unit !== 'day' && (word === 'đến' || word === 'tới') && !latest) return 'horizon'
  if (latest || ['trước', 'đến', 'tới', 'đến hết', 'hết', 'cuối'].includes(word)) return 'by'
  return word === '' ? 'bare' : 'within'
}

function overlaps (mentions: Mention[], start: number, end: number): boolean {
  return mentions.some((m) => start < m.end && m.start < end)
}

function findMentions (text: string, patterns: Pattern[]): Mention[] {
  const mentions: Mention[] = []
  for (const { unit, regex, read } of patterns) {
    for (const match of text.matchAll(regex)) {
      const start = match.index
      const end = start + match[0].length
      if (overlaps(mentions, start, end)) continue
      const lead = leadOf(match.groups?.lead ?? '', unit)
      // "trước tháng 4/2026" means by 31 March, not by the end of April: say the day instead of guessing.
      const reading = lead === 'before' ? { problem: 'is ambiguous: "trước" a month, quarter or year names no day' } : read(match.groups ?? {})
      mentions.push({ start, end, unit, lead, reading })
    }
  }
  return mentions.sort((a, b) => a.start - b.start)
}

// ── Which expressions are deadlines ────────────────────────────────────────

type Mode = 'phrase' | 'sentence'
type Role = 'completion' | 'plain' | 'context'

const CLAUSE_END = /[.;!?](?=\s|$)|\(\d{1,2}\)|\n\s*[-+•]\s/gu
const COMPLETION_MARKER = /(?<![\p{L}\p{M}])(?:hoàn\s+thành|báo\s+cáo|chậm\s+nhất)(?![\p{L}\p{M}])/giu
const MAX_WORDS_FROM_MARKER = 10
const MAX_WORDS_FROM_PAST = 6

const wordCount = (text: string): number => text.split(/\s+/u).filter((word) => word !== '').length

/** Where the clause holding position `at` starts. */
function clauseStart (text: string, at: number): number {
  let start = 0
  for (const match of text.slice(0, at).matchAll(CLAUSE_END)) start = match.index + match[0].length
  return start
}

/** Start of the nearest "hoàn thành" / "báo cáo" / "chậm nhất" in the same clause, at most `maxWords` before. */
function completionMarkerBefore (text: string, at: number, maxWords: number): number | null {
  const from = clauseStart(text, at)
  const markers = [...text.slice(from, at).matchAll(COMPLETION_MARKER)]
  const last = markers[markers.length - 1]
  if (last === undefined) return null
  const gap = text.slice(from + last.index + last[0].length, at)
  return wordCount(gap) <= maxWords ? from + last.index : null
}

/** "Nghị quyết số 57-NQ/TW ngày 22/12/2024": the date of a cited document. */
function followsDocumentNumber (text: string, at: number): boolean {
  const token = /(\S+?)[\s,]*$/u.exec(text.slice(0, at))?.[1] ?? ''
  return parseDocumentNumber(token.replace(/^\(/, '')) !== null
}

/** "các Luật đã được Quốc hội thông qua trong năm 2025": something already done, not something to do. */
function followsPastTense (text: string, at: number): boolean {
  const clause = text.slice(clauseStart(text, at), at).split(/\s+/u).filter((word) => word !== '')
  return clause.slice(-MAX_WORDS_FROM_PAST).some((word) => word.toLowerCase() === 'đã')
}

const followsTaskNoun = (text: string, at: number): boolean => /nhiệm\s+vụ\s*$/iu.test(text.slice(0, at))
const precedesLaterYears = (text: string, at: number): boolean => /^\s+và\s+(?:các|những)\s+năm\s+(?:tiếp\s+theo|sau)/iu.test(text.slice(at))

/** Whether an expression is the completion deadline, a plain period, or context; and where its phrase starts. */
function roleOf (text: string, mention: Mention, mode: Mode): { role: Role, start: number } {
  const { start, unit, lead } = mention
  if (unit === 'ongoing') return { role: 'plain', start }
  if (lead === 'horizon' || precedesLaterYears(text, mention.end)) return { role: 'context', start }
  const bareDayOrYear = lead === 'bare' && (unit === 'day' || unit === 'year')
  if (bareDayOrYear && followsDocumentNumber(text, start)) return { role: 'context', start }
  // A bare date or year belongs to the marker only when it follows it directly ("hoàn thành năm 2026");
  // further on it is the date of a document or the year of a programme.
  const marker = completionMarkerBefore(text, start, bareDayOrYear ? 0 : MAX_WORDS_FROM_MARKER)
  if (marker !== null) return { role: 'completion', start: marker }
  if (lead === 'by' || lead === 'before') return { role: 'completion', start }
  if (mode === 'phrase') return { role: 'plain', start }
  const isContext = bareDayOrYear || followsPastTense(text, start) || followsTaskNoun(text, start)
  return { role: isContext ? 'context' : 'plain', start }
}

// ── Recurrence ──────────────────────────────────────────────────────────────

const RECURRENCE = /(?<![\p{L}\p{M}])(?:định\s+kỳ\s+)?(?:hằng|hàng)\s+(?<period>tháng|quý|năm)(?![\p{L}\p{M}])(?!\s+\d)/giu
const PERIODIC_WITHOUT_PERIOD = /(?<![\p{L}\p{M}])định\s+kỳ(?![\p{L}\p{M}])(?!\s+(?:hằng|hàng)\s+(?:tháng|quý|năm))(?:\s+[^\s.;,]+){0,4}/giu
// "năm 2026 và hằng năm" qualifies a programme (of 2026 and of every year), it does not repeat the task.
const COORDINATED_WITH_PERIOD = /(?:năm|tháng|quý)\s+\S+\s+(?:và|hoặc)\s+$/iu
const RECURRENCES: Record<string, Recurrence> = { tháng: 'monthly', quý: 'quarterly', năm: 'yearly' }

function readRecurrence (text: string): { recurrence: Recurrence | null, warnings: string[] } {
  const found = [...text.matchAll(RECURRENCE)].filter((match) => !COORDINATED_WITH_PERIOD.test(text.slice(0, match.index)))
  const warnings = [...text.matchAll(PERIODIC_WITHOUT_PERIOD)]
    .map((match) => `"${display(match[0])}" names no period (hằng tháng, hằng quý, hằng năm); no recurrence read`)
  const [first, ...others] = found
  if (first === undefined) return { recurrence: null, warnings }
  const recurrence = RECURRENCES[first.groups?.period?.toLowerCase() ?? ''] ?? null
  for (const other of others) {
    if (RECURRENCES[other.groups?.period?.toLowerCase() ?? ''] !== recurrence) {
      warnings.push(`also mentions "${display(other[0])}"; "${display(first[0])}" is taken as the recurrence`)
    }
  }
  return { recurrence, warnings }
}

// ── Putting it together ────────────────────────────────────────────────────

/** NFC, without markdown bold; offsets into this string are what the patterns report. */
const prepare = (text: string): string => text.normalize('NFC').replace(/\*\*/g, '')
/** How a phrase is kept: trimmed, line breaks and runs of spaces (PDF extraction noise) made one space. */
const display = (text: string): string => text.replace(/\s+/gu, ' ').trim()

const isDue = (reading: Reading): reading is Due => !('problem' in reading)
const sameDue = (a: Reading, b: Reading): boolean => isDue(a) && isDue(b) && a.kind === b.kind && a.dueOn === b.dueOn

interface Candidate { phrase: string, reading: Reading, role: Role }
interface Choice { chosen: Candidate | null, recurrence: Recurrence | null, warnings: string[] }

function choose (text: string, mode: Mode): Choice {
  const patterns = [...PATTERNS, mode === 'phrase' ? ONGOING_ANYWHERE : ONGOING_LABEL]
  const candidates = findMentions(text, patterns)
    .map((mention): Candidate => {
      const { role, start } = roleOf(text, mention, mode)
      return { phrase: display(text.slice(start, mention.end)), reading: mention.reading, role }
    })
    .filter((candidate) => candidate.role !== 'context')
  const chosen = candidates.find((candidate) => candidate.role === 'completion') ?? candidates[0] ?? null
  const warnings: string[] = []
  if (chosen !== null && !isDue(chosen.reading)) warnings.push(`"${chosen.phrase}" ${chosen.reading.problem}; kept as text without a due date`)
  for (const other of candidates) {
    if (chosen !== null && other !== chosen && !sameDue(other.reading, chosen.reading)) {
      warnings.push(`also mentions "${other.phrase}"; "${chosen.phrase}" is taken as the deadline`)
    }
  }
  const { recurrence, warnings: recurrenceWarnings } = readRecurrence(text)
  return { chosen, recurrence, warnings: [...warnings, ...recurrenceWarnings] }
}

function deadlineOf (reading: Reading, text: string): Deadline {
  return isDue(reading) ? { kind: reading.kind, dueOn: reading.dueOn, text } : { kind: 'none', dueOn: null, text }
}

/**
 * Reads a deadline phrase as a client sends it ("Hoàn thành trong quý II/2026"). The whole phrase is kept as
 * `text`; what it cannot read becomes kind none with a warning, never a guess.
 */
export function readDeadline (text: string): DeadlineReading {
  const prepared = prepare(text)
  const phrase = display(prepared)
  if (phrase === '') return { deadline: null, recurrence: null, warnings: ['the deadline phrase is empty'] }
  const { chosen, recurrence, warnings } = choose(prepared, 'phrase')
  if (chosen !== null) return { deadline: deadlineOf(chosen.reading, phrase), recurrence, warnings }
  // A bare recurrence ("Định kỳ hằng tháng báo cáo") is understood: a standing duty without a due date.
  const unread = recurrence === null ? [`cannot read a deadline in "${phrase}"`] : []
  return { deadline: { kind: 'none', dueOn: null, text: phrase }, recurrence, warnings: [...unread, ...warnings] }
}

/**
 * Finds the deadline and recurrence inside a task's text. Dates of cited documents, years in titles and goal
 * horizons are context, not deadlines; when two deadlines remain, the one governing completion wins and the
 * other is reported in a warning.
 */
export function findDeadline (content: string): DeadlineReading {
  const { chosen, recurrence, warnings } = choose(prepare(content), 'sentence')
  return { deadline: chosen === null ? null : deadlineOf(chosen.reading, chosen.phrase), recurrence, warnings }
}
