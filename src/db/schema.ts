import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely'

// The one hand-kept description of the tables. A column whose values a CHECK constraint lists
// (`kind in ('a', 'b')`) is typed as that union; test/app/db-types.test.ts compares every table,
// column, nullability and union here with the migrated database.

/** Columns the database fills on insert (defaults, generated values). */
type Default<T> = ColumnType<T, T | undefined, T>
type ReadOnly<T> = ColumnType<T, never, never>

export type AgencyKind = 'government' | 'ministry' | 'ministerial_agency' | 'government_agency' | 'party_body' | 'committee_body' | 'province' | 'other'
export type DeadlineKind = 'date' | 'month' | 'quarter' | 'half' | 'year' | 'none'
export type Recurrence = 'monthly' | 'quarterly' | 'yearly'
export type ApiKeyRole = 'admin' | 'secretariat' | 'reporter' | 'reader' | 'integration'
export type FundingSource = 'central' | 'local' | 'other_public' | 'non_state'
export type FundingField = 'science_technology' | 'innovation' | 'digital_transformation'
export type FundingFigure = 'registered' | 'estimate' | 'allocated' | 'disbursed' | 'carried_over'
export type ReportStatus = 'draft' | 'submitted' | 'accepted' | 'returned'
export type RegistrationState = 'draft' | 'submitted' | 'consolidated' | 'proposed' | 'approved' | 'rejected'
export type TechGroup = 1 | 2
export type InvestmentMode = 'push' | 'pull'

export interface AgencyTable {
  code: string
  nameVi: string
  nameEn: string
  kind: AgencyKind
  parentCode: string | null
  aliases: Default<string[]>
  searchText: ReadOnly<string>
}

export interface AgencyGroupTable {
  code: string
  nameVi: string
  nameEn: string
  aliases: Default<string[]>
}

export interface AgencyGroupMemberTable {
  groupCode: string
  agencyCode: string
}

export interface NoticeTable {
  id: Generated<number>
  number: string
  kind: string
  issuedOn: string
  issuerCode: string
  title: string
  summary: string | null
  status: Default<'active' | 'withdrawn'>
  version: Default<number>
  createdAt: Default<Date>
  updatedAt: Default<Date>
  searchText: ReadOnly<string>
}

export interface NoticeImportTable {
  id: Generated<number>
  noticeId: number
  importedAt: Default<Date>
  actor: string
  requestId: string | null
  result: unknown
}

export interface TaskTable {
  id: Generated<number>
  noticeId: number
  parentId: number | null
  ref: string
  label: string
  position: Default<number>
  content: string
  deadlineKind: DeadlineKind | null
  dueOn: string | null
  deadlineText: string | null
  recurrence: Recurrence | null
  leadCount: ReadOnly<number>
  leadOpenCount: ReadOnly<number>
  leadLateCount: ReadOnly<number>
  version: Default<number>
  createdAt: Default<Date>
  updatedAt: Default<Date>
  searchText: ReadOnly<string>
}

export interface TaskPartyTable {
  taskId: number
  role: 'lead' | 'coordinating' | 'directing'
  ordinal: number
  agencyCode: string | null
  groupCode: string | null
}

export interface TaskReferenceTable {
  taskId: number
  ordinal: number
  documentNumber: string
  taskRef: string | null
}

/** Written only by migration 0020's triggers: a task's JSON representation without timeliness and the closing brace. */
export interface TaskDocumentTable {
  taskId: number
  body: string
}

export interface AssignmentTable {
  id: Generated<number>
  taskId: number
  agencyCode: string
  role: 'lead' | 'coordinating'
  viaGroupCode: string | null
  state: Default<'open' | 'done' | 'cancelled'>
  doneOn: string | null
  doneReportedOn: string | null
  doneOnReview: 'pending' | 'confirmed' | 'rejected' | null
  progressPercent: Default<number>
  version: Default<number>
  createdAt: Default<Date>
  updatedAt: Default<Date>
}

export interface ProgressUpdateTable {
  id: Generated<number>
  assignmentId: number
  reportedAt: Default<Date>
  percent: number
  note: string
  evidence: Default<string[]>
  author: string
  doneOn: string | null
}

export interface TaskHistoryTable {
  id: Generated<number>
  taskId: number
  assignmentId: number | null
  occurredAt: Default<Date>
  action: string
  actor: string
  changes: unknown
}

export interface ApiKeyTable {
  id: Generated<number>
  name: string
  role: ApiKeyRole
  agencyCode: string | null
  secretHash: string
  secretPrefix: string
  createdAt: Default<Date>
  revokedAt: Date | null
}

export interface AuditLogTable {
  id: Generated<number>
  occurredAt: Default<Date>
  actorKeyId: number | null
  actorName: string
  requestId: string | null
  action: string
  entity: string
  entityId: string
  before: unknown
  after: unknown
}

export interface IdempotencyRequestTable {
  apiKeyId: number
  idempotencyKey: string
  requestHash: string
  statusCode: number | null
  responseBody: string | null
  responseHeaders: unknown
  createdAt: Default<Date>
}

