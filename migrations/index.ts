import type { Migration } from 'kysely'
import * as extensions from './2026-11-23T0001_extensions.js'
import * as agencies from './2026-11-23T0002_agencies.js'
import * as noticesTasks from './2026-11-23T0003_notices_tasks.js'
import * as accessAudit from './2026-11-23T0004_access_audit.js'
import * as changeFeed from './2026-11-23T0005_change_feed.js'
import * as webhooks from './2026-11-23T0008_webhooks.js'
import * as assignmentAgencyIndex from './2026-11-23T0009_assignment_agency_index.js'
import * as apiKeyNotify from './2026-11-23T0010_api_key_notify.js'
import * as catalogue from './2026-11-23T0011_catalogue.js'
import * as feedReportsCatalogue from './2026-11-23T0013_feed_reports_catalogue.js'
import * as workingGroups from './2026-11-23T0012_working_groups.js'
import * as noOpChanges from './2026-11-29T0014_no_op_changes.js'
import * as leastPrivilege from './2026-11-29T0015_least_privilege.js'
import * as doneOnReview from './2026-11-29T0016_done_on_review.js'
import * as replayAudit from './2026-11-29T0017_replay_audit.js'
import * as apiKeyNotifyOnInsert from './2026-11-29T0018_api_key_notify_on_insert.js'
import * as noticeImports from './2026-11-29T0019_notice_imports.js'
import * as taskDocuments from './2026-11-30T0020_task_documents.js'
import * as taskDueIndex from './2026-11-30T0021_task_due_index.js'
import * as leadCountersOnChange from './2026-11-30T0022_lead_counters_on_change.js'
import * as funding from './2026-11-30T0023_funding.js'

// Listed by hand rather than read from disk so the set is fixed at build time and works the
// same under tsx, tap and a compiled build. Names sort in the order they must run.
export const migrations: Record<string, Migration> = {
  '2026-11-23T0001_extensions': extensions,
  '2026-11-23T0002_agencies': agencies,
  '2026-11-23T0003_notices_tasks': noticesTasks,
  '2026-11-23T0004_access_audit': accessAudit,
  '2026-11-23T0005_change_feed': changeFeed,
  '2026-11-23T0008_webhooks': webhooks,
  '2026-11-23T0009_assignment_agency_index': assignmentAgencyIndex,
  '2026-11-23T0010_api_key_notify': apiKeyNotify,
  '2026-11-23T0011_catalogue': catalogue,
  '2026-11-23T0013_feed_reports_catalogue': feedReportsCatalogue,
  '2026-11-23T0012_working_groups': workingGroups,
  '2026-11-29T0014_no_op_changes': noOpChanges,
  '2026-11-29T0015_least_privilege': leastPrivilege,
  '2026-11-29T0016_done_on_review': doneOnReview,
  '2026-11-29T0017_replay_audit': replayAudit,
  '2026-11-29T0018_api_key_notify_on_insert': apiKeyNotifyOnInsert,
  '2026-11-29T0019_notice_imports': noticeImports,
  '2026-11-30T0020_task_documents': taskDocuments,
  '2026-11-30T0021_task_due_index': taskDueIndex,
  '2026-11-30T0022_lead_counters_on_change': leadCountersOnChange,
  '2026-11-30T0023_funding': funding
}
