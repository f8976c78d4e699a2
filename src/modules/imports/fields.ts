import { findDocumentNumbers } from '../notices/document-number.js'
import { findDeadline, type DeadlineReading } from '../tasks/deadline.js'
import { MAX_TASK_CONTENT } from '../tasks/schemas.js'
import type { TaskDraft } from './schemas.js'

/** The most a task's content may hold, as the task API allows it. */
export const MAX_TASK_TEXT = MAX_TASK_CONTENT

/** Characters as JSON Schema's maxLength counts them: code points, not UTF-16 units. */
export function characters (text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0xdc00 || unit > 0xdfff || i === 0 || text.charCodeAt(i - 1) < 0xd800 || text.charCodeAt(i - 1) > 0xdbff) count++
  }
  return count
}

/** Whether a sentence names a deadline or a recurrence (what makes a closing sentence govern a list). */
export const hasDeadline = (text: string): boolean => {
  const reading = findDeadline(text)
  return reading.deadline !== null || reading.recurrence !== null
}

const RECURRENCE_PHRASE = /(?:định\s+kỳ\s+)?(?:hằng|hàng)\s+(?:tháng|quý|năm)[^.;]*/iu

/** Deadline and recurrence found in a node's text; a bare recurrence is a standing duty without a due date. */
export function readDeadlineOf (text: string, find: (text: string) => DeadlineReading = findDeadline): { deadline: TaskDraft['deadline'], recurrence: TaskDraft['recurrence'], warnings: string[] } {
  const { deadline, recurrence, warnings } = find(text)
  if (deadline !== null) return { deadline, recurrence, warnings }
  if (recurrence === null) return { deadline: null, recurrence, warnings }
  const phrase = RECURRENCE_PHRASE.exec(text)?.[0].trim() ?? null
  return { deadline: { kind: 'none', dueOn: null, text: phrase }, recurrence, warnings }
}

const NOTHING: DeadlineReading = { deadline: null, recurrence: null, warnings: [] }

/**
 * The deadline reader for one import: the structure reader and the drafts ask about the same texts, so each is
 * read once. A text longer than a task may be is not read at all (its node is reported instead): the reader's
 * cost grows faster than the text.
 */
export class Deadlines {
  private readonly readings = new Map<string, DeadlineReading>()

  private find (text: string): DeadlineReading {
    let reading = this.readings.get(text)
    if (reading === undefined) {
      reading = characters(text) > MAX_TASK_TEXT ? NOTHING : findDeadline(text)
      this.readings.set(text, reading)
    }
    return reading
  }

  readonly has = (text: string): boolean => {
    const { deadline, recurrence } = this.find(text)
    return deadline !== null || recurrence !== null
  }

  readonly of = (text: string): ReturnType<typeof readDeadlineOf> => readDeadlineOf(text, (t) => this.find(t))
}

// "khoản 1 Điều 2 Quyết định số …", "Phụ lục kèm theo Nghị quyết số …", "Điểm b, Mục 4 Phụ lục kèm theo Thông báo số …".
function taskRefBefore (before: string): string | null {
  const window = before.slice(-120)
  const point = /điểm\s+(\p{L}),?\s+mục\s+(\d+)[^.;]*$/iu.exec(window)
  if (point !== null) return `${point[2] ?? ''}.${point[1]?.toLowerCase() ?? ''}`
  const clause = /(khoản\s+\d+\s+điều\s+\d+)\s+\p{L}+(?:\s+\p{L}+)?\s+số\s*$/iu.exec(window)
  if (clause !== null) return clause[1] ?? null
  if (/tại\s+phụ\s+lục\s+kèm\s+theo\s+\p{L}+(?:\s+\p{L}+)?\s+số\s*$/iu.test(window)) return 'Phụ lục'
  return null
}

/** Document numbers the text cites, with the point of that document when the text names one. */
export function readReferences (text: string, ownNumber: string | null): TaskDraft['references'] {
  const normalized = text.normalize('NFC')
  return findDocumentNumbers(normalized).filter((number) => number !== ownNumber).map((documentNumber) => {
    const at = normalized.indexOf(documentNumber)
    return { documentNumber, taskRef: at < 0 ? null : taskRefBefore(normalized.slice(0, at)) }
  })
}