export interface ChangeLogTable {
  seq: Generated<number>
  txid: ReadOnly<string>
  occurredAt: Default<Date>
  entity: string
  entityId: string
  operation: 'create' | 'update' | 'delete'
  version: number | null
}

export interface WorkingGroupTable {
  id: Generated<number>
  code: string
  name: string
  chair: string | null
  establishedByTaskId: number | null
  reportsToCode: string | null
  activeFrom: string | null
  activeTo: string | null
  note: string | null
  version: Default<number>
  createdAt: Default<Date>
  updatedAt: Default<Date>
}

export interface WorkingGroupMemberTable {
  id: Generated<number>
  workingGroupId: number
  agencyCode: string
  role: 'chair' | 'member' | 'standing'
  position: string | null
  ordinal: number
}

export interface IndicatorTable {
  id: Generated<number>
  code: string
  name: string
  unit: string
  kind: 'strategic' | 'operational'
  direction: 'higher' | 'lower'
  source: string | null
}

export interface ReportingObligationTable {
  id: Generated<number>
  reporterCode: string
  workingGroupId: number | null
  recipientCode: string
  cadence: 'monthly' | 'quarterly'
  startPeriod: string
  endPeriod: string | null
  dueDay: Default<number>
  taskId: number | null
  note: string | null
  version: Default<number>
  createdAt: Default<Date>
  updatedAt: Default<Date>
}

export interface ReportTable {
  id: Generated<number>
  obligationId: number
  period: string
  periodStart: string
  periodEnd: string
  status: Default<ReportStatus>
  revision: Default<number>
  firstSubmittedOn: string | null
  version: Default<number>
  createdAt: Default<Date>
  updatedAt: Default<Date>
}

export interface ReportRevisionTable {
  id: Generated<number>
  reportId: number
  revision: number
  status: Default<ReportStatus>
  content: unknown
  author: string
  createdAt: Default<Date>
  submittedOn: string | null
  submittedAt: Date | null
  reviewedAt: Date | null
  reviewedBy: string | null
  returnReason: string | null
}

export interface ReportIndicatorValueTable {
  id: Generated<number>
  revisionId: number
  indicatorCode: string
  value: number
}

export interface CatalogueEditionTable {
  id: Generated<number>
  number: string
  title: string
  issuedOn: string
  effectiveFrom: string
  effectiveTo: string | null
  declaredTechnologyCount: number | null
  declaredProductCount: number | null
  source: string
  version: Default<number>
  createdAt: Default<Date>
  updatedAt: Default<Date>
}

export interface CatalogueTechnologyTable {
  id: Generated<number>
  editionId: number
  code: string
  nameVi: string
  nameEn: string
  techGroup: TechGroup | null
  investmentMode: InvestmentMode | null
  sector: string | null
  leadAgencyCode: string | null
  coordinatingAgencyCodes: Default<string[]>
  source: string | null
  version: Default<number>
  createdAt: Default<Date>
  updatedAt: Default<Date>
  searchText: ReadOnly<string>
}

export interface CatalogueProductTable {
  id: Generated<number>
  editionId: number
  technologyId: number | null
  code: string
  nameVi: string
  nameEn: string
  priorityDecision: string | null
  facts: ColumnType<unknown, string | undefined, string>
  targets: ColumnType<unknown, string | undefined, string>
  source: string | null
  version: Default<number>
  createdAt: Default<Date>
  updatedAt: Default<Date>
  searchText: ReadOnly<string>
}

export interface CatalogueRegistrationTable {
  id: Generated<number>
  agencyCode: string
  subjectKind: 'technology' | 'product'
  code: string
  nameVi: string
  nameEn: string
  technologyCode: string | null
  techGroup: TechGroup | null
  investmentMode: InvestmentMode | null
  sector: string | null
  profile: ColumnType<unknown, string | undefined, string>
  priorityScore: number | null
  priorityParts: ColumnType<unknown, string | null | undefined, string | null>
  state: Default<RegistrationState>
  deadline: Default<string>
  submittedOn: string | null
  rejectionReason: string | null
  version: Default<number>
  createdAt: Default<Date>
  updatedAt: Default<Date>
  searchText: ReadOnly<string>
}

export interface CatalogueRegistrationStepTable {
  id: Generated<number>
  registrationId: number
  state: string
  actorName: string
  actorKeyId: number | null
  occurredAt: Default<Date>
  onDate: string
  reason: string | null
}

export interface WebhookSubscriptionTable {
  id: Generated<number>
  url: string
  eventTypes: string[]
  secret: string
  active: Default<boolean>
  createdAt: Default<Date>
}

export interface WebhookDeliveryTable {
  id: Generated<number>
  subscriptionId: number
  eventType: string
  entity: string
  entityId: string
  version: number | null
  occurredAt: Date
  status: Default<'pending' | 'delivered' | 'failed'>
  attempts: Default<number>
  nextAttemptAt: Default<Date>
  lastStatusCode: number | null
  lastError: string | null
  deliveredAt: Date | null
}

