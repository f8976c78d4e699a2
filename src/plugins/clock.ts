import fp from 'fastify-plugin'
import { vietnamToday } from '../shared/dates.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** Today's date in Asia/Ho_Chi_Minh, or the configured override, as YYYY-MM-DD. */
    today: () => string
  }
}

export default fp<{ today?: string | undefined }>(async (app, { today }) => {
  app.decorate('today', today === undefined ? () => vietnamToday() : () => today)
}, { name: 'clock' })
