import fp from 'fastify-plugin'
import { Problem } from '../shared/schemas.js'
import { Agency, AgencyGroup, AgencyRef } from '../modules/agencies/schemas.js'
import { Notice } from '../modules/notices/schemas.js'
import { Deadline, Task, TaskNode } from '../modules/tasks/schemas.js'
import { Assignment, ProgressUpdate } from '../modules/assignments/schemas.js'
import { ApiKey } from '../modules/api-keys/schemas.js'
import { TaskDraft } from '../modules/imports/schemas.js'
import { CatalogueEdition, CatalogueProduct, CatalogueTechnology } from '../modules/catalogue/schemas.js'
import { CatalogueProfile } from '../modules/catalogue/profile.js'
import { CatalogueRegistration } from '../modules/catalogue/registration-schemas.js'
import { TaskLink, WorkingGroup } from '../modules/working-groups/schemas.js'
import { Indicator, Report, ReportContent, ReportingObligation } from '../modules/reports/schemas.js'

// Shared schemas are registered once at the root so every module can $ref them and the
// OpenAPI document lists each as a named component.
export default fp(async (app) => {
  for (const schema of [Problem, AgencyRef, Agency, AgencyGroup, Notice, Deadline, Task, TaskNode, Assignment, ProgressUpdate, ApiKey, TaskDraft]) {
    app.addSchema(schema)
  }
  for (const schema of [CatalogueEdition, CatalogueProduct, CatalogueTechnology, CatalogueProfile, CatalogueRegistration]) app.addSchema(schema)
  for (const schema of [TaskLink, WorkingGroup, ReportingObligation, ReportContent, Report, Indicator]) app.addSchema(schema)
}, { name: 'schemas' })
