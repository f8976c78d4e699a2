import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Db } from '../../db/database.js'
import { BadRequest, Conflict, NotFound } from '../../shared/errors.js'
import { afterIdOf, encodeCursor, IfMatchHeaders, problems } from '../../shared/schemas.js'
import { writeTransaction } from '../../db/transaction.js'
import { actorOf } from '../../shared/principal.js'
import { etagOf, staleVersion, versionCondition } from '../../shared/versioning.js'
import { unknownCodes } from '../agencies/repository.js'
import { findWorkingGroup, insertWorkingGroup, listWorkingGroups, replaceMembers, updateWorkingGroup, type GroupRow } from './repository.js'
import { WorkingGroupCreate, WorkingGroupPage, WorkingGroupParams, WorkingGroupQuery, WorkingGroupUpdate } from './schemas.js'

const tags = ['working-groups']

type Input = Partial<WorkingGroupCreate>

/** The row columns the input sets, checked against the registers. */
async function checked (db: Db, input: Input): Promise<Partial<GroupRow>> {
  const codes = [...(input.code === undefined ? [] : [input.code]), ...(input.reportsTo == null ? [] : [input.reportsTo]), ...(input.members ?? []).map((m) => m.agency)]
  const unknown = await unknownCodes(db, codes, 'agency')
  if (unknown.length > 0) throw new BadRequest(`unknown agency code ${unknown.join(', ')} (a working group reports under its own code in the agencies register)`)
  const members = input.members ?? []
  if (new Set(members.map((m) => m.agency)).size !== members.length) throw new BadRequest('members: an agency is listed twice')
  if (input.establishedByTaskId != null) {
    const task = await db.selectFrom('task').select('id').where('id', '=', input.establishedByTaskId).executeTakeFirst()
    if (task === undefined) throw new BadRequest(`establishedByTaskId ${input.establishedByTaskId}: no such task`)
  }
  if (input.activeFrom != null && input.activeTo != null && input.activeTo < input.activeFrom) throw new BadRequest('activeTo is before activeFrom')
  const row: Partial<GroupRow> = {
    code: input.code, name: input.name, chair: input.chair, establishedByTaskId: input.establishedByTaskId,
    reportsToCode: input.reportsTo, activeFrom: input.activeFrom, activeTo: input.activeTo, note: input.note
  }
  for (const key of Object.keys(row) as Array<keyof GroupRow>) if (row[key] === undefined) delete row[key]
  return row
}

const workingGroupRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/working-groups', {
    config: { access: 'read' },
    schema: { tags, summary: 'List working groups (Tổ công tác)', operationId: 'listWorkingGroups', querystring: WorkingGroupQuery, response: { 200: WorkingGroupPage, ...problems(400) } }
  }, async (request) => {
    const rows = await listWorkingGroups(app.db, request.query, afterIdOf(request.query.cursor))
    const items = rows.slice(0, request.query.limit)
    return { items, nextCursor: rows.length > items.length ? encodeCursor([items.at(-1)?.id]) : null }
  })

  app.get('/working-groups/:code', {
    config: { access: 'read', etag: true },
    schema: { tags, summary: 'Get a working group with its members', operationId: 'getWorkingGroup', params: WorkingGroupParams, response: { 200: Type.Ref('WorkingGroup'), ...problems(400, 404) } }
  }, async (request, reply) => {
    const group = await findWorkingGroup(app.db, request.params.code)
    if (group === undefined) throw new NotFound('working group', request.params.code)
    return reply.header('etag', etagOf(group.version)).send(group)
  })

  app.post('/working-groups', {
    config: { access: 'secretariat', etag: true },
    schema: { tags, summary: 'Register a working group', operationId: 'createWorkingGroup', body: WorkingGroupCreate, response: { 201: Type.Ref('WorkingGroup'), ...problems(400, 409, 413, 415) } }
  }, async (request, reply) => {
    const row = await checked(app.db, request.body)
    await writeTransaction(app.db, actorOf(request), async (trx) => {
      if (await findWorkingGroup(trx, request.body.code) !== undefined) throw new Conflict(`working group ${request.body.code} already exists`)
      const id = await insertWorkingGroup(trx, { chair: null, establishedByTaskId: null, reportsToCode: null, activeFrom: null, activeTo: null, note: null, ...row } as GroupRow)
      await replaceMembers(trx, id, request.body.members ?? [])
    })
    const group = await findWorkingGroup(app.db, request.body.code)
    return reply.code(201).header('location', `/v1/working-groups/${request.body.code}`).header('etag', etagOf(group?.version ?? 1)).send(group)
  })

  app.patch('/working-groups/:code', {
    config: { access: 'secretariat', etag: true },
    schema: {
      tags, summary: 'Change a working group (If-Match required)', operationId: 'updateWorkingGroup',
      description: '`members`, when sent, replaces the whole member list.',
      params: WorkingGroupParams, headers: IfMatchHeaders, body: WorkingGroupUpdate, response: { 200: Type.Ref('WorkingGroup'), ...problems(400, 404, 412, 413, 415, 428) }
    }
  }, async (request, reply) => {
    const condition = versionCondition(request.headers['if-match'])
    const current = await findWorkingGroup(app.db, request.params.code)
    if (current === undefined) throw new NotFound('working group', request.params.code)
    const version = condition.check(current.version)
    const row = await checked(app.db, request.body)
    await writeTransaction(app.db, actorOf(request), async (trx) => {
      if (!await updateWorkingGroup(trx, current.id, version, row)) throw staleVersion(condition)
      if (request.body.members !== undefined) await replaceMembers(trx, current.id, request.body.members)
    })
    const group = await findWorkingGroup(app.db, request.params.code)
    return reply.header('etag', etagOf(group?.version ?? version + 1)).send(group)
  })
}

export default workingGroupRoutes
