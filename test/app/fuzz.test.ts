import fc from 'fast-check'
import t from 'tap'
import { buildTestApp } from '../helper.js'

// DESIGN §8: bad input is a 4xx, never a 5xx. Requests are generated from the served OpenAPI
// document — valid values, boundaries, non-finite and huge numbers, control and non-BMP
// characters, unknown properties — on a fixed seed. FUZZ_RUNS and FUZZ_SEED run it longer.
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000)
const SEED = Number(process.env.FUZZ_SEED ?? 57)

type Schema = Record<string, any>
interface Operation { method: string, path: string, parameters: Schema[], body?: Schema }

// JSON cannot spell these numbers; they are written into the body text as they are.
const RAW_NUMBERS = ['1e309', '-1e309', '1e-400', '9007199254740993', '2147483648', '-0', '1.5', '1E2']
const rawToken = (n: number): string => `@@raw${n}@@`

const hostileText = fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\ud800', '\udfff', '𝕏𝔸', 'é', '%', '_', '\\', '%_\\',
  "'; drop table task; --", '<script>alert(1)</script>', 'a'.repeat(5000), '\u202e', '\r\n', 'Bộ Công an', '0', '-1', 'null', 'true')
const hostileNumber = fc.constantFrom(0, -1, 1, 2147483647, 2147483648, -2147483649, Number.MAX_SAFE_INTEGER, 0.5, -0.0001)
const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  hostileText, hostileNumber, fc.constant(null), fc.constant({}), fc.constant([]), fc.boolean(),
  fc.integer({ min: 0, max: RAW_NUMBERS.length - 1 }).map(rawToken),
  fc.constant(JSON.parse('['.repeat(200) + ']'.repeat(200)) as unknown)
)
const hostileParam = fc.constantFrom('Infinity', '-Infinity', 'NaN', '1e309', '-1e309', ' 1', '1 ', '1.5', '0x10', '+1', '-1', '0',
  '2147483648', '99999999999999999999', '%00', 'a%00b', '%ED%A0%80', '%F0%9F%98%80', '%25', '%5F', '%5C', "'%20or%201=1--", 'true', '',
  'WzEuNWUzMDhd', 'W10', 'eyJhIjoxfQ', 'x'.repeat(3000), '2026-02-30', '0757-05', '9999-12-31', 'null')

function valueFor (schema: Schema, resolve: (s: Schema) => Schema, depth: number): fc.Arbitrary<unknown> {
  const s = resolve(schema)
  if (s.enum !== undefined) return fc.constantFrom(...(s.enum as unknown[]))
  if (s.const !== undefined) return fc.constant(s.const)
  const variants = s.anyOf ?? s.oneOf
  if (variants !== undefined) return fc.oneof(...(variants as Schema[]).map((v) => valueFor(v, resolve, depth)))
  if (Array.isArray(s.type)) return fc.oneof(...(s.type as string[]).map((type) => valueFor({ ...s, type }, resolve, depth)))
  switch (s.type) {
    case 'integer': return fc.integer({ min: s.minimum ?? -1000, max: Math.min(s.maximum ?? 1000, (s.minimum ?? 0) + 1000) })
    case 'number': return fc.double({ min: s.minimum ?? -1000, max: s.maximum ?? 1000, noNaN: true })
    case 'boolean': return fc.boolean()
    case 'null': return fc.constant(null)
    case 'string':
      if (s.examples?.[0] !== undefined || s.example !== undefined) return fc.constant(s.examples?.[0] ?? s.example)
      if (s.format === 'date') return fc.constantFrom('2026-04-30', '2026-01-01', '2025-12-29')
      if (s.format === 'date-time') return fc.constant('2026-04-30T00:00:00Z')
      if (s.format === 'uri') return fc.constant('https://203.0.113.10/a') // a name would be looked up in DNS, off this machine
      if (s.pattern !== undefined) return fc.stringMatching(new RegExp(s.pattern as string)).filter((v) => v.length <= (s.maxLength ?? 200))
      return fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 40, 40) })
    case 'array':
      if (depth > 3) return fc.constant([])
      return fc.array(valueFor(s.items ?? {}, resolve, depth + 1), { maxLength: Math.min(s.maxItems ?? 3, 3) })
    case 'object': {
      if (depth > 3) return fc.constant({})
      const properties = Object.entries((s.properties ?? {}) as Record<string, Schema>)
      const required = new Set<string>(s.required ?? [])
      return fc.record(Object.fromEntries(properties.map(([name, p]) => [name, valueFor(p, resolve, depth + 1)])),
        { requiredKeys: properties.map(([name]) => name).filter((name) => required.has(name)) })
    }
    default: return fc.constant('x')
  }
}

