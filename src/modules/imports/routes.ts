import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { problems } from '../../shared/schemas.js'
import { actorName, writeTransaction } from '../../shared/transaction.js'
import { ImportBody, ImportParams, ImportResult } from './schemas.js'
import { noticeNumber, previewImport, writeImport } from './service.js'

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
        'and writes nothing. dryRun false writes the whole tree in one transaction (all or nothing) and answers 201; a task ' +
        'whose ref already exists in the notice is skipped and reported in warnings (its children go under the existing task), ' +
        'so importing the same text twice adds nothing.',
      operationId: 'importNoticeTasks',
      params: ImportParams,
      body: ImportBody,
      response: { 200: ImportResult, 201: ImportResult, ...problems(400, 404, 413, 415) }
    }
  }, async (request, reply) => {
    const number = await noticeNumber(app.db, request.params.id)
    const { tasks, warnings } = await previewImport(app.db, request.body.text, number)
    if (request.body.dryRun) return reply.code(200).send({ tasks, warnings })
    await writeTransaction(app.db, request, async (trx) => await writeImport(trx, request.params.id, tasks, actorName(request), warnings))
    return reply.code(201).send({ tasks, warnings })
  })
}

export default importRoutes
