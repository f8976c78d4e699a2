import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { afterIdOf, pageOf, problems } from '../../shared/schemas.js'
import { listAuditEntries } from './repository.js'
import { AuditPage, AuditQuery } from './schemas.js'

const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/audit', {
    config: { access: 'secretariat' },
    schema: {
      tags: ['audit'],
      summary: 'The audit log: every write, who made it, before and after',
      description: 'Append-only: written by database triggers in the same transaction as each change, and protected there against update and delete.',
      operationId: 'listAudit',
      querystring: AuditQuery,
      response: { 200: AuditPage, ...problems(400, 401, 403) }
    }
  }, async (request) => {
    const rows = await listAuditEntries(app.db, request.query, afterIdOf(request.query.cursor))
    return pageOf(rows, request.query.limit, (last) => [last.id])
  })
}

export default auditRoutes
