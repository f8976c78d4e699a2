import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Db } from '../../db/database.js'
import { BadRequest, Conflict, NotFound } from '../../shared/errors.js'
import { afterIdOf, encodeCursor, IfMatchHeaders, problems } from '../../shared/schemas.js'
import { writeTransaction } from '../../db/transaction.js'
import { actorOf } from '../../shared/principal.js'
import { etagOf, staleVersion, versionCondition } from '../../shared/versioning.js'
import { unknownCodes } from '../agencies/repository.js'
import { parseDocumentNumber } from './document-number.js'
import { deleteNotice, findNotice, hasRecordedProgress, insertNotice, listNotices, markWithdrawn, updateNotice, type NoticeRow } from './repository.js'
import { NoticeCreate, NoticeListQuery, NoticePage, NoticeParams, NoticeUpdate } from './schemas.js'

const tags = ['notices']

async function checkedFields (db: Db, input: { number?: string | undefined, issuer?: string | undefined }): Promise<Partial<NoticeRow>> {
  const fields: Partial<NoticeRow> = {}
  if (input.number !== undefined) {
    const parsed = parseDocumentNumber(input.number)
    if (parsed === null) throw new BadRequest(`number "${input.number}" is not a document number like 17-TB/CQTTBCĐ or 1131/QĐ-TTg`)
    fields.number = parsed.number
    fields.kind = parsed.kind
  }
  if (input.issuer !== undefined) {
    if ((await unknownCodes(db, [input.issuer], 'agency')).length > 0) throw new BadRequest(`issuer: unknown agency code ${input.issuer}`)
    fields.issuerCode = input.issuer
  }
  return fields
}

function isUniqueViolation (error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505'
}

const noticeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/notices', {
    config: { access: 'secretariat', etag: true },
    schema: { tags, summary: 'Register a notice', operationId: 'createNotice', body: NoticeCreate, response: { 201: Type.Ref('Notice'), ...problems(400, 409, 413, 415) } }
  }, async (request, reply) => {
    const { title, issuedOn, summary } = request.body
    const fields = await checkedFields(app.db, request.body)
    let id: number
    try {
      id = await writeTransaction(app.db, actorOf(request), async (trx) => await insertNotice(trx, { ...fields, title, issuedOn, summary: summary ?? null } as NoticeRow))
    } catch (error) {
      if (isUniqueViolation(error)) throw new Conflict(`notice ${fields.number ?? ''} already exists`)
      throw error
    }
    const notice = await findNotice(app.db, id)
    return reply.code(201).header('location', `/v1/notices/${id}`).header('etag', etagOf(notice?.version ?? 1)).send(notice)
  })

  app.get('/notices', {
    config: { access: 'read' },
    schema: { tags, summary: 'List notices', operationId: 'listNotices', querystring: NoticeListQuery, response: { 200: NoticePage, ...problems(400) } }
  }, async (request) => {
    const afterId = afterIdOf(request.query.cursor)
    const rows = await listNotices(app.db, request.query, afterId)
    const items = rows.slice(0, request.query.limit)
    return { items, nextCursor: rows.length > items.length ? encodeCursor([items.at(-1)?.id]) : null }
  })

  app.get('/notices/:id', {
    config: { access: 'read', etag: true },
    schema: { tags, summary: 'Get a notice', operationId: 'getNotice', params: NoticeParams, response: { 200: Type.Ref('Notice'), ...problems(400, 404) } }
  }, async (request, reply) => {
    const notice = await findNotice(app.db, request.params.id)
    if (notice === undefined) throw new NotFound('notice', String(request.params.id))
    return reply.header('etag', etagOf(notice.version)).send(notice)
  })

  app.patch('/notices/:id', {
    config: { access: 'secretariat', etag: true },
    schema: {
      tags, summary: 'Change a notice (If-Match required)', operationId: 'updateNotice',
      params: NoticeParams, headers: IfMatchHeaders, body: NoticeUpdate,
      response: { 200: Type.Ref('Notice'), ...problems(400, 404, 409, 412, 413, 415, 428) }
    }
  }, async (request, reply) => {
    const condition = versionCondition(request.headers['if-match'])
    const current = await findNotice(app.db, request.params.id)
    if (current === undefined) throw new NotFound('notice', String(request.params.id))
    const version = condition.check(current.version)
    const { title, issuedOn, summary } = request.body
    const changes: Partial<NoticeRow> = { ...await checkedFields(app.db, request.body), title, issuedOn, summary }
    for (const key of Object.keys(changes) as Array<keyof NoticeRow>) if (changes[key] === undefined) delete changes[key]
    let applied: boolean
    try {
      applied = await writeTransaction(app.db, actorOf(request), async (trx) => await updateNotice(trx, current.id, version, changes))
    } catch (error) {
      if (isUniqueViolation(error)) throw new Conflict(`notice ${changes.number ?? ''} already exists`)
      throw error
    }
    if (!applied) throw staleVersion(condition)
    const notice = await findNotice(app.db, current.id)
    return reply.header('etag', etagOf(notice?.version ?? version + 1)).send(notice)
  })

  app.delete('/notices/:id', {
    config: { access: 'secretariat' },
    schema: {
      tags,
      summary: 'Withdraw a notice',
      description: 'A notice on which no progress was ever reported is deleted with its tasks. One with recorded progress is never deleted: it is marked withdrawn and keeps its tasks and history.',
      operationId: 'withdrawNotice',
      params: NoticeParams,
      response: { 204: Type.Null({ description: 'Deleted or withdrawn' }), ...problems(400, 404) }
    }
  }, async (request, reply) => {
    const id = request.params.id
    await writeTransaction(app.db, actorOf(request), async (trx) => {
      // Lock the notice so progress recorded concurrently cannot slip in between the check and the delete.
      const locked = await trx.selectFrom('notice').select('id').where('id', '=', id).forUpdate().executeTakeFirst()
      if (locked === undefined) throw new NotFound('notice', String(id))
      if (await hasRecordedProgress(trx, id)) await markWithdrawn(trx, id)
      else await deleteNotice(trx, id)
    })
    return reply.code(204).send(null)
  })
}

export default noticeRoutes
