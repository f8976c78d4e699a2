import fp from 'fastify-plugin'
import metrics from 'fastify-metrics'
import { Type } from 'typebox'

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
      config: { access: 'read' },
      schema: {
        tags: ['health'],
        summary: 'Prometheus metrics: requests and latency per route and status, database pool use',
        operationId: 'getMetrics',
        produces: ['text/plain'],
        response: { 200: Type.String({ description: 'Prometheus text exposition format' }) }
      },
      handler: () => undefined
    }
  })
  const client = app.metrics.client
  const stats = app.dbPoolStats
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
}, { name: 'metrics', dependencies: ['database'] })
