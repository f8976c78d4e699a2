import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { BadRequest, NotFound } from '../../shared/errors.js'
import { afterIdOf, encodeCursor, Id, IfMatchHeaders, problems, Timestamp } from '../../shared/schemas.js'
import { writeTransaction } from '../../db/transaction.js'
import { actorName, actorOf } from '../../shared/principal.js'
import { etagOf, versionCondition } from '../../shared/versioning.js'
import { NoticeParams } from '../notices/schemas.js'
import { findTask, listTasks, noticeTasks, taskHistory } from './repository.js'
import { TaskCreate, TaskListQuery, TaskPage, TaskParams, TaskUpdate, TaskWrite } from './schemas.js'
import { createTask, updateTask } from './service.js'
import { buildTree } from './tree.js'

const tags = ['tasks']

const HistoryEntry = Type.Object({
  id: Id,
  assignmentId: Type.Union([Id, Type.Null()]),
  occurredAt: Timestamp,
  action: Type.String(),
  actor: Type.String(),
  changes: Type.Unknown()
})

const taskRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/notices/:id/tasks', {
    config: { access: 'read' },
    schema: {
      tags, summary: "A notice's tasks as a tree (sections → points → items → bullets)", operationId: 'getNoticeTaskTree',
      params: NoticeParams, response: { 200: Type.Object({ items: Type.Array(Type.Ref('TaskNode')) }), ...problems(400, 404) }
    }
  }, async (request) => {
    const notice = await app.db.selectFrom('notice').select('id').where('id', '=', request.params.id).executeTakeFirst()
    if (notice === undefined) throw new NotFound('notice', String(request.params.id))
    return { items: buildTree(await noticeTasks(app.db, notice.id, app.today())) }
  })

  app.post('/notices/:id/tasks', {
    config: { access: 'secretariat', etag: true },
    schema: {
      tags, summary: 'Add a task to a notice', operationId: 'createTask',
      description: 'Leads given as groups fan out to one assignment per member agency. A task that names no lead inherits its parent\'s. Send `deadline` or `deadlineText` (read by the deadline reader; what it cannot read is kept as text with kind none and a warning).',
      params: NoticeParams, body: TaskCreate, response: { 201: TaskWrite, ...problems(400, 404, 413, 415) }
    }
  }, async (request, reply) => {
    const { id, warnings } = await writeTransaction(app.db, actorOf(request), async (trx) => await createTask(trx, request.params.id, request.body, actorName(actorOf(request))))
    const task = await findTask(app.db, id, app.today())
    return reply.code(201).header('location', `/v1/tasks/${id}`).header('etag', etagOf(task?.version ?? 1)).send({ task, warnings })
  })

  app.get('/tasks', {
    config: { access: 'read' },
    schema: {
      tags, summary: 'List tasks across notices', operationId: 'listTasks',
      description: 'Ordered by id; follow nextCursor. With `agency`, `role` and `timeliness` apply to that agency\'s own assignment; without it, `timeliness` is the task\'s roll-up over its leads.',
      querystring: TaskListQuery, response: { 200: TaskPage, ...problems(400) }
    }
  }, async (request) => {
    const afterId = afterIdOf(request.query.cursor)
    if (request.query.role !== undefined && request.query.agency === undefined) throw new BadRequest('role filters an agency: give agency too')
    const rows = await listTasks(app.db, request.query, afterId, app.today())
    const items = rows.slice(0, request.query.limit)
    return { items, nextCursor: rows.length > items.length ? encodeCursor([items.at(-1)?.id]) : null }
  })

  app.get('/tasks/:id', {
    config: { access: 'read', etag: true },
    schema: { tags, summary: 'Get a task', operationId: 'getTask', params: TaskParams, response: { 200: Type.Ref('Task'), ...problems(400, 404) } }
  }, async (request, reply) => {
    const task = await findTask(app.db, request.params.id, app.today())
    if (task === undefined) throw new NotFound('task', String(request.params.id))
    return reply.header('etag', etagOf(task.version)).send(task)
  })

  app.patch('/tasks/:id', {
    config: { access: 'secretariat', etag: true },
    schema: {
      tags, summary: 'Change a task (If-Match required)', operationId: 'updateTask',
      description: 'Changing leads or coordinators re-syncs assignments: new ones open, dropped ones are deleted when nobody reported on them and cancelled otherwise.',
      params: TaskParams, headers: IfMatchHeaders, body: TaskUpdate, response: { 200: TaskWrite, ...problems(400, 404, 412, 413, 415, 428) }
    }
  }, async (request, reply) => {
    const condition = versionCondition(request.headers['if-match'])
    const { warnings, version } = await writeTransaction(app.db, actorOf(request), async (trx) => await updateTask(trx, request.params.id, condition, request.body, actorName(actorOf(request))))
    const task = await findTask(app.db, request.params.id, app.today())
    return reply.header('etag', etagOf(task?.version ?? version)).send({ task, warnings })
  })

  app.get('/tasks/:id/history', {
    config: { access: 'read' },
    schema: { tags, summary: "A task's change history, oldest first", operationId: 'getTaskHistory', params: TaskParams, response: { 200: Type.Object({ items: Type.Array(HistoryEntry) }), ...problems(400, 404) } }
  }, async (request) => {
    const items = await taskHistory(app.db, request.params.id)
    if (items.length === 0) throw new NotFound('task', String(request.params.id))
    return { items: items.map((entry) => ({ ...entry, occurredAt: entry.occurredAt.toISOString() })) }
  })
}

export default taskRoutes
