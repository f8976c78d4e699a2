import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { NotFound } from '../../shared/errors.js'
import { actorOf } from '../../shared/principal.js'
import { afterIdOf, IdParams, IfMatchHeaders, pageOf, problems } from '../../shared/schemas.js'
import { etagOf, versionCondition } from '../../shared/versioning.js'
import { findNotice, listNotices } from './repository.js'
import { NoticeCreate, NoticeListQuery, NoticePage, NoticeUpdate } from './schemas.js'
import { createNotice, updateNotice, withdrawNotice } from './service.js'

const tags = ['notices']

const noticeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/notices', {
    config: { access: 'secretariat', etag: true },
    schema: { tags, summary: 'Register a notice', operationId: 'createNotice', body: NoticeCreate, response: { 201: Type.Ref('Notice'), ...problems(400, 409, 413, 415) } }
  }, async (request, reply) => {
    const notice = await createNotice(app.db, actorOf(request), request.body)
    return reply.code(201).header('location', `/v1/notices/${notice.id}`).header('etag', etagOf(notice.version)).send(notice)
  })

  app.get('/notices', {
    config: { access: 'read' },
    schema: { tags, summary: 'List notices', operationId: 'listNotices', querystring: NoticeListQuery, response: { 200: NoticePage, ...problems(400) } }
  }, async (request) => {
    const rows = await listNotices(app.db, request.query, afterIdOf(request.query.cursor))
    return pageOf(rows, request.query.limit, (last) => [last.id])
  })

  app.get('/notices/:id', {
    config: { access: 'read', etag: true },
    schema: { tags, summary: 'Get a notice', operationId: 'getNotice', params: IdParams, response: { 200: Type.Ref('Notice'), ...problems(400, 404) } }
  }, async (request, reply) => {
    const notice = await findNotice(app.db, request.params.id)
    if (notice === undefined) throw new NotFound('notice', String(request.params.id))
    return reply.header('etag', etagOf(notice.version)).send(notice)
  })

  app.patch('/notices/:id', {
    config: { access: 'secretariat', etag: true },
    schema: {
      tags, summary: 'Change a notice (If-Match required)', operationId: 'updateNotice',
      params: IdParams, headers: IfMatchHeaders, body: NoticeUpdate,
      response: { 200: Type.Ref('Notice'), ...problems(400, 404, 409, 412, 413, 415, 428) }
    }
  }, async (request, reply) => {
    const condition = versionCondition(request.headers['if-match'])
    const notice = await updateNotice(app.db, actorOf(request), request.params.id, condition, request.body)
    return reply.header('etag', etagOf(notice.version)).send(notice)
  })

  app.delete('/notices/:id', {
    config: { access: 'secretariat' },
    schema: {
      tags,
      summary: 'Withdraw a notice',
      description: 'A notice on which no progress was ever reported is deleted with its tasks. One with recorded progress is never deleted: it is marked withdrawn and keeps its tasks and history.',
      operationId: 'withdrawNotice',
      params: IdParams,
      response: { 204: Type.Null({ description: 'Deleted or withdrawn' }), ...problems(400, 404) }
    }
  }, async (request, reply) => {
    await withdrawNotice(app.db, actorOf(request), request.params.id)
    return reply.code(204).send(null)
  })
}

export default noticeRoutes