/** A valid-looking value, now and then with one part made hostile or an unknown property added. */
function mutated (valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const spoil = (value: unknown, hostile: unknown, at: number): unknown => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const keys = Object.keys(value)
      if (keys.length === 0 || at % 5 === 0) return { ...value, unexpected: hostile }
      const key = keys[at % keys.length] as string
      return { ...value, [key]: spoil((value as Record<string, unknown>)[key], hostile, Math.floor(at / 7)) }
    }
    if (Array.isArray(value) && value.length > 0) return value.map((item, i) => i === at % value.length ? spoil(item, hostile, at) : item)
    return hostile
  }
  return fc.oneof(
    { weight: 1, arbitrary: valid },
    { weight: 3, arbitrary: fc.tuple(valid, hostileJson, fc.nat()).map(([value, hostile, at]) => spoil(value, hostile, at)) }
  )
}

function bodyText (value: unknown): string {
  return JSON.stringify(value).replace(/"@@raw(\d+)@@"/g, (_m, n: string) => RAW_NUMBERS[Number(n)] as string)
}

t.test('no request generated from the contract gets a 5xx, and every error is problem+json', async (t) => {
  const { app, inject } = await buildTestApp(t, { today: '2026-04-15' })
  const document = (await app.inject({ method: 'GET', url: '/openapi.json' })).json() as Schema
  const resolve = (s: Schema): Schema => typeof s.$ref === 'string' ? resolve(document.components.schemas[(s.$ref as string).split('/').pop() as string] as Schema) : s
  // Revoking keys would sooner or later revoke the fuzzer's own, leaving only 401s to see.
  const selfHarm = (method: string, path: string): boolean => method === 'delete' && path.startsWith('/v1/api-keys/')
  const operations: Operation[] = Object.entries(document.paths as Record<string, Record<string, Schema>>).flatMap(([path, methods]) =>
    Object.entries(methods).filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method) && !selfHarm(method, path)).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      parameters: (op.parameters ?? []) as Schema[],
      body: op.requestBody?.content?.['application/json']?.schema as Schema | undefined
    })))

  const request = fc.nat({ max: operations.length - 1 }).chain((index) => {
    const op = operations[index] as Operation
    const params = op.parameters.map((p) => {
      const value = fc.oneof(
        { weight: 2, arbitrary: valueFor(p.schema as Schema, resolve, 0).map((v) => encodeURIComponent(String(v))) },
        { weight: 1, arbitrary: hostileParam }
      )
      return (p.required === true ? value : fc.option(value, { nil: undefined, freq: 3 })).map((v) => [p, v] as const)
    })
    const body = op.body === undefined ? fc.constant(undefined) : mutated(valueFor(op.body, resolve, 0))
    return fc.tuple(fc.constant(op), fc.tuple(...params), body, fc.boolean())
  })

  const failures: string[] = []
  const statuses = new Map<number, number>()
  const samples = fc.sample(request, { seed: SEED, numRuns: RUNS })
  for (const [op, params, body, unknownQuery] of samples) {
    let url = op.path
    const query: string[] = unknownQuery ? ['zzz=1'] : []
    const headers: Record<string, string> = {}
    for (const [p, value] of params) {
      if (value === undefined) continue
      if (p.in === 'path') url = url.replace(`{${p.name as string}}`, value)
      else if (p.in === 'query') query.push(`${encodeURIComponent(p.name as string)}=${value}`)
      else if (p.in === 'header') headers[p.name as string] = decodeURIComponentSafe(value)
    }
    url = url.replace(/\{[^}]+\}/g, '1') + (query.length > 0 ? `?${query.join('&')}` : '')
    const res = await inject({
      method: op.method as 'GET',
      url,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { payload: bodyText(body) })
    })
    statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1)
    const problem = res.headers['content-type']?.toString().startsWith('application/problem+json') === true
    if (res.statusCode >= 500 || (res.statusCode >= 400 && !problem)) {
      failures.push(`${op.method} ${url.slice(0, 200)} → ${res.statusCode} ${res.body.slice(0, 160)}`)
    }
  }
  t.comment(`${samples.length} requests over ${operations.length} operations; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`)
  t.equal(samples.length, RUNS)
  t.ok((statuses.get(401) ?? 0) < RUNS / 20, 'the key stays valid: answers come from the routes, not from authentication')
  t.same(failures, [], `${failures.length} answers were a 5xx or an error that is not problem+json`)
})

function decodeURIComponentSafe (value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
