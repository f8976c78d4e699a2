import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ContentTooLarge, NotFound } from '../../shared/errors.js'
import { actorOf } from '../../shared/principal.js'
import { IdParams, problems } from '../../shared/schemas.js'
import { characters, MAX_TASK_TEXT } from './fields.js'
import { findImportResult } from './repository.js'
import { ImportBody, ImportItemParams, ImportResult, MAX_IMPORT_TEXT } from './schemas.js'
import { importTasks } from './service.js'

const limit = (n: number): string => n.toLocaleString('en')
const JSON_TYPE = 'application/json; charset=utf-8'

const importRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/notices/:id/imports', {
    config: { access: 'secretariat' },
    schema: {
      tags: ['imports'],
      summary: 'Import the appendix text of a notice as tasks',
      description: 'Reads the appendix as extracted from the PDF (hard line breaks, page breaks, bookmarks and footnotes are ' +
        'cleaned up; footnotes never become tasks) into sections "1.", points "a)", items "(1)" and bullets "-"/"+", with lead, ' +
        'coordinating and directing agencies, deadline, recurrence and cited documents. A name the agency register cannot match, ' +
        'or a deadline the reader cannot read, is a warning, never a guess. dryRun true (default) answers the preview with 200 ' +
        'and writes nothing. dryRun false writes the whole tree in one transaction (all or nothing) and answers 201 with Location naming the import, which can be read again there; a task ' +
        'whose ref already exists in the notice is skipped and reported in warnings (its children go under the existing task), ' +
        'so importing the same text twice adds nothing. A ref the text numbers twice (its numbering restarts) is read as ' +
        '"<ref>~2", "<ref>~3" … and reported in warnings, and so is a task with a deadline but no lead the reader could find. ' +
        `Limits: the text at most ${limit(MAX_IMPORT_TEXT)} characters (413 above it; reading that much takes well under 2 s and ` +
        `never holds up other requests); one task at most ${limit(MAX_TASK_TEXT)} characters, as for any task: a longer one ` +
        'is not read, is reported in warnings, and makes dryRun false answer 422.',
      operationId: 'importNoticeTasks',
      params: IdParams,
      body: ImportBody,
      response: { 200: ImportResult, 201: ImportResult, ...problems(400, 404, 413, 415, 422) }
    },
    // Before validation, so that a text over the cap is a 413 (as a body over the server's limit is), not a 400.
    preValidation: async (request) => {
      const text = (request.body as { text?: unknown } | undefined)?.text
      if (typeof text === 'string' && text.length > MAX_IMPORT_TEXT && characters(text) > MAX_IMPORT_TEXT) {
        throw new ContentTooLarge(`text has ${limit(characters(text))} characters; an import reads at most ${limit(MAX_IMPORT_TEXT)}: split the appendix`)
      }
    }
  }, async (request, reply) => {
    const noticeId = request.params.id
    const { importId, result } = await importTasks(app.db, actorOf(request), noticeId, request.body)
    if (importId === null) return reply.type(JSON_TYPE).send(result)
    return reply.code(201).header('location', `/v1/notices/${noticeId}/imports/${importId}`).type(JSON_TYPE).send(result)
  })

  app.get('/notices/:id/imports/:importId', {
    config: { access: 'secretariat' },
    schema: {
      tags: ['imports'], summary: 'An import that wrote: the tasks it read and its warnings, as it answered', operationId: 'getNoticeImport',
      params: ImportItemParams, response: { 200: ImportResult, ...problems(400, 404) }
    }
  }, async (request, reply) => {
    const result = await findImportResult(app.db, request.params.id, request.params.importId)
    if (result === undefined) throw new NotFound('import', `${request.params.importId} of notice ${request.params.id}`)
    return reply.type(JSON_TYPE).send(result)
  })
}

export default importRoutes