// Amounts are bigint whole đồng: the funding module reads them as text (::text), never through the INT8 parser.
export interface FundingLineTable {
  id: Generated<number>
  fiscalYear: number
  agencyCode: string
  source: FundingSource
  field: FundingField
  title: string
  taskId: number | null
  assignmentId: number | null
  technologyId: number | null
  productId: number | null
  programme: string | null
  senderCode: string
  externalId: string | null
  registered: Default<number>
  registeredAsOf: string | null
  estimate: Default<number>
  estimateAsOf: string | null
  allocated: Default<number>
  allocatedAsOf: string | null
  disbursed: Default<number>
  disbursedAsOf: string | null
  carriedOver: Default<number>
  carriedOverAsOf: string | null
  overAllocationReason: string | null
  version: Default<number>
  createdAt: Default<Date>
  updatedAt: Default<Date>
}

export interface FundingFigureTable {
  id: Generated<number>
  lineId: number
  figure: FundingFigure
  amount: number
  asOf: string
  recordedAt: Default<Date>
  actorKeyId: Default<number | null>
  actorName: Default<string>
  requestId: Default<string | null>
  overrideReason: string | null
}

export interface Database {
  agency: AgencyTable
  agencyGroup: AgencyGroupTable
  agencyGroupMember: AgencyGroupMemberTable
  notice: NoticeTable
  noticeImport: NoticeImportTable
  task: TaskTable
  taskParty: TaskPartyTable
  taskReference: TaskReferenceTable
  taskDocument: TaskDocumentTable
  assignment: AssignmentTable
  progressUpdate: ProgressUpdateTable
  taskHistory: TaskHistoryTable
  apiKey: ApiKeyTable
  auditLog: AuditLogTable
  idempotencyRequest: IdempotencyRequestTable
  catalogueEdition: CatalogueEditionTable
  catalogueTechnology: CatalogueTechnologyTable
  catalogueProduct: CatalogueProductTable
  catalogueRegistration: CatalogueRegistrationTable
  catalogueRegistrationStep: CatalogueRegistrationStepTable
  changeLog: ChangeLogTable
  webhookSubscription: WebhookSubscriptionTable
  webhookDelivery: WebhookDeliveryTable
  workingGroup: WorkingGroupTable
  workingGroupMember: WorkingGroupMemberTable
  indicator: IndicatorTable
  reportingObligation: ReportingObligationTable
  report: ReportTable
  reportRevision: ReportRevisionTable
  reportIndicatorValue: ReportIndicatorValueTable
  fundingLine: FundingLineTable
  fundingFigure: FundingFigureTable
}

/** A table's row as read, as written by an insert, and as changed by an update, by its name in `Database`. */
export type Row<T extends keyof Database> = Selectable<Database[T]>
export type NewRow<T extends keyof Database> = Insertable<Database[T]>
export type RowUpdate<T extends keyof Database> = Updateable<Database[T]>

export type AgencyRow = Selectable<AgencyTable>
export type AgencyGroupRow = Selectable<AgencyGroupTable>
export type AgencyGroupMemberRow = Selectable<AgencyGroupMemberTable>
export type NoticeRow = Selectable<NoticeTable>
export type NoticeImportRow = Selectable<NoticeImportTable>
export type TaskRow = Selectable<TaskTable>
export type TaskPartyRow = Selectable<TaskPartyTable>
export type TaskReferenceRow = Selectable<TaskReferenceTable>
export type TaskDocumentRow = Selectable<TaskDocumentTable>
export type AssignmentRow = Selectable<AssignmentTable>
export type ProgressUpdateRow = Selectable<ProgressUpdateTable>
export type TaskHistoryRow = Selectable<TaskHistoryTable>
export type ApiKeyRow = Selectable<ApiKeyTable>
export type AuditLogRow = Selectable<AuditLogTable>
export type IdempotencyRequestRow = Selectable<IdempotencyRequestTable>
export type ChangeLogRow = Selectable<ChangeLogTable>
export type WorkingGroupRow = Selectable<WorkingGroupTable>
export type WorkingGroupMemberRow = Selectable<WorkingGroupMemberTable>
export type IndicatorRow = Selectable<IndicatorTable>
export type ReportingObligationRow = Selectable<ReportingObligationTable>
export type ReportRow = Selectable<ReportTable>
export type ReportRevisionRow = Selectable<ReportRevisionTable>
export type ReportIndicatorValueRow = Selectable<ReportIndicatorValueTable>
export type CatalogueEditionRow = Selectable<CatalogueEditionTable>
export type CatalogueTechnologyRow = Selectable<CatalogueTechnologyTable>
export type CatalogueProductRow = Selectable<CatalogueProductTable>
export type CatalogueRegistrationRow = Selectable<CatalogueRegistrationTable>
export type CatalogueRegistrationStepRow = Selectable<CatalogueRegistrationStepTable>
export type WebhookSubscriptionRow = Selectable<WebhookSubscriptionTable>
export type WebhookDeliveryRow = Selectable<WebhookDeliveryTable>
