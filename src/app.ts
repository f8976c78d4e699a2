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
import schemas from './plugins/schemas.js'
import metrics from './plugins/metrics.js'
import auth from './plugins/auth.js'
import security from './plugins/security.js'
import input from './plugins/input.js'
import httpSemantics from './plugins/http-semantics.js'
import idempotency from './plugins/idempotency.js'
import webhooks from './plugins/webhooks.js'
import webhookRoutes from './modules/webhooks/routes.js'
import healthRoutes from './modules/health/routes.js'
import agencyRoutes from './modules/agencies/routes.js'
import noticeRoutes from './modules/notices/routes.js'
import taskRoutes from './modules/tasks/routes.js'
import assignmentRoutes from './modules/assignments/routes.js'
import apiKeyRoutes from './modules/api-keys/routes.js'
import auditRoutes from './modules/audit/routes.js'
import changeRoutes from './modules/changes/routes.js'
import feedRoutes from './modules/feeds/routes.js'
import importRoutes from './modules/imports/routes.js'
import catalogueRoutes from './modules/catalogue/routes.js'
import workingGroupRoutes from './modules/working-groups/routes.js'
import reportingObligationRoutes from './modules/reports/obligation-routes.js'
import reportRoutes from './modules/reports/routes.js'
import indicatorRoutes from './modules/reports/indicator-routes.js'

export interface AppOptions {
  config: Pick<Config, 'LOG_LEVEL' | 'BODY_LIMIT' | 'DB_POOL_SIZE' | 'TODAY' | 'ADMIN_API_KEY' | 'RATE_LIMIT_PER_MINUTE' | 'CORS_ORIGINS'> &
    Partial<Pick<Config, 'WEBHOOK_POLL_MS' | 'WEBHOOK_TIMEOUT_MS' | 'WEBHOOK_RETRY_BASE_MS' | 'WEBHOOK_MAX_ATTEMPTS' | 'WEBHOOK_ALLOWED_HOSTS' | 'DB_CONNECT_TIMEOUT_MS' | 'DB_STATEMENT_TIMEOUT_MS' | 'DB_QUERY_TIMEOUT_MS' | 'DB_PROBE_TIMEOUT_MS' | 'DONE_ON_BACKDATE_DAYS' | 'TLS_TERMINATED'>> &
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
  await app.register(schemas)
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

  await app.register(healthRoutes)
  await app.register(agencyRoutes, { prefix: '/v1' })
  await app.register(noticeRoutes, { prefix: '/v1' })
  await app.register(taskRoutes, { prefix: '/v1' })
  await app.register(assignmentRoutes, { prefix: '/v1', backdateDays: config.DONE_ON_BACKDATE_DAYS ?? DEFAULT_BACKDATE_DAYS })
  await app.register(apiKeyRoutes, { prefix: '/v1' })
  await app.register(auditRoutes, { prefix: '/v1' })
  await app.register(changeRoutes, { prefix: '/v1' })
  await app.register(feedRoutes, { prefix: '/v1' })
  await app.register(webhookRoutes, { prefix: '/v1' })
  await app.register(importRoutes, { prefix: '/v1' })
  await app.register(catalogueRoutes, { prefix: '/v1' })
  await app.register(workingGroupRoutes, { prefix: '/v1' })
  await app.register(reportingObligationRoutes, { prefix: '/v1' })
  await app.register(reportRoutes, { prefix: '/v1' })
  await app.register(indicatorRoutes, { prefix: '/v1' })
  return app
}
