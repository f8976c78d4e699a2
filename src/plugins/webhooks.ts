import fp from 'fastify-plugin'
import { startDispatcher, TargetPolicy, type DispatcherOptions } from '../modules/webhooks/dispatcher.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** Which hosts webhooks may reach; the routes check subscriptions with it, the dispatcher each send. */
    webhookTargets: TargetPolicy
  }
}

/** Runs the outbox dispatcher in this instance (several instances share the work safely). */
export default fp<{ dispatch: DispatcherOptions | undefined, allowedHosts: string }>(async (app, { dispatch, allowedHosts }) => {
  const targets = new TargetPolicy(allowedHosts)
  app.decorate('webhookTargets', targets)
  if (dispatch === undefined) return
  let stop: (() => Promise<void>) | undefined
  app.addHook('onReady', async () => { stop = startDispatcher(app.db, app.log, app.today, targets, dispatch) })
  app.addHook('onClose', async () => { await stop?.() })
}, { name: 'webhooks', dependencies: ['database', 'clock'] })
