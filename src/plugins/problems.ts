import fp from 'fastify-plugin'
import { handleError, sendProblem } from '../shared/problems.js'

export default fp(async (app) => {
  app.setErrorHandler(handleError)
  app.setNotFoundHandler((request, reply) => sendProblem(reply, 404, 'NQ57_ROUTE_NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0] ?? ''}`))
}, { name: 'problems' })
