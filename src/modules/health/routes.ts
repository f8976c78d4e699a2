import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { problems } from '../../shared/schemas.js'
import { DatabaseUnavailable } from '../../shared/errors.js'
import { ping } from './repository.js'
import { Status } from './schemas.js'

const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/health/live', {
    config: { access: 'public', database: false },
    logLevel: 'warn',
    schema: { tags: ['health'], summary: 'The process is up', operationId: 'getLiveness', response: { 200: Status } }
  }, async () => ({ status: 'ok' as const }))

  app.get('/health/ready', {
    config: { access: 'public' },
    logLevel: 'warn',
    schema: {
      tags: ['health'],
      summary: 'The service can answer: the database responds',
      operationId: 'getReadiness',
      response: { 200: Status, ...problems(503) }
    }
  }, async (request) => {
    try {
      await ping(app.db)
      return { status: 'ok' as const }
    } catch (error) {
      request.log.warn({ err: error }, 'readiness check failed')
      throw new DatabaseUnavailable('The database is not reachable; retry later.')
    }
  })
}

export default healthRoutes
