/**
 * Reporting periods: `YYYY-MM` for a monthly obligation, `YYYY-Qn` for a quarterly one. A
 * period's report is due on day `dueDay` of the month after the period ends (default 5: the
 * first working days of the next month close the period's figures, and the Standing Office
 * consolidates before its mid-month review).
 */
export type Cadence = 'monthly' | 'quarterly'

export const DEFAULT_DUE_DAY = 5

/**
 * The years periods may fall in (the API refuses others): decades before the first notice and after any plan.
 * Every list of periods stops at them, so one obligation can never stand for more than 1,212 periods.
 */
export const FIRST_YEAR = 2000
export const LAST_YEAR = 2100
const FIRST_MONTH = FIRST_YEAR * 12
const LAST_MONTH = LAST_YEAR * 12 + 11

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/
const QUARTER = /^(\d{4})-Q([1-4])$/

/** Months since year 0 of the period's first month, and how many months it spans. */
function parse (period: string): { cadence: Cadence, firstMonth: number } | undefined {
  const month = MONTH.exec(period)
  if (month !== null) return { cadence: 'monthly', firstMonth: Number(month[1]) * 12 + Number(month[2]) - 1 }
  const quarter = QUARTER.exec(period)
  if (quarter !== null) return { cadence: 'quarterly', firstMonth: Number(quarter[1]) * 12 + (Number(quarter[2]) - 1) * 3 }
  return undefined
}

export function cadenceOf (period: string): Cadence | undefined {
  return parse(period)?.cadence
}

const span = (cadence: Cadence): number => cadence === 'monthly' ? 1 : 3

function iso (date: Date): string {
  return date.toISOString().slice(0, 10)
}

function monthStart (monthIndex: number): Date {
  return new Date(Date.UTC(Math.floor(monthIndex / 12), monthIndex % 12, 1))
}

function label (cadence: Cadence, firstMonth: number): string {
  const year = Math.floor(firstMonth / 12)
  const month = firstMonth % 12
  const yyyy = String(year).padStart(4, '0')
  return cadence === 'monthly' ? `${yyyy}-${String(month + 1).padStart(2, '0')}` : `${yyyy}-Q${Math.floor(month / 3) + 1}`
}

function required (period: string): { cadence: Cadence, firstMonth: number } {
  const parsed = parse(period)
  if (parsed === undefined) throw new Error(`not a period: ${period}`)
  return parsed
}

export function periodStart (period: string): string {
  return iso(monthStart(required(period).firstMonth))
}

export function periodEnd (period: string): string {
  const { cadence, firstMonth } = required(period)
  return iso(new Date(monthStart(firstMonth + span(cadence)).getTime() - 86400000))
}

/** Day `dueDay` of the month after the period ends. */
export function dueOn (period: string, dueDay: number): string {
  const { cadence, firstMonth } = required(period)
  return iso(new Date(Date.UTC(Math.floor((firstMonth + span(cadence)) / 12), (firstMonth + span(cadence)) % 12, dueDay)))
}

/** The period of `cadence` that contains the date (YYYY-MM-DD). */
export function periodOf (date: string, cadence: Cadence): string {
  const months = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1
  return label(cadence, cadence === 'monthly' ? months : months - (months % 3))
}

/** The same period moved into FIRST_YEAR … LAST_YEAR: a date outside them gives the nearest period within. */
export function withinRange (period: string): string {
  const { cadence, firstMonth } = required(period)
  return label(cadence, Math.min(Math.max(firstMonth, FIRST_MONTH), LAST_MONTH + 1 - span(cadence)))
}

/** The periods from `start` (not before FIRST_YEAR) to `end` (not after LAST_YEAR) while `more` holds. */
function periodsWhile (start: string, end: string | null, more: (period: string) => boolean): string[] {
  const { cadence, firstMonth } = required(start)
  const last = Math.min(LAST_MONTH, end === null ? LAST_MONTH : required(end).firstMonth)
  const periods: string[] = []
  for (let month = Math.max(firstMonth, FIRST_MONTH); month <= last; month += span(cadence)) {
    const period = label(cadence, month)
    if (!more(period)) break
    periods.push(period)
  }
  return periods
}

/**
 * The periods from `start` whose due date has passed as of `asOf` (due before that day), not
 * beyond `end`: the ones a report should exist for.
 */
export function duePeriods (start: string, end: string | null, dueDay: number, asOf: string): string[] {
  return periodsWhile(start, end, (period) => dueOn(period, dueDay) < asOf)
}

/** The periods from `start` that have begun by `asOf`, not beyond `end`. */
export function begunPeriods (start: string, end: string | null, asOf: string): string[] {
  return periodsWhile(start, end, (period) => periodStart(period) <= asOf)
}
