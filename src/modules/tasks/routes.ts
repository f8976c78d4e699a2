import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { NotFound } from '../../shared/errors.js'
import { actorOf } from '../../shared/principal.js'
import { afterIdOf, encodeCursor, IdParams, IfMatchHeaders, problems } from '../../shared/schemas.js'
import { etagOf, versionCondition } from '../../shared/versioning.js'
import { findNoticeNumber } from '../notices/repository.js'
import { findTaskDocument, listTaskPage, noticeTasks, taskHistory, taskNoticeId } from './repository.js'
import { TaskCreate, TaskHistoryEntry, TaskListQuery, TaskPage, TaskUpdate, TaskWrite } from './schemas.js'
import { checkTaskFilter, createTask, updateTask } from './service.js'
import { buildTree } from './tree.js'

const tags = ['tasks']

const taskRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/notices/:id/tasks', {
    config: { access: 'read' },
    schema: {
      tags, summary: "A notice's tasks as a tree (sections → points → items → bullets)", operationId: 'getNoticeTaskTree',
      params: IdParams, response: { 200: Type.Object({ items: Type.Array(Type.Ref('TaskNode')) }), ...problems(400, 404) }
    }
  }, async (request) => {
    const noticeId = request.params.id
    if (await findNoticeNumber(app.db, noticeId) === undefined) throw new NotFound('notice', String(noticeId))
    return { items: buildTree(await noticeTasks(app.db, noticeId, app.today())) }
  })

  app.post('/notices/:id/tasks', {
    config: { access: 'secretariat', etag: true },
    schema: {
      tags, summary: 'Add a task to a notice', operationId: 'createTask',
      description: 'Leads given as groups fan out to one assignment per member agency. A task that names no lead inherits its parent\'s. Send `deadline` or `deadlineText` (read by the deadline reader; what it cannot read is kept as text with kind none and a warning).',
      params: IdParams, body: TaskCreate, response: { 201: TaskWrite, ...problems(400, 404, 413, 415) }
    }
  }, async (request, reply) => {
    const written = await createTask(app.db, actorOf(request), request.params.id, request.body, app.today())
    return reply.code(201).header('location', `/v1/tasks/${written.task.id}`).header('etag', etagOf(written.task.version)).send(written)
  })

  app.get('/tasks', {
    config: { access: 'read' },
    schema: {
      tags, summary: 'List tasks across notices', operationId: 'listTasks',
      description: 'Ordered by id; follow nextCursor. With `agency`, `role` and `timeliness` apply to that agency\'s own assignment; without it, `timeliness` is the task\'s roll-up over its leads.',
      querystring: TaskListQuery, response: { 200: TaskPage, ...problems(400) }
    }
  }, async (request, reply) => {
    const afterId = afterIdOf(request.query.cursor)
    checkTaskFilter(request.query)
    const page = await listTaskPage(app.db, request.query, afterId, app.today())
    return reply.sendJsonPage(page.items, page.more && page.lastId !== null ? encodeCursor([page.lastId]) : null)
  })

  app.get('/tasks/:id', {
    config: { access: 'read', etag: true },
    schema: { tags, summary: 'Get a task', operationId: 'getTask', params: IdParams, response: { 200: Type.Ref('Task'), ...problems(400, 404) } }
  }, async (request, reply) => {
    const task = await findTaskDocument(app.db, request.params.id, app.today())
    if (task === undefined) throw new NotFound('task', String(request.params.id))
    return reply.header('etag', etagOf(task.version)).sendJson(task.json)
  })

  app.patch('/tasks/:id', {
    config: { access: 'secretariat', etag: true },
    schema: {
      tags, summary: 'Change a task (If-Match required)', operationId: 'updateTask',
      description: 'Changing leads or coordinators re-syncs assignments: new ones open, dropped ones are deleted when nobody reported on them and cancelled otherwise.',
      params: IdParams, headers: IfMatchHeaders, body: TaskUpdate, response: { 200: TaskWrite, ...problems(400, 404, 412, 413, 415, 428) }
    }
  }, async (request, reply) => {
    const condition = versionCondition(request.headers['if-match'])
    const written = await updateTask(app.db, actorOf(request), request.params.id, condition, request.body, app.today())
    return reply.header('etag', etagOf(written.task.version)).send(written)
  })

  app.get('/tasks/:id/history', {
    config: { access: 'read' },
    schema: { tags, summary: "A task's change history, oldest first", operationId: 'getTaskHistory', params: IdParams, response: { 200: Type.Object({ items: Type.Array(TaskHistoryEntry) }), ...problems(400, 404) } }
  }, async (request) => {
    if (await taskNoticeId(app.db, request.params.id) === undefined) throw new NotFound('task', String(request.params.id))
    return { items: await taskHistory(app.db, request.params.id) }
  })
}

export default taskRoutes
