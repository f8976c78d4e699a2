import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply } from 'fastify'
import { Type } from 'typebox'
import { BadRequest, Conflict, NotFound, Unprocessable } from '../../shared/errors.js'
import { afterIdOf, encodeCursor, IfMatchHeaders, Page, problems } from '../../shared/schemas.js'
import { writeTransaction } from '../../db/transaction.js'
import { actorName, actorOf, assertActsFor } from '../../shared/principal.js'
import { etagOf, versionCondition } from '../../shared/versioning.js'
import { recordHistory } from '../tasks/repository.js'
import { TaskParams } from '../tasks/schemas.js'
import { findAssignment, findProgressUpdate, insertProgressUpdate, listAssignments, lockAssignment, progressUpdates, setAssignmentState, taskAssignments } from './repository.js'
import { assertMayChangeCancellation, checkDoneOn, reviewOf } from './rules.js'
import { AssignmentChange, AssignmentListQuery, AssignmentParams, AssignmentReview, ProgressUpdateCreate, ProgressUpdateParams } from './schemas.js'

const tags = ['assignments']

const DONE_ON_RULES = 'doneOn may not be before the assignment began (assignedOn: the notice\'s issue date, or the day the agency was added) nor after today (400 NQ57_DONE_ON_OUT_OF_RANGE). ' +
  'A reporter\'s doneOn more than DONE_ON_BACKDATE_DAYS (default 30) days before today is accepted with doneOnReview pending, for the Standing Office to confirm or reject.'

