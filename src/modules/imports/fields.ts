import { findDocumentNumbers } from '../notices/document-number.js'
import { findDeadline } from '../tasks/deadline.js'
import type { Draft } from './schemas.js'

/** Whether a sentence names a deadline or a recurrence (what makes a closing sentence govern a list). */
export const hasDeadline = (text: string): boolean => {
  const reading = findDeadline(text)
  return reading.deadline !== null || reading.recurrence !== null
}

const RECURRENCE_PHRASE = /(?:định\s+kỳ\s+)?(?:hằng|hàng)\s+(?:tháng|quý|năm)[^.;]*/iu

/** Deadline and recurrence found in a node's text; a bare recurrence is a standing duty without a due date. */
export function readDeadlineOf (text: string): { deadline: Draft['deadline'], recurrence: Draft['recurrence'], warnings: string[] } {
  const { deadline, recurrence, warnings } = findDeadline(text)
  if (deadline !== null) return { deadline, recurrence, warnings }
  if (recurrence === null) return { deadline: null, recurrence, warnings }
  const phrase = RECURRENCE_PHRASE.exec(text)?.[0].trim() ?? null
  return { deadline: { kind: 'none', dueOn: null, text: phrase }, recurrence, warnings }
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
export function readReferences (text: string, ownNumber: string | null): Draft['references'] {
  const normalized = text.normalize('NFC')
  return findDocumentNumbers(normalized).filter((number) => number !== ownNumber).map((documentNumber) => {
    const at = normalized.indexOf(documentNumber)
    return { documentNumber, taskRef: at < 0 ? null : taskRefBefore(normalized.slice(0, at)) }
  })
}
