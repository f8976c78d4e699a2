import fp from 'fastify-plugin'
import metrics from 'fastify-metrics'
import { Type } from 'typebox'
import { feedLag, type FeedLag } from '../modules/changes/repository.js'

export default fp(async (app) => {
  // fastify-metrics ships CommonJS with an `exports.default`.
  await app.register(metrics.default, {
    clearRegisterOnInit: true,
    // The histogram gives latency per route and status; a summary would recompute quantiles on every request.
    routeMetrics: { enabled: { histogram: true, summary: false } },
    endpoint: {
      method: 'GET',
      url: '/metrics',
      logLevel: 'warn',
      config: { access: 'read', database: false },
      schema: {
        tags: ['health'],
        summary: 'Prometheus metrics: requests and latency per route and status, database pool use, change feed lag',
        operationId: 'getMetrics',
        produces: ['text/plain'],
        response: { 200: Type.String({ description: 'Prometheus text exposition format' }) }
      },
      handler: () => undefined
    }
  })
  const client = app.metrics.client
  const stats = app.dbPoolStats
  // eslint-disable-next-line no-new -- a metric registers itself with the registry
  new client.Gauge({
    name: 'db_pool_connections',
    help: 'Database pool connections by state',
    labelNames: ['state'],
    collect () {
      const { total, idle, waiting } = stats()
      this.set({ state: 'total' }, total)
      this.set({ state: 'idle' }, idle)
      this.set({ state: 'waiting' }, waiting)
    }
  })
  // One query serves both gauges of a scrape; an unreachable database shows as NaN, not as no lag.
  let pending: Promise<FeedLag | undefined> | undefined
  // While the database is away the scrape answers at once, with the lag unknown.
  const lag = async (): Promise<FeedLag | undefined> => app.databaseUp()
    ? await (pending ??= feedLag(app.db).catch(() => undefined).finally(() => { pending = undefined }))
    : undefined
  // eslint-disable-next-line no-new -- a metric registers itself with the registry
  new client.Gauge({
    name: 'change_feed_held_back',
    help: 'Committed changes GET /v1/changes does not serve yet because an older transaction is still running',
    async collect () { this.set((await lag())?.heldBack ?? Number.NaN) }
  })
  // eslint-disable-next-line no-new -- a metric registers itself with the registry
  new client.Gauge({
    name: 'change_feed_lag_seconds',
    help: 'Age of the oldest change the feed holds back (0 when none is)',
    async collect () { this.set((await lag())?.seconds ?? Number.NaN) }
  })
}, { name: 'metrics', dependencies: ['database'] })
