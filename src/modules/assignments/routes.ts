import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { NotFound } from '../../shared/errors.js'
import { actorOf } from '../../shared/principal.js'
import { afterIdOf, IdParams, IfMatchHeaders, Page, pageOf, problems } from '../../shared/schemas.js'
import { etagOf, versionCondition } from '../../shared/versioning.js'
import { taskNoticeId } from '../tasks/repository.js'
import { findAssignment, findProgressUpdate, listAssignments, progressUpdates, taskAssignments } from './repository.js'
import { AssignmentChange, AssignmentListQuery, AssignmentReview, ProgressUpdateCreate, ProgressUpdateParams } from './schemas.js'
import { changeState, reportProgress, reviewDoneOn } from './service.js'

const tags = ['assignments']

const DONE_ON_RULES = 'doneOn may not be before the assignment began (assignedOn: the notice\'s issue date, or the day the agency was added) nor after today (400 NQ57_DONE_ON_OUT_OF_RANGE). ' +
  'A reporter\'s doneOn more than DONE_ON_BACKDATE_DAYS (default 30) days before today is accepted with doneOnReview pending, for the Standing Office to confirm or reject.'

const assignmentRoutes: FastifyPluginAsyncTypebox<{ backdateDays: number }> = async (app, { backdateDays }) => {
  app.get('/assignments', {
    config: { access: 'read' },
    schema: {
      tags, summary: 'List assignments, e.g. the done dates waiting for review', operationId: 'listAssignments',
      description: 'In id order. `doneOnReview=pending` is the Standing Office\'s review queue: done dates a reporter named well after the fact, which the public ranking does not trust until reviewed.',
      querystring: AssignmentListQuery, response: { 200: Page(Type.Ref('Assignment')), ...problems(400) }
    }
  }, async (request) => {
    const rows = await listAssignments(app.db, request.query, afterIdOf(request.query.cursor), app.today())
    return pageOf(rows, request.query.limit, (last) => [last.id])
  })

  app.get('/tasks/:id/assignments', {
    config: { access: 'read' },
    schema: { tags, summary: "A task's assignments, one per agency and role", operationId: 'listTaskAssignments', params: IdParams, response: { 200: Type.Object({ items: Type.Array(Type.Ref('Assignment')) }), ...problems(400, 404) } }
  }, async (request) => {
    if (await taskNoticeId(app.db, request.params.id) === undefined) throw new NotFound('task', String(request.params.id))
    return { items: await taskAssignments(app.db, request.params.id, app.today()) }
  })

  app.get('/assignments/:id', {
    config: { access: 'read', etag: true },
    schema: { tags, summary: 'Get an assignment', operationId: 'getAssignment', params: IdParams, response: { 200: Type.Ref('Assignment'), ...problems(400, 404) } }
  }, async (request, reply) => {
    const assignment = await findAssignment(app.db, request.params.id, app.today())
    if (assignment === undefined) throw new NotFound('assignment', String(request.params.id))
    return reply.header('etag', etagOf(assignment.version)).send(assignment)
  })

  app.get('/assignments/:id/updates', {
    config: { access: 'read' },
    schema: { tags, summary: "An assignment's progress updates, oldest first (append-only)", operationId: 'listProgressUpdates', params: IdParams, response: { 200: Type.Object({ items: Type.Array(Type.Ref('ProgressUpdate')) }), ...problems(400, 404) } }
  }, async (request) => {
    if (await findAssignment(app.db, request.params.id, app.today()) === undefined) throw new NotFound('assignment', String(request.params.id))
    return { items: await progressUpdates(app.db, request.params.id) }
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
      params: IdParams, body: ProgressUpdateCreate, response: { 201: Type.Ref('ProgressUpdate'), ...problems(400, 403, 404, 409, 413, 415) }
    }
  }, async (request, reply) => {
    const update = await reportProgress(app.db, actorOf(request), request.params.id, request.body, { today: app.today(), backdateDays })
    return reply.code(201).header('location', `/v1/assignments/${update.assignmentId}/updates/${update.id}`).send(update)
  })

  app.patch('/assignments/:id', {
    config: { access: 'report', etag: true },
    schema: {
      tags, summary: 'Mark an assignment done, reopen or cancel it (If-Match required)', operationId: 'changeAssignmentState',
      description: `Only the Standing Office (secretariat) or an admin may cancel an assignment or bring back a cancelled one; a reporter gets 403. ${DONE_ON_RULES}`,
      params: IdParams, headers: IfMatchHeaders, body: AssignmentChange, response: { 200: Type.Ref('Assignment'), ...problems(400, 403, 404, 412, 413, 415, 428) }
    }
  }, async (request, reply) => {
    const condition = versionCondition(request.headers['if-match'])
    const assignment = await changeState(app.db, actorOf(request), request.params.id, condition, request.body, { today: app.today(), backdateDays })
    return reply.header('etag', etagOf(assignment.version)).send(assignment)
  })

  app.post('/assignments/:id/review', {
    config: { access: 'secretariat', etag: true },
    schema: {
      tags, summary: 'Confirm or reject a backdated done date (If-Match required)', operationId: 'reviewAssignmentDoneOn',
      description: 'For an assignment whose doneOnReview is pending (409 otherwise). confirm: the ranking trusts doneOn from now on. reject (with a reason, 422 without): doneOn becomes doneReportedOn, the day the claim was made; the claimed date stays in the progress updates and the history.',
      params: IdParams, headers: IfMatchHeaders, body: AssignmentReview, response: { 200: Type.Ref('Assignment'), ...problems(400, 403, 404, 409, 412, 413, 415, 422, 428) }
    }
  }, async (request, reply) => {
    const condition = versionCondition(request.headers['if-match'])
    const assignment = await reviewDoneOn(app.db, actorOf(request), request.params.id, condition, request.body, app.today())
    return reply.header('etag', etagOf(assignment.version)).send(assignment)
  })
}

export default assignmentRoutes
