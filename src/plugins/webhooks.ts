import fp from 'fastify-plugin'
import { startDispatcher, type DispatcherOptions } from '../modules/webhooks/dispatcher.js'

/** Runs the outbox dispatcher in this instance (several instances share the work safely). */
export default fp<{ dispatch: DispatcherOptions | undefined }>(async (app, { dispatch }) => {
  if (dispatch === undefined) return
  let stop: (() => Promise<void>) | undefined
  app.addHook('onReady', async () => { stop = startDispatcher(app.db, app.log, app.today, dispatch) })
  app.addHook('onClose', async () => { await stop?.() })
}, { name: 'webhooks', dependencies: ['database', 'clock'] })
