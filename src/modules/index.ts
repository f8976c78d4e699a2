import fp from 'fastify-plugin'
import { Problem } from '../shared/schemas.js'
import * as agencies from './agencies/schemas.js'
import * as notices from './notices/schemas.js'
import * as tasks from './tasks/schemas.js'
import * as assignments from './assignments/schemas.js'
import * as apiKeys from './api-keys/schemas.js'
import * as imports from './imports/schemas.js'
import { CatalogueEdition, CatalogueProduct, CatalogueTechnology } from './catalogue/schemas.js'
import { CatalogueProfile } from './catalogue/registrations/profile.js'
import { CatalogueRegistration } from './catalogue/registrations/schemas.js'
import { TaskLink, WorkingGroup } from './working-groups/schemas.js'
import { Report, ReportContent } from './reports/schemas.js'
import { ReportingObligation } from './reports/obligations/schemas.js'
import { Indicator } from './reports/indicators/schemas.js'
import healthRoutes from './health/routes.js'
import agencyRoutes from './agencies/routes.js'
import noticeRoutes from './notices/routes.js'
import taskRoutes from './tasks/routes.js'
import assignmentRoutes from './assignments/routes.js'
import apiKeyRoutes from './api-keys/routes.js'
import auditRoutes from './audit/routes.js'
import changeRoutes from './changes/routes.js'
import feedRoutes from './feeds/routes.js'
import webhookRoutes from './webhooks/routes.js'
import importRoutes from './imports/routes.js'
import catalogueRoutes from './catalogue/routes.js'
import workingGroupRoutes from './working-groups/routes.js'
import reportRoutes from './reports/routes.js'
import fundingRoutes from './funding/routes.js'
import { FundingLine } from './funding/schemas.js'

export interface ModuleOptions {
  /** How many days back a reporter may date a "done" without the Standing Office's review. */
  backdateDays: number
  /** Index points a fully disbursed allocation adds to an agency's rank (0: shown, not weighed). */
  rankingDisbursementWeight: number
}

// Schemas more than one module refers to are added once, so routes can $ref them and the
// OpenAPI document lists each as a named component.
const SHARED_SCHEMAS = [
  Problem, agencies.AgencyRef, agencies.Agency, agencies.AgencyGroup, notices.Notice, tasks.Deadline, tasks.Task, tasks.TaskNode,
  assignments.Assignment, assignments.ProgressUpdate, apiKeys.ApiKey, imports.TaskDraft,
  CatalogueEdition, CatalogueProduct, CatalogueTechnology, CatalogueProfile, CatalogueRegistration,
  TaskLink, WorkingGroup, ReportingObligation, ReportContent, Report, Indicator, FundingLine
]

/** Every module of the API: its shared schemas, the health probes at the root, the rest under /v1. */
// Not encapsulated, so the shared schemas are the root's and the OpenAPI document's components.
export default fp<ModuleOptions>(async (app, { backdateDays, rankingDisbursementWeight }) => {
  for (const schema of SHARED_SCHEMAS) app.addSchema(schema)
  await app.register(healthRoutes)
  await app.register(async (v1) => {
    await v1.register(agencyRoutes)
    await v1.register(noticeRoutes)
    await v1.register(taskRoutes)
    await v1.register(assignmentRoutes, { backdateDays })
    await v1.register(apiKeyRoutes)
    await v1.register(auditRoutes)
    await v1.register(changeRoutes)
    await v1.register(feedRoutes, { disbursementWeight: rankingDisbursementWeight })
    await v1.register(webhookRoutes)
    await v1.register(importRoutes)
    await v1.register(catalogueRoutes)
    await v1.register(workingGroupRoutes)
    await v1.register(reportRoutes)
    await v1.register(fundingRoutes)
  }, { prefix: '/v1' })
}, { name: 'modules' })
