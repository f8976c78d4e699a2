import { Type, type Static } from 'typebox'
import { Value } from 'typebox/value'
import { isRealIsoDate } from './shared/dates.js'

const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })
// A setting marked secret (a key, or a URL that may carry a password) is never echoed in an error.
const PostgresUrl = Type.String({ pattern: '^postgres(ql)?://', secret: true })

export const DEFAULT_BACKDATE_DAYS = 30

/** How long the HTTP server waits on a client, in milliseconds (src/server-options.ts applies them). */
export const DEFAULT_HTTP_TIMEOUTS = {
  /** The whole request, body included, must arrive within this (then 408). */
  HTTP_REQUEST_TIMEOUT_MS: 30_000,
  /** The request line and headers must arrive within this (then 408): a slowloris client is cut off early. */
  HTTP_HEADERS_TIMEOUT_MS: 10_000,
  // Longer than the 60 s idle timeout of common load balancers and proxies (AWS ALB, nginx's
  // keepalive_timeout): the proxy must be the side that closes an idle connection. Were the service
  // first, a request the proxy sends on the connection as it closes would fail (a 502 to the caller).
  HTTP_KEEP_ALIVE_TIMEOUT_MS: 72_000,
  // Socket idle time while a request is read or answered: drops a client that stops reading its answer
  // or vanished mid-answer, which the two timeouts above do not cover. Longer than the request timeout
  // (so a stalled body gets its 408 first) and than a handler stays silent (each database wait ends
  // within DB_QUERY_TIMEOUT_MS, 15 s by default).
  HTTP_CONNECTION_TIMEOUT_MS: 60_000
} as const
// Node's timers hold at most 2^31 - 1 ms; a longer socket timeout would fire after 1 ms.
const TimeoutMs = (name: keyof typeof DEFAULT_HTTP_TIMEOUTS): ReturnType<typeof Type.Integer> =>
  Type.Integer({ minimum: 100, maximum: 2_147_483_647, default: DEFAULT_HTTP_TIMEOUTS[name] })

export const ConfigSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1' }),
  DATABASE_URL: Type.Optional(PostgresUrl),
  DATABASE_OWNER_URL: Type.Optional(PostgresUrl),
  DATA_DIR: Type.String({ minLength: 1, default: '.data' }),
  EMBEDDED_PG_PORT: Type.Optional(Type.Integer({ minimum: 1, maximum: 65535 })),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'info' }),
  TODAY: Type.Optional(IsoDate),
  DB_POOL_SIZE: Type.Integer({ minimum: 1, maximum: 100, default: 10 }),
  DB_CONNECT_TIMEOUT_MS: Type.Integer({ minimum: 100, default: 1500 }),
  DB_STATEMENT_TIMEOUT_MS: Type.Integer({ minimum: 100, default: 10000 }),
  DB_QUERY_TIMEOUT_MS: Type.Integer({ minimum: 100, default: 15000 }),
  DB_PROBE_TIMEOUT_MS: Type.Integer({ minimum: 100, default: 1000 }),
  BODY_LIMIT: Type.Integer({ minimum: 1024, default: 1048576 }),
  HTTP_REQUEST_TIMEOUT_MS: TimeoutMs('HTTP_REQUEST_TIMEOUT_MS'),
  HTTP_HEADERS_TIMEOUT_MS: TimeoutMs('HTTP_HEADERS_TIMEOUT_MS'),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: TimeoutMs('HTTP_KEEP_ALIVE_TIMEOUT_MS'),
  HTTP_CONNECTION_TIMEOUT_MS: TimeoutMs('HTTP_CONNECTION_TIMEOUT_MS'),
  ADMIN_API_KEY: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{24,200}$', secret: true })),
  RATE_LIMIT_PER_MINUTE: Type.Integer({ minimum: 1, default: 1200 }),
  WEBHOOK_POLL_MS: Type.Integer({ minimum: 0, default: 1000, description: '0 turns the dispatcher off in this instance' }),
  WEBHOOK_TIMEOUT_MS: Type.Integer({ minimum: 100, default: 5000 }),
  WEBHOOK_RETRY_BASE_MS: Type.Integer({ minimum: 10, default: 10000 }),
  WEBHOOK_MAX_ATTEMPTS: Type.Integer({ minimum: 1, default: 8 }),
  WEBHOOK_ALLOWED_HOSTS: Type.String({ default: '', pattern: '^(\\[?[\\w.:-]+\\]?(/\\d{1,3})?(\\s*,\\s*\\[?[\\w.:-]+\\]?(/\\d{1,3})?)*)?$', description: 'Internal receivers webhooks may reach: host names, addresses or CIDRs, comma-separated' }),
  DONE_ON_BACKDATE_DAYS: Type.Integer({ minimum: 0, maximum: 3660, default: DEFAULT_BACKDATE_DAYS, description: 'A done date a reporter names more than this many days before the day it reports it waits for the Standing Office\'s review' }),
  RANKING_DISBURSEMENT_WEIGHT: Type.Number({ minimum: 0, maximum: 100, default: 0, description: 'Index points a fully disbursed allocation adds to an agency in the published ranking; 0 (the default) until the Standing Office sets one' }),
  CORS_ORIGINS: Type.String({ default: '', pattern: '^(https?://[^,\\s]+(,https?://[^,\\s]+)*)?$' }),
  TLS_TERMINATED: Type.Boolean({ default: false, description: 'Browsers reach the service over HTTPS only (TLS ends at it or at a proxy in front): pages then ask them to upgrade every http:// fetch' })
})

