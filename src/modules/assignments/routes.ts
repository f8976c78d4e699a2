import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { BadRequest, Conflict, NotFound } from '../../shared/errors.js'
import { problems } from '../../shared/schemas.js'
import { actorName, assertActsFor, writeTransaction } from '../../shared/transaction.js'
import { etagOf, expectedVersion, staleVersion } from '../../shared/versioning.js'
import { IfMatchHeaders } from '../notices/schemas.js'
import { recordHistory } from '../tasks/repository.js'
import { TaskParams } from '../tasks/schemas.js'
import { findAssignment, insertProgressUpdate, lockAssignment, progressUpdates, setAssignmentState, taskAssignments } from './repository.js'
import { AssignmentChange, AssignmentParams, ProgressUpdateCreate } from './schemas.js'

const tags = ['assignments']

const assignmentRoutes: FastifyPluginAsyncTypebox = async (app) => {

  const checkDoneOn = (doneOn: string): void => {
    if (doneOn > app.today()) throw new BadRequest(`doneOn ${doneOn} is in the future`)
  }

  app.get('/tasks/:id/assignments', {
    config: { access: 'read' },
    schema: { tags, summary: "A task's assignments, one per agency and role", operationId: 'listTaskAssignments', params: TaskParams, response: { 200: Type.Object({ items: Type.Array(Type.Ref('Assignment')) }), ...problems(400, 404) } }
  }, async (request) => {
    const task = await app.db.selectFrom('task').select('id').where('id', '=', request.params.id).executeTakeFirst()
    if (task === undefined) throw new NotFound('task', String(request.params.id))
    return { items: await taskAssignments(app.db, task.id, app.today()) }
  })

  app.get('/assignments/:id', {
    config: { access: 'read' },
    schema: { tags, summary: 'Get an assignment', operationId: 'getAssignment', params: AssignmentParams, response: { 200: Type.Ref('Assignment'), ...problems(400, 404) } }
  }, async (request, reply) => {
    const found = await findAssignment(app.db, request.params.id, app.today())
    if (found === undefined) throw new NotFound('assignment', String(request.params.id))
    const { noticeId: _noticeId, ...assignment } = found
    return reply.header('etag', etagOf(assignment.version)).send(assignment)
  })

  app.get('/assignments/:id/updates', {
    config: { access: 'read' },
    schema: { tags, summary: "An assignment's progress updates, oldest first (append-only)", operationId: 'listProgressUpdates', params: AssignmentParams, response: { 200: Type.Object({ items: Type.Array(Type.Ref('ProgressUpdate')) }), ...problems(400, 404) } }
  }, async (request) => {
    const found = await findAssignment(app.db, request.params.id, app.today())
    if (found === undefined) throw new NotFound('assignment', String(request.params.id))
    return { items: await progressUpdates(app.db, found.id) }
  })

  app.post('/assignments/:id/updates', {
    config: { access: 'report' },
    schema: {
      tags, summary: 'Report progress on an assignment', operationId: 'createProgressUpdate',
      params: AssignmentParams, body: ProgressUpdateCreate, response: { 201: Type.Ref('ProgressUpdate'), ...problems(400, 404, 409, 413, 415) }
    }
  }, async (request, reply) => {
    const { percent, note, evidence = [], doneOn } = request.body
    const author = request.body.author ?? actorName(request)
    if (doneOn !== undefined) {
      checkDoneOn(doneOn)
      if (percent !== 100) throw new BadRequest('an update that marks the assignment done (doneOn) must report percent 100')
    }
    const id = await writeTransaction(app.db, request, async (trx) => {
      const current = await lockAssignment(trx, request.params.id)
      if (current === undefined) throw new NotFound('assignment', String(request.params.id))
      assertActsFor(request, current.agencyCode)
      if (current.state === 'cancelled') throw new Conflict('the assignment is cancelled; reopen it before reporting progress')
      const updateId = await insertProgressUpdate(trx, { assignmentId: request.params.id, percent, note, evidence, author, doneOn: doneOn ?? null })
      await setAssignmentState(trx, request.params.id, { progressPercent: percent, ...(doneOn === undefined ? {} : { state: 'done', doneOn }) })
      await recordHistory(trx, { taskId: current.taskId, assignmentId: request.params.id, action: doneOn === undefined ? 'progress_reported' : 'assignment_done', actor: actorName(request), changes: { percent, note, evidence, author, doneOn: doneOn ?? null } })
      return updateId
    })
    const [created] = await progressUpdates(app.db, request.params.id, id - 1, 1)
    return reply.code(201).header('location', `/v1/assignments/${request.params.id}/updates`).send(created)
  })

  app.patch('/assignments/:id', {
    config: { access: 'report' },
    schema: {
      tags, summary: 'Mark an assignment done, reopen or cancel it (If-Match required)', operationId: 'changeAssignmentState',
      params: AssignmentParams, headers: IfMatchHeaders, body: AssignmentChange, response: { 200: Type.Ref('Assignment'), ...problems(400, 404, 412, 413, 415, 428) }
    }
  }, async (request, reply) => {
    const version = expectedVersion(request.headers['if-match'])
    const { state, doneOn } = request.body
    if (state === 'done' && doneOn === undefined) throw new BadRequest('doneOn is required to mark an assignment done')
    if (state !== 'done' && doneOn !== undefined) throw new BadRequest('doneOn is only for state done')
    if (doneOn !== undefined) checkDoneOn(doneOn)
    await writeTransaction(app.db, request, async (trx) => {
      const current = await lockAssignment(trx, request.params.id)
      if (current === undefined) throw new NotFound('assignment', String(request.params.id))
      assertActsFor(request, current.agencyCode)
      if (current.version !== version) throw staleVersion(version, current.version)
      await setAssignmentState(trx, request.params.id, { state, doneOn: doneOn ?? null, ...(state === 'done' ? { progressPercent: 100 } : {}) })
      await recordHistory(trx, { taskId: current.taskId, assignmentId: request.params.id, action: `assignment_${state}`, actor: actorName(request), changes: { before: { state: current.state }, after: { state, doneOn: doneOn ?? null } } })
    })
    const found = await findAssignment(app.db, request.params.id, app.today())
    if (found === undefined) throw new NotFound('assignment', String(request.params.id))
    const { noticeId: _noticeId, ...assignment } = found
    return reply.header('etag', etagOf(assignment.version)).send(assignment)
  })
}

export default assignmentRoutes
