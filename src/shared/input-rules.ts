/**
 * Rules every value of a request obeys whatever its route's schema says, applied by the shared
 * validator (server-options.ts) so no route can forget them. PostgreSQL refuses U+0000 in text
 * and an unpaired surrogate cannot be encoded as UTF-8: both would fail there as a 500.
 */
export const MAX_NESTING = 32
/** Longer URLs are refused with 414 (the query of any route fits well within it). */
export const MAX_URL_LENGTH = 8192

// Without the u flag a regular expression sees UTF-16 code units, so half a pair is visible.
// eslint-disable-next-line no-control-regex -- U+0000 is exactly what this refuses
const FORBIDDEN_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const FORBIDDEN_TEXT_ALL = new RegExp(FORBIDDEN_TEXT.source, 'g')
const INTEGER_TEXT = /^-?\d{1,16}$/
const DECIMAL_TEXT = /^-?\d{1,16}(\.\d{1,16})?$/

/** Shaped like an ajv error, so the problem handler reports it like any other validation failure. */
export interface InputIssue { instancePath: string, schemaPath: string, keyword: string, params: Record<string, never>, message: string }

const issue = (instancePath: string, keyword: string, message: string): InputIssue => ({ instancePath, schemaPath: '#', keyword, params: {}, message })

export function isCleanText (text: string): boolean {
  return !FORBIDDEN_TEXT.test(text)
}

function pointer (keys: string[]): string {
  // The offending name is echoed in the problem: never echo the bad code units themselves.
  return keys.map((key) => `/${key.replace(/~/g, '~0').replace(/\//g, '~1').replace(FORBIDDEN_TEXT_ALL, '\uFFFD')}`).join('')
}

interface Found { keys: string[], keyword: string, message: string }

// The path is built only on the way back from a finding: a large clean body costs no strings.
function find (value: unknown, depth: number): Found | undefined {
  if (typeof value === 'string') return isCleanText(value) ? undefined : { keys: [], keyword: 'text', message: 'must not contain U+0000 or an unpaired surrogate' }
  if (typeof value !== 'object' || value === null) return undefined
  if (depth >= MAX_NESTING) return { keys: [], keyword: 'nesting', message: `must not nest deeper than ${MAX_NESTING} levels` }
  const isArray = Array.isArray(value)
  for (const key of Object.keys(value)) {
    if (!isArray && !isCleanText(key)) return { keys: [key], keyword: 'text', message: 'name must not contain U+0000 or an unpaired surrogate' }
    const found = find((value as Record<string, unknown>)[key], depth + 1)
    if (found !== undefined) {
      found.keys.unshift(key)
      return found
    }
  }
  return undefined
}

/** The first string (or property name) with forbidden code units, or the first value nested too deeply. */
export function textOrNestingIssue (value: unknown): InputIssue | undefined {
  const found = find(value, 0)
  return found === undefined ? undefined : issue(pointer(found.keys), found.keyword, found.message)
}

/** A copy of a query, path or header object before coercion changes its values in place. */
export function snapshot (value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return {}
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, Array.isArray(item) ? [...item] : item]))
}

/**
 * Ajv's coercion reads " 1", "1e3", "0x10" and "Infinity" as numbers, and "1e309" as an
 * Infinity that passes every range check; a number in a query, path or header must be plain digits.
 */
export function numberTextIssue (raw: Record<string, unknown>, coerced: unknown): InputIssue | undefined {
  if (typeof coerced !== 'object' || coerced === null) return undefined
  for (const [key, value] of Object.entries(coerced)) {
    const texts = [raw[key]].flat()
    const numbers = [value].flat()
    for (const [index, number] of numbers.entries()) {
      const text = texts[Math.min(index, texts.length - 1)]
      // No text: a default the schema supplied.
      if (typeof number !== 'number' || typeof text !== 'string') continue
      const shape = Number.isInteger(number) ? INTEGER_TEXT : DECIMAL_TEXT
      if (!Number.isFinite(number) || !shape.test(text)) return issue(pointer([key]), 'digits', 'must be written as plain decimal digits')
    }
  }
  return undefined
}