export type Config = Static<typeof ConfigSchema>

export class ConfigError extends Error {}

function invalid (name: string, value: unknown, rule: string): ConfigError {
  const secret = (ConfigSchema.properties as Record<string, { secret?: boolean } | undefined>)[name]?.secret === true
  return new ConfigError(`Invalid environment variable ${name}${secret ? ' (secret: value not shown)' : `=${JSON.stringify(value ?? '')}`}: ${rule}`)
}

/** Reads the environment once; the first bad variable is named, with the rule it breaks, in a one-line error. */
export function loadConfig (env: NodeJS.ProcessEnv = process.env): Config {
  const raw: Record<string, unknown> = {}
  for (const key of Object.keys(ConfigSchema.properties)) {
    const value = env[key]
    if (value !== undefined && value !== '') raw[key] = value
  }
  const withDefaults = Value.Default(ConfigSchema, Value.Convert(ConfigSchema, raw)) as Config
  const firstError = Value.Errors(ConfigSchema, withDefaults)[0]
  if (firstError !== undefined) {
    const name = firstError.instancePath.replace(/^\//, '') || String(Object.values(firstError.params)[0] ?? '')
    throw invalid(name, raw[name], firstError.message)
  }
  for (const name of ['DATABASE_URL', 'DATABASE_OWNER_URL'] as const) {
    // Said here in one line; later, new URL() (src/db/roles.ts) would throw an error carrying the whole string, password included.
    const url = withDefaults[name]
    if (url !== undefined && !URL.canParse(url)) throw invalid(name, url, 'must be a valid URL (percent-encode special characters in the user name and password)')
  }
  // Node measures both from the first byte of a request: headers allowed longer than the whole request could never use it.
  if (withDefaults.HTTP_HEADERS_TIMEOUT_MS > withDefaults.HTTP_REQUEST_TIMEOUT_MS) {
    throw invalid('HTTP_HEADERS_TIMEOUT_MS', raw.HTTP_HEADERS_TIMEOUT_MS ?? withDefaults.HTTP_HEADERS_TIMEOUT_MS, `must not exceed HTTP_REQUEST_TIMEOUT_MS (${withDefaults.HTTP_REQUEST_TIMEOUT_MS})`)
  }
  if (withDefaults.TODAY !== undefined && !isRealIsoDate(withDefaults.TODAY)) throw invalid('TODAY', withDefaults.TODAY, 'must be a real date')
  return withDefaults
}