const assignmentRoutes: FastifyPluginAsyncTypebox<{ backdateDays: number }> = async (app, { backdateDays }) => {
  const sendAssignment = async (id: number, reply: FastifyReply): Promise<FastifyReply> => {
    const found = await findAssignment(app.db, id, app.today())
    if (found === undefined) throw new NotFound('assignment', String(id))
    const { noticeId: _noticeId, ...assignment } = found
    return await reply.header('etag', etagOf(assignment.version)).send(assignment)
  }

  app.get('/assignments', {
    config: { access: 'read' },
    schema: {
      tags, summary: 'List assignments, e.g. the done dates waiting for review', operationId: 'listAssignments',
      description: 'In id order. `doneOnReview=pending` is the Standing Office\'s review queue: done dates a reporter named well after the fact, which the public ranking does not trust until reviewed.',
      querystring: AssignmentListQuery, response: { 200: Page(Type.Ref('Assignment')), ...problems(400) }
    }
  }, async (request) => {
    const rows = await listAssignments(app.db, request.query, afterIdOf(request.query.cursor), app.today())
    const items = rows.slice(0, request.query.limit)
    return { items, nextCursor: rows.length > items.length ? encodeCursor([items.at(-1)?.id]) : null }
  })

  app.get('/tasks/:id/assignments', {
    config: { access: 'read' },
    schema: { tags, summary: "A task's assignments, one per agency and role", operationId: 'listTaskAssignments', params: TaskParams, response: { 200: Type.Object({ items: Type.Array(Type.Ref('Assignment')) }), ...problems(400, 404) } }
  }, async (request) => {
    const task = await app.db.selectFrom('task').select('id').where('id', '=', request.params.id).executeTakeFirst()
    if (task === undefined) throw new NotFound('task', String(request.params.id))
    return { items: await taskAssignments(app.db, task.id, app.today()) }
  })

  app.get('/assignments/:id', {
    config: { access: 'read', etag: true },
    schema: { tags, summary: 'Get an assignment', operationId: 'getAssignment', params: AssignmentParams, response: { 200: Type.Ref('Assignment'), ...problems(400, 404) } }
  }, async (request, reply) => await sendAssignment(request.params.id, reply))

  app.get('/assignments/:id/updates', {
    config: { access: 'read' },
    schema: { tags, summary: "An assignment's progress updates, oldest first (append-only)", operationId: 'listProgressUpdates', params: AssignmentParams, response: { 200: Type.Object({ items: Type.Array(Type.Ref('ProgressUpdate')) }), ...problems(400, 404) } }
  }, async (request) => {
    const found = await findAssignment(app.db, request.params.id, app.today())
    if (found === undefined) throw new NotFound('assignment', String(request.params.id))
    return { items: await progressUpdates(app.db, found.id) }
  })

  app.get('/assignments/:id/updates/:updateId', {
    config: { access: 'read' },
    schema: { tags, summary: 'Get one progress update of an assignment', operationId: 'getProgressUpdate', params: ProgressUpdateParams, response: { 200: Type.Ref('ProgressUpdate'), ...problems(400, 404) } }
  }, async (request) => {
    const update = await findProgressUpdate(app.db, request.params.id, request.params.updateId)
    if (update === undefined) throw new NotFound('progress update', `${request.params.updateId} of assignment ${request.params.id}`)
    return update
  })

  app.post('/assignments/:id/updates', {
    config: { access: 'report' },
    schema: {
      tags, summary: 'Report progress on an assignment', operationId: 'createProgressUpdate', description: DONE_ON_RULES,
      params: AssignmentParams, body: ProgressUpdateCreate, response: { 201: Type.Ref('ProgressUpdate'), ...problems(400, 403, 404, 409, 413, 415) }
    }
  }, async (request, reply) => {
    const { percent, note, evidence = [], doneOn } = request.body
    const author = request.body.author ?? actorName(actorOf(request))
    const today = app.today()
    if (doneOn !== undefined && percent !== 100) throw new BadRequest('an update that marks the assignment done (doneOn) must report percent 100')
    const id = await writeTransaction(app.db, actorOf(request), async (trx) => {
      const current = await lockAssignment(trx, request.params.id)
      if (current === undefined) throw new NotFound('assignment', String(request.params.id))
      assertActsFor(actorOf(request), current.agencyCode)
      if (current.state === 'cancelled') throw new Conflict('the assignment is cancelled; reopen it before reporting progress')
      if (doneOn !== undefined) checkDoneOn(doneOn, current, today)
      const doneOnReview = doneOn === undefined ? null : reviewOf(request, doneOn, today, backdateDays)
      const updateId = await insertProgressUpdate(trx, { assignmentId: request.params.id, percent, note, evidence, author, doneOn: doneOn ?? null })
      await setAssignmentState(trx, request.params.id, { progressPercent: percent, ...(doneOn === undefined ? {} : { state: 'done', doneOn, doneReportedOn: today, doneOnReview }) })
      await recordHistory(trx, { taskId: current.taskId, assignmentId: request.params.id, action: doneOn === undefined ? 'progress_reported' : 'assignment_done', actor: actorName(actorOf(request)), changes: { percent, note, evidence, author, doneOn: doneOn ?? null, ...(doneOnReview === null ? {} : { doneOnReview }) } })
      return updateId
    })
    const created = await findProgressUpdate(app.db, request.params.id, id)
    return reply.code(201).header('location', `/v1/assignments/${request.params.id}/updates/${id}`).send(created)
  })

  app.patch('/assignments/:id', {
    config: { access: 'report', etag: true },
    schema: {
      tags, summary: 'Mark an assignment done, reopen or cancel it (If-Match required)', operationId: 'changeAssignmentState',
      description: `Only the Standing Office (secretariat) or an admin may cancel an assignment or bring back a cancelled one; a reporter gets 403. ${DONE_ON_RULES}`,
      params: AssignmentParams, headers: IfMatchHeaders, body: AssignmentChange, response: { 200: Type.Ref('Assignment'), ...problems(400, 403, 404, 412, 413, 415, 428) }
    }
  }, async (request, reply) => {
    const condition = versionCondition(request.headers['if-match'])
    const { state, doneOn } = request.body
    const today = app.today()
    if (state === 'done' && doneOn === undefined) throw new BadRequest('doneOn is required to mark an assignment done')
    if (state !== 'done' && doneOn !== undefined) throw new BadRequest('doneOn is only for state done')
    await writeTransaction(app.db, actorOf(request), async (trx) => {
      const current = await lockAssignment(trx, request.params.id)
      if (current === undefined) throw new NotFound('assignment', String(request.params.id))
      assertActsFor(actorOf(request), current.agencyCode)
      assertMayChangeCancellation(request, current.state, state)
      condition.check(current.version)
      if (doneOn !== undefined) checkDoneOn(doneOn, current, today)
      const doneOnReview = doneOn === undefined ? null : reviewOf(request, doneOn, today, backdateDays)
      await setAssignmentState(trx, request.params.id, doneOn === undefined ? { state } : { state, doneOn, doneReportedOn: today, doneOnReview, progressPercent: 100 })
      await recordHistory(trx, { taskId: current.taskId, assignmentId: request.params.id, action: `assignment_${state}`, actor: actorName(actorOf(request)), changes: { before: { state: current.state, doneOn: current.doneOn }, after: { state, doneOn: doneOn ?? null, doneOnReview } } })
    })
    return await sendAssignment(request.params.id, reply)
  })

  app.post('/assignments/:id/review', {
    config: { access: 'secretariat', etag: true },
    schema: {
      tags, summary: 'Confirm or reject a backdated done date (If-Match required)', operationId: 'reviewAssignmentDoneOn',
      description: 'For an assignment whose doneOnReview is pending (409 otherwise). confirm: the ranking trusts doneOn from now on. reject (with a reason, 422 without): doneOn becomes doneReportedOn, the day the claim was made; the claimed date stays in the progress updates and the history.',
      params: AssignmentParams, headers: IfMatchHeaders, body: AssignmentReview, response: { 200: Type.Ref('Assignment'), ...problems(400, 403, 404, 409, 412, 413, 415, 422, 428) }
    }
  }, async (request, reply) => {
    const condition = versionCondition(request.headers['if-match'])
    const { decision, reason } = request.body
    if (decision === 'reject' && reason === undefined) throw new Unprocessable('a rejection needs a reason')
    await writeTransaction(app.db, actorOf(request), async (trx) => {
      const current = await lockAssignment(trx, request.params.id)
      if (current === undefined) throw new NotFound('assignment', String(request.params.id))
      condition.check(current.version)
      if (current.doneOnReview !== 'pending' || current.doneOn === null) throw new Conflict(`assignment ${request.params.id} has no done date waiting for review`)
      if (decision === 'confirm') checkDoneOn(current.doneOn, current, app.today())
      const reported = current.doneReportedOn ?? current.doneOn
      await setAssignmentState(trx, request.params.id, decision === 'confirm' ? { doneOnReview: 'confirmed' } : { doneOn: reported, doneOnReview: 'rejected' })
      await recordHistory(trx, { taskId: current.taskId, assignmentId: request.params.id, action: `done_on_${decision}ed`, actor: actorName(actorOf(request)), changes: { claimedDoneOn: current.doneOn, reportedOn: reported, reason: reason ?? null } })
    })
    return await sendAssignment(request.params.id, reply)
  })
}

export default assignmentRoutes
