const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** True for a `YYYY-MM-DD` string naming a day that exists (no 2026-02-30). */
export function isRealIsoDate (value: string): boolean {
  const match = ISO_DATE.exec(value)
  if (match === null) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

const vietnamDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' })

/** The calendar date in Vietnam, which is what "today" means for every deadline. */
export function vietnamToday (now: Date = new Date()): string {
  return vietnamDate.format(now)
}

/** Whole days from one `YYYY-MM-DD` to another (negative when `to` comes first). */
export function daysBetween (from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86400000)
}
