import Fastify, { type FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { DEFAULT_BACKDATE_DAYS, type Config } from './config.js'
import { serverOptions, type HttpTimeouts } from './server-options.js'
import problems from './plugins/problems.js'
import database from './plugins/database.js'
import { DEFAULT_TIMEOUTS } from './db/database.js'
import clock from './plugins/clock.js'
import openapi from './plugins/openapi.js'
import contract from './plugins/contract.js'
import metrics from './plugins/metrics.js'
import auth from './plugins/auth.js'
import security from './plugins/security.js'
import input from './plugins/input.js'
import httpSemantics from './plugins/http-semantics.js'
import compression from './plugins/compression.js'
import idempotency from './plugins/idempotency.js'
import webhooks from './plugins/webhooks.js'
import modules from './modules/index.js'

export interface AppOptions {
  config: Pick<Config, 'LOG_LEVEL' | 'BODY_LIMIT' | 'DB_POOL_SIZE' | 'TODAY' | 'ADMIN_API_KEY' | 'RATE_LIMIT_PER_MINUTE' | 'CORS_ORIGINS'> &
    Partial<Pick<Config, 'WEBHOOK_POLL_MS' | 'WEBHOOK_TIMEOUT_MS' | 'WEBHOOK_RETRY_BASE_MS' | 'WEBHOOK_MAX_ATTEMPTS' | 'WEBHOOK_ALLOWED_HOSTS' | 'DB_CONNECT_TIMEOUT_MS' | 'DB_STATEMENT_TIMEOUT_MS' | 'DB_QUERY_TIMEOUT_MS' | 'DB_PROBE_TIMEOUT_MS' | 'DONE_ON_BACKDATE_DAYS' | 'TLS_TERMINATED' | 'RANKING_DISBURSEMENT_WEIGHT'>> &
    HttpTimeouts
  connectionString: string
  /** Overrides the logger of serverOptions (tests pass false). */
  logger?: boolean
}

export async function buildApp ({ config, connectionString, logger }: AppOptions): Promise<FastifyInstance> {
  const options = serverOptions(config)
  const app = Fastify(logger === undefined ? options : { ...options, logger }).withTypeProvider<TypeBoxTypeProvider>()
  const tlsTerminated = config.TLS_TERMINATED ?? false

  await app.register(problems)
  await app.register(security, { corsOrigins: config.CORS_ORIGINS.split(',').filter((o) => o !== ''), rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE, tlsTerminated })
  await app.register(input)
  await app.register(httpSemantics)
  await app.register(compression)
  await app.register(database, {
    connectionString,
    poolSize: config.DB_POOL_SIZE,
    timeouts: {
      connectMs: config.DB_CONNECT_TIMEOUT_MS ?? DEFAULT_TIMEOUTS.connectMs,
      statementMs: config.DB_STATEMENT_TIMEOUT_MS ?? DEFAULT_TIMEOUTS.statementMs,
      queryMs: config.DB_QUERY_TIMEOUT_MS ?? DEFAULT_TIMEOUTS.queryMs
    },
    probeTimeoutMs: config.DB_PROBE_TIMEOUT_MS ?? 1000
  })
  await app.register(clock, { today: config.TODAY })
  await app.register(auth, { adminApiKey: config.ADMIN_API_KEY, connectionString })
  await app.register(idempotency)
  const pollMs = config.WEBHOOK_POLL_MS ?? 0
  await app.register(webhooks, {
    allowedHosts: config.WEBHOOK_ALLOWED_HOSTS ?? '',
    dispatch: pollMs === 0
      ? undefined
      : { pollMs, timeoutMs: config.WEBHOOK_TIMEOUT_MS ?? 5000, retryBaseMs: config.WEBHOOK_RETRY_BASE_MS ?? 10000, maxAttempts: config.WEBHOOK_MAX_ATTEMPTS ?? 8, batch: 20 }
  })
  await app.register(contract)
  await app.register(openapi, { tlsTerminated })
  await app.register(metrics)

  await app.register(modules, { backdateDays: config.DONE_ON_BACKDATE_DAYS ?? DEFAULT_BACKDATE_DAYS, rankingDisbursementWeight: config.RANKING_DISBURSEMENT_WEIGHT ?? 0 })
  return app
}
