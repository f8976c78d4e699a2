import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { NotFound } from '../../shared/errors.js'
import { actorOf } from '../../shared/principal.js'
import { afterIdOf, IfMatchHeaders, pageOf, problems } from '../../shared/schemas.js'
import { etagOf, versionCondition } from '../../shared/versioning.js'
import { findWorkingGroup, listWorkingGroups } from './repository.js'
import { WorkingGroupCreate, WorkingGroupPage, WorkingGroupParams, WorkingGroupQuery, WorkingGroupUpdate } from './schemas.js'
import { createWorkingGroup, editWorkingGroup } from './service.js'

const tags = ['working-groups']

const workingGroupRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/working-groups', {
    config: { access: 'read' },
    schema: { tags, summary: 'List working groups (Tổ công tác)', operationId: 'listWorkingGroups', querystring: WorkingGroupQuery, response: { 200: WorkingGroupPage, ...problems(400) } }
  }, async (request) => {
    const rows = await listWorkingGroups(app.db, request.query, afterIdOf(request.query.cursor))
    return pageOf(rows, request.query.limit, (last) => [last.id])
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
    const group = await createWorkingGroup(app.db, actorOf(request), request.body)
    return reply.code(201).header('location', `/v1/working-groups/${group.code}`).header('etag', etagOf(group.version)).send(group)
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
    const group = await editWorkingGroup(app.db, actorOf(request), request.params.code, condition, request.body)
    return reply.header('etag', etagOf(group.version)).send(group)
  })
}

export default workingGroupRoutes
