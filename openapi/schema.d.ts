// Generated from openapi/openapi.json by npm run openapi (openapi-typescript); do not edit.
export interface paths {
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics: requests and latency per route and status, database pool use, change feed lag
         * @description Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The process is up
         * @description Public: no API key needed.
         */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The service can answer: the database responds
         * @description Public: no API key needed.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List agencies
         * @description Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["listAgencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Map a name or abbreviation as written in a document to an agency or group
         * @description Matching ignores accents, case and punctuation. An exact name or alias gives confidence 1; "UBND tỉnh X" and "Tỉnh X" match X at 0.95; otherwise trigram similarity, and no match when the best two candidates are too close to tell apart.
         *
         *     Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["resolveAgency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an agency by code
         * @description Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["getAgency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agency-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List agency groups with their members
         * @description Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["listAgencyGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agency-groups/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an agency group with its members
         * @description Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["getAgencyGroup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List notices
         * @description Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["listNotices"];
        put?: never;
        /**
         * Register a notice
         * @description Requires an API key with role admin, secretariat.
         */
        post: operations["createNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a notice
         * @description Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["getNotice"];
        put?: never;
        post?: never;
        /**
         * Withdraw a notice
         * @description A notice on which no progress was ever reported is deleted with its tasks. One with recorded progress is never deleted: it is marked withdrawn and keeps its tasks and history.
         *
         *     Requires an API key with role admin, secretariat.
         */
        delete: operations["withdrawNotice"];
        options?: never;
        head?: never;
        /**
         * Change a notice (If-Match required)
         * @description Requires an API key with role admin, secretariat.
         */
        patch: operations["updateNotice"];
        trace?: never;
    };
    "/v1/notices/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A notice's tasks as a tree (sections → points → items → bullets)
         * @description Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["getNoticeTaskTree"];
        put?: never;
        /**
         * Add a task to a notice
         * @description Leads given as groups fan out to one assignment per member agency. A task that names no lead inherits its parent's. Send `deadline` or `deadlineText` (read by the deadline reader; what it cannot read is kept as text with kind none and a warning).
         *
         *     Requires an API key with role admin, secretariat.
         */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tasks across notices
         * @description Ordered by id; follow nextCursor. With `agency`, `role` and `timeliness` apply to that agency's own assignment; without it, `timeliness` is the task's roll-up over its leads.
         *
         *     Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["listTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a task
         * @description Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["getTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a task (If-Match required)
         * @description Changing leads or coordinators re-syncs assignments: new ones open, dropped ones are deleted when nobody reported on them and cancelled otherwise.
         *
         *     Requires an API key with role admin, secretariat.
         */
        patch: operations["updateTask"];
        trace?: never;
    };
    "/v1/tasks/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A task's change history, oldest first
         * @description Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["getTaskHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List assignments, e.g. the done dates waiting for review
         * @description In id order. `doneOnReview=pending` is the Standing Office's review queue: done dates a reporter named well after the fact, which the public ranking does not trust until reviewed.
         *
         *     Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["listAssignments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A task's assignments, one per agency and role
         * @description Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["listTaskAssignments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assignments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an assignment
         * @description Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["getAssignment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Mark an assignment done, reopen or cancel it (If-Match required)
         * @description Only the Standing Office (secretariat) or an admin may cancel an assignment or bring back a cancelled one; a reporter gets 403. doneOn may not be before the assignment began (assignedOn: the notice's issue date, or the day the agency was added) nor after today (400 NQ57_DONE_ON_OUT_OF_RANGE). A reporter's doneOn more than DONE_ON_BACKDATE_DAYS (default 30) days before today is accepted with doneOnReview pending, for the Standing Office to confirm or reject.
         *
         *     Requires an API key with role admin, secretariat, reporter.
         */
        patch: operations["changeAssignmentState"];
        trace?: never;
    };
    "/v1/assignments/{id}/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An assignment's progress updates, oldest first (append-only)
         * @description Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["listProgressUpdates"];
        put?: never;
        /**
         * Report progress on an assignment
         * @description doneOn may not be before the assignment began (assignedOn: the notice's issue date, or the day the agency was added) nor after today (400 NQ57_DONE_ON_OUT_OF_RANGE). A reporter's doneOn more than DONE_ON_BACKDATE_DAYS (default 30) days before today is accepted with doneOnReview pending, for the Standing Office to confirm or reject.
         *
         *     Requires an API key with role admin, secretariat, reporter.
         */
        post: operations["createProgressUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assignments/{id}/updates/{updateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one progress update of an assignment
         * @description Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["getProgressUpdate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assignments/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm or reject a backdated done date (If-Match required)
         * @description For an assignment whose doneOnReview is pending (409 otherwise). confirm: the ranking trusts doneOn from now on. reject (with a reason, 422 without): doneOn becomes doneReportedOn, the day the claim was made; the claimed date stays in the progress updates and the history.
         *
         *     Requires an API key with role admin, secretariat.
         */
        post: operations["reviewAssignmentDoneOn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys (never their secrets)
         * @description Requires an API key with role admin.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key; its secret is shown only in this answer
         * @description Requires an API key with role admin.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an API key (never its secret)
         * @description Requires an API key with role admin.
         */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        /**
         * Revoke an API key; it stops working at once
         * @description Requires an API key with role admin.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log: every write, who made it, before and after
         * @description Append-only: written by database triggers in the same transaction as each change, and protected there against update and delete.
         *
         *     Requires an API key with role admin, secretariat.
         */
        get: operations["listAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every change to notices, tasks, assignments, progress, reports and catalogue entries, in commit-safe order
         * @description Start without `after`, then pass each page's `nextCursor`. Changes are served only once every transaction that could precede them has finished, so a consumer never skips one, even when concurrent writes commit out of order; a change may therefore appear a moment after its commit. `nextCursor` is always given: when `items` is empty you are up to date, poll again later with the same cursor. A long transaction anywhere on the database server holds every later change back until it ends; `lag` tells how much is held back. Applying each item (upsert `data`, or delete on a null tombstone) reproduces the current state. Webhooks deliver each change as exactly this item, in their payload's `data`.
         *
         *     Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["listChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export tasks as CSV, one row per assignment
         * @description Takes the same filters as GET /v1/tasks and lists exactly its tasks, in id order. With `agency`, the rows are that agency's own assignments only: not cancelled, and of the `role` and `timeliness` asked, the very assignments that put each task in the JSON list (so every row's agencyCode is the agency asked; a group code matches no assignment, since assignments belong to member agencies, and gives no rows, as in the JSON list). Without `agency`, every assignment of each listed task is a row, `timeliness` choosing tasks by their roll-up as the JSON list does (each row's timeliness column is that assignment's own). Streamed (memory stays flat at any size), UTF-8 with a BOM for Excel. Columns: notice, taskId, ref, content, agencyCode, agencyName, role, deadlineKind, dueOn, deadlineText, state, doneOn, progressPercent, timeliness. A cell that starts with = + - @ is prefixed with ' so spreadsheets do not run it as a formula.
         *
         *     Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["exportTasksCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statistics/timeliness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lead assignments counted by timeliness, per notice, agency or due month
         * @description Lead assignments that are not cancelled, each counted once under its timeliness as of asOf. `counts` names each timeliness in camelCase, like every JSON key (doneOnTime counts those that `timeliness=done_on_time` selects); `total` is their sum.
         *
         *     Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["getTimelinessStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rankings/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The published ranking of agencies on delivery (public)
         * @description For each agency, over its lead assignments (not cancelled) whose task falls due between `from` and `to`.
         *
         *     Dates it trusts: a reported doneOn is never before the assignment began (its notice's issue date, or the day the agency was added) nor after the day it was reported, and only the Standing Office or an admin may cancel an assignment. A doneOn a reporter named more than DONE_ON_BACKDATE_DAYS days before the day it reported it (doneOnReview pending) counts as done on the day it was reported (doneReportedOn) until the Standing Office confirms it; confirmed dates, dates within the window and dates the Standing Office or an admin recorded count as given. An assignment counts as done only if that trusted date is on or before `asOf`.
         *
         *     onTimeShare = doneOnTime / total; overdueCount = done late + not done with its due date before `asOf`; overdueDays = the days past due summed over those (done late: trusted date − dueOn; not done: asOf − dueOn); doneOnUnderReview = the done ones counted at their report day.
         *
         *     Reports: for every period of the agency's reporting obligations that ends between `from` and `to`, its report counts on time when first submitted by its due date (and by `asOf`), late when first submitted after it (by `asOf`), and missing when its due date is before `asOf` and it was not submitted by then (a draft is not a report). reportsDue = reportsOnTime + reportsLate + reportsMissing.
         *
         *     Funding: disbursementRate = disbursed ÷ allocated over the agency's funding lines of the fiscal years `from` to `to` touch, each figure as it stood on `asOf` (null when nothing is allocated).
         *
         *     index = 100 × onTimeShare − 10 × overdueCount / total − overdueDays / total − 10 × (reportsLate + 2 × reportsMissing) / reportsDue (that last term 0 when no report is due) + RANKING_DISBURSEMENT_WEIGHT × disbursementRate (0 when null), rounded to 2 decimals: a missing report costs twice a late one, so reporting late always beats not reporting. RANKING_DISBURSEMENT_WEIGHT is 0 until the Standing Office sets one (the service's setting, in index points for a fully disbursed allocation), so by default disbursement is shown and does not move the rank. `asOf` defaults to today and may not be after it. Ranked by index (higher first), then more assignments first, then agency code; agencies with no lead assignment due in the period are left out (their missing reports are in GET /v1/reports/missing).
         *
         *     Cacheable: Cache-Control public for 60 s, and an ETag of the content; send it back in If-None-Match for a 304 while the ranking is unchanged.
         *
         *     Public: no API key needed.
         */
        get: operations["getAgencyRanking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook subscriptions
         * @description Requires an API key with role admin, secretariat.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Subscribe a URL to change events
         * @description Each change is POSTed as {type, timestamp, data}: type is the event (e.g. task.updated), timestamp when the change was made, and data the change exactly as GET /v1/changes serves it as an item ({entity, id, operation, version, occurredAt, data}, data being the entity's current representation or null once it is gone), so one handler serves both. Signed as the Standard Webhooks specification says (webhook-id, webhook-timestamp, webhook-signature "v1,<base64 HMAC-SHA256 of id.timestamp.body>" with the returned whsec_ secret). Failures and timeouts are retried with exponential backoff; every attempt is in the delivery log. The URL must reach a public host: loopback, private, link-local, unique-local, carrier-grade NAT, multicast, unspecified and cloud metadata addresses are refused (400), whether written literally or resolved from a name, and again at every delivery, unless the operator allows the host. Redirects are not followed.
         *
         *     Requires an API key with role admin, secretariat.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook subscription (never its secret)
         * @description Requires an API key with role admin, secretariat.
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Stop a subscription (its delivery log is kept)
         * @description Requires an API key with role admin, secretariat.
         */
        delete: operations["deactivateWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A subscription's delivery log, oldest first
         * @description Requires an API key with role admin, secretariat.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{deliveryId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery again (back to pending, with a fresh set of attempts)
         * @description The replay is in the audit log (entity webhook_delivery), with who asked for it; the attempts the dispatcher makes are not.
         *
         *     Requires an API key with role admin, secretariat.
         */
        post: operations["replayWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notices/{id}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import the appendix text of a notice as tasks
         * @description Reads the appendix as extracted from the PDF (hard line breaks, page breaks, bookmarks and footnotes are cleaned up; footnotes never become tasks) into sections "1.", points "a)", items "(1)" and bullets "-"/"+", with lead, coordinating and directing agencies, deadline, recurrence and cited documents. A name the agency register cannot match, or a deadline the reader cannot read, is a warning, never a guess. dryRun true (default) answers the preview with 200 and writes nothing. dryRun false writes the whole tree in one transaction (all or nothing) and answers 201 with Location naming the import, which can be read again there; a task whose ref already exists in the notice is skipped and reported in warnings (its children go under the existing task), so importing the same text twice adds nothing. A ref the text numbers twice (its numbering restarts) is read as "<ref>~2", "<ref>~3" … and reported in warnings, and so is a task with a deadline but no lead the reader could find. Limits: the text at most 200,000 characters (413 above it; reading that much takes well under 2 s and never holds up other requests); one task at most 20,000 characters, as for any task: a longer one is not read, is reported in warnings, and makes dryRun false answer 422.
         *
         *     Requires an API key with role admin, secretariat.
         */
        post: operations["importNoticeTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notices/{id}/imports/{importId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An import that wrote: the tasks it read and its warnings, as it answered
         * @description Requires an API key with role admin, secretariat.
         */
        get: operations["getNoticeImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The catalogue in force on a day (or of an edition): technologies with their products
         * @description Answers from the edition named by `edition` (its decision number) or else the edition in force on `asOf` (default today, Asia/Ho_Chi_Minh): Decision 1131/QĐ-TTg until 30/6/2026, Decision 21/2026/QĐ-TTg from 1/7/2026. Technologies come in code order.
         *
         *     Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["getCatalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalogue/editions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List catalogue editions with their effective dates
         * @description Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["listCatalogueEditions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalogue/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the products of the catalogue in force on a day (or of an edition)
         * @description Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["listCatalogueProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalogue/technologies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a catalogue technology with its products
         * @description Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["getCatalogueTechnology"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a catalogue technology (If-Match required)
         * @description Requires an API key with role admin, secretariat.
         */
        patch: operations["updateCatalogueTechnology"];
        trace?: never;
    };
    "/v1/catalogue/technologies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a technology to an edition
         * @description Requires an API key with role admin, secretariat.
         */
        post: operations["createCatalogueTechnology"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalogue/editions/{id}/loads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Load or update an edition's technologies and products from rows (JSON) or CSV
         * @description Upserts by code within the edition, in one transaction: every row or none. A failing row aborts the load with a 400 naming it (row number and code). With dryRun the same work runs and is rolled back, so the answer says exactly what would be created, updated (with the changed fields) or left unchanged.
         *
         *     Requires an API key with role admin, secretariat.
         */
        post: operations["loadCatalogueEdition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalogue/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List registrations, by id or in priority order
         * @description sort=priority lists in priority order with the score's parts.
         *
         *     Priority score (0–100) from the profile's economic accounting (all amounts in VND) and the group:
         *     - returnPoints = 50 × min(1, (importSubstitutionPerYear + exportPotentialPerYear) / investment)
         *     - valueAddedPoints = 20 × domesticValueAddedPercent / 100
         *     - readinessPoints = w × (readiness − 1) / 8, w = 30 for group 1 or unclassified, 15 for group 2
         *     - groupPoints = 15 for group 2 (State-led autonomy and future platforms), else 0
         *     Each part is rounded to 2 decimals; score = their sum. A registration without all five figures has no score and sorts
         *     after every scored one. sort=priority orders by score descending, ties broken by code, then id.
         *
         *     Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["listCatalogueRegistrations"];
        put?: never;
        /**
         * Register a technology or product (as a draft) for a ministry
         * @description A reporter registers only for its own agency. Agencies in the profile must be in the register. Ministries register by 05/4/2026 (Notice 22-TB/CQTTBCĐ).
         *
         *     Requires an API key with role admin, secretariat, reporter.
         */
        post: operations["createCatalogueRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalogue/registrations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a registration with its profile, missing fields, score and steps
         * @description Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["getCatalogueRegistration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a draft registration (If-Match required)
         * @description Requires an API key with role admin, secretariat, reporter.
         */
        patch: operations["updateCatalogueRegistration"];
        trace?: never;
    };
    "/v1/catalogue/registrations/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a registration: submit, consolidate, propose, approve or reject (If-Match required)
         * @description submit (draft → submitted; the registering ministry; 422 listing every missing profile field when incomplete; the day is kept and a day after the deadline marks it late) · consolidate (submitted → consolidated) and propose (consolidated → proposed): the Ministry of Science and Technology (reporter of BKHCN) or the Standing Office · approve (proposed → approved): the Standing Office · reject (with reason): the Standing Office, or BKHCN before the proposal. Each step records who and when.
         *
         *     Requires an API key with role admin, secretariat, reporter.
         */
        post: operations["transitionCatalogueRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/working-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List working groups (Tổ công tác)
         * @description Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["listWorkingGroups"];
        put?: never;
        /**
         * Register a working group
         * @description Requires an API key with role admin, secretariat.
         */
        post: operations["createWorkingGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/working-groups/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a working group with its members
         * @description Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["getWorkingGroup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a working group (If-Match required)
         * @description `members`, when sent, replaces the whole member list.
         *
         *     Requires an API key with role admin, secretariat.
         */
        patch: operations["updateWorkingGroup"];
        trace?: never;
    };
    "/v1/reporting-obligations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List reporting obligations
         * @description Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["listReportingObligations"];
        put?: never;
        /**
         * Create a reporting obligation
         * @description A period's report is due on `dueDay` (default 5) of the month after the period ends: 2026-04 is due 2026-05-05, 2026-Q1 is due 2026-04-05.
         *
         *     Requires an API key with role admin, secretariat.
         */
        post: operations["createReportingObligation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reporting-obligations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a reporting obligation
         * @description A period's report is due on `dueDay` (default 5) of the month after the period ends: 2026-04 is due 2026-05-05, 2026-Q1 is due 2026-04-05.
         *
         *     Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["getReportingObligation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a reporting obligation (If-Match required)
         * @description A period's report is due on `dueDay` (default 5) of the month after the period ends: 2026-04 is due 2026-05-05, 2026-Q1 is due 2026-04-05.
         *
         *     Requires an API key with role admin, secretariat.
         */
        patch: operations["updateReportingObligation"];
        trace?: never;
    };
    "/v1/reporting-obligations/{id}/periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The periods of an obligation and where each stands
         * @description Every period from the obligation's start that has begun as of `asOf` (default today), oldest first, `limit` to a page; periods lie in the years 2000 to 2100, so an obligation has at most 1,212. A period's report is due on `dueDay` (default 5) of the month after the period ends: 2026-04 is due 2026-05-05, 2026-Q1 is due 2026-04-05.
         *
         *     Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["getReportingObligationPeriods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/reporting-obligations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create the reporting obligations of a recurring task
         * @description For a task with a monthly or quarterly recurrence: the working group it sets up reports (from the month it is due to be set up), otherwise each lead agency named directly (from the period its notice was issued in), to the Standing Board (TTBCD). Obligations that exist are kept; answers all of the task's obligations.
         *
         *     Requires an API key with role admin, secretariat.
         */
        post: operations["deriveReportingObligations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reporting-obligations/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Draft the report of a period
         * @description One report per obligation and period; the period must match the cadence (YYYY-MM or YYYY-Qn), lie within the obligation and have begun. A reporter key drafts only its own agency's reports. Lifecycle: draft → submitted → accepted, or returned (with a reason) → corrected (a new revision, as a draft) → submitted again.
         *
         *     Requires an API key with role admin, secretariat, reporter.
         */
        post: operations["createReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List reports
         * @description `from` and `to` are periods: reports whose period lies within them. `timeliness` is by the first submission date.
         *
         *     Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["listReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/missing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reports missing as of a date
         * @description For each obligation, every period from its start whose due date is before `asOf` (default today) and that has no report ever submitted (a draft may exist). Ordered by obligation, then period.
         *
         *     Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["listMissingReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a report (its current revision)
         * @description Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["getReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a draft or correct a returned report (If-Match required)
         * @description A draft is edited in place; a returned report gets a new revision holding the correction. A submitted or accepted report is never edited (409). Lifecycle: draft → submitted → accepted, or returned (with a reason) → corrected (a new revision, as a draft) → submitted again.
         *
         *     Requires an API key with role admin, secretariat, reporter.
         */
        patch: operations["updateReport"];
        trace?: never;
    };
    "/v1/reports/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every revision of a report, oldest first
         * @description Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["getReportRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a draft report (If-Match required)
         * @description Needs a non-empty summary. The first submission date decides timeliness. Lifecycle: draft → submitted → accepted, or returned (with a reason) → corrected (a new revision, as a draft) → submitted again.
         *
         *     Requires an API key with role admin, secretariat, reporter.
         */
        post: operations["submitReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a submitted report (If-Match required)
         * @description Requires an API key with role admin, secretariat.
         */
        post: operations["acceptReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return a submitted report for correction, with the reason (If-Match required)
         * @description Requires an API key with role admin, secretariat.
         */
        post: operations["returnReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The indicators register
         * @description Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["listIndicators"];
        put?: never;
        /**
         * Register an indicator
         * @description Requires an API key with role admin, secretariat.
         */
        post: operations["createIndicator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/indicators/{code}/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An indicator's values as reported, per agency and period
         * @description One point per report that stands (submitted or accepted), from its current revision; ordered by period. `from` and `to` are periods.
         *
         *     Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["getIndicatorSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/funding/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List funding lines, filtered, figures as of a date
         * @description In id order. `asOf` (default today) shows each figure as it stood that day. `noticeId` selects lines linked to that notice's tasks; `technologyId` lines of that strategic technology (directly or through a product).
         *
         *     Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["listFundingLines"];
        put?: never;
        /**
         * Register a funding line (an agency's need, or a budget line)
         * @description Who writes what: a reporter key registers and revises its own agency's needs (`registered`) and may not touch another agency's lines; an integration key (the finance or science ministry's system) writes `estimate`, `allocated`, `disbursed` and `carriedOver` of any line, and describes only the lines it sent; the Standing Office and admins write everything. A field a key may not write is a 403 naming it.
         *
         *     Checks: amounts are whole đồng, never negative; disbursed never above allocated unless `overrideReason` says why (kept on the line, in its history and the audit log); a line linked to a task belongs to an agency with an assignment on that task (to an assignment: that assignment's agency); a product sets its technology. Each figure sent is kept with `asOf` (default today, never later): a value dated before the figure's latest one is history, and the current value stays.
         *
         *     An externalId already used by this sender is a 409. Honours Idempotency-Key.
         *
         *     Requires an API key with role admin, secretariat, reporter, integration.
         */
        post: operations["createFundingLine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/funding/lines.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export funding lines as CSV
         * @description The filters of GET /v1/funding/lines; amounts in whole đồng, as of `asOf`. Streamed, UTF-8 with a BOM for Excel. Columns: id, externalId, senderCode, fiscalYear, agencyCode, source, field, title, taskId, assignmentId, noticeId, technologyId, productId, programme, registered, estimate, allocated, disbursed, carriedOver, unallocated, overrideReason, asOf.
         *
         *     Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["exportFundingLinesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/funding/lines/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A funding line, figures as of a date
         * @description Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["getFundingLine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a funding line's figures or description (If-Match required)
         * @description Who writes what: a reporter key registers and revises its own agency's needs (`registered`) and may not touch another agency's lines; an integration key (the finance or science ministry's system) writes `estimate`, `allocated`, `disbursed` and `carriedOver` of any line, and describes only the lines it sent; the Standing Office and admins write everything. A field a key may not write is a 403 naming it.
         *
         *     Checks: amounts are whole đồng, never negative; disbursed never above allocated unless `overrideReason` says why (kept on the line, in its history and the audit log); a line linked to a task belongs to an agency with an assignment on that task (to an assignment: that assignment's agency); a product sets its technology. Each figure sent is kept with `asOf` (default today, never later): a value dated before the figure's latest one is history, and the current value stays.
         *
         *     A link sent as null is removed; a field left out stays.
         *
         *     Requires an API key with role admin, secretariat, reporter, integration.
         */
        patch: operations["updateFundingLine"];
        trace?: never;
    };
    "/v1/funding/lines/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every value each figure of a line was given
         * @description In the order written: the amount, the date it holds from, who sent it, in which request, and an override reason when it let disbursed pass allocated.
         *
         *     Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["getFundingLineHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/funding/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upsert many funding lines at once, keyed by the sender's ids (dry run by default)
         * @description Each line is found by its `externalId` among the lines this sender (the key's agency; the Standing Office for its and admins' keys) sent before: a new one is created, a known one gets the fields and figures sent (a field left out, or an empty CSV cell, stays as it is). Sending the same batch again changes nothing. `dryRun=true` (the default) answers exactly what the write would change and writes nothing; `dryRun=false` writes all of it in one transaction, or nothing: any line that breaks a rule makes it a 422 listing every problem by row and field (403 for fields the key may not write), nothing written. JSON (`{"lines": [...]}`) or CSV (`text/csv`, a header row naming the same fields, UTF-8, a BOM allowed). At most 100,000 lines and 64 MiB; batches of one sender run one at a time. Other requests are served while a large batch is read and written.
         *
         *     Who writes what: a reporter key registers and revises its own agency's needs (`registered`) and may not touch another agency's lines; an integration key (the finance or science ministry's system) writes `estimate`, `allocated`, `disbursed` and `carriedOver` of any line, and describes only the lines it sent; the Standing Office and admins write everything. A field a key may not write is a 403 naming it.
         *
         *     Checks: amounts are whole đồng, never negative; disbursed never above allocated unless `overrideReason` says why (kept on the line, in its history and the audit log); a line linked to a task belongs to an agency with an assignment on that task (to an assignment: that assignment's agency); a product sets its technology. Each figure sent is kept with `asOf` (default today, never later): a value dated before the figure's latest one is history, and the current value stays.
         *
         *     Requires an API key with role admin, secretariat, reporter, integration.
         */
        post: operations["upsertFundingLines"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/funding/totals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Funding totals and rates, grouped, as of a date
         * @description The lines the filters select, grouped by `groupBy` (agency, field, source, notice, technology or fiscalYear), each figure summed as it stood on `asOf` (default today). `unallocated` is estimate − allocated; `allocationRate` is allocated ÷ estimate and `disbursementRate` disbursed ÷ allocated, to 4 decimals, null when the divisor is 0. A line counts in the group it is in now (its agency, field, link), with its figures of that date; a line with no notice or technology is in the group with key null.
         *
         *     Requires an API key with role admin, secretariat, reporter, reader, integration.
         */
        get: operations["getFundingTotals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details (application/problem+json) */
        Problem: {
            /** @description URI identifying the problem type */
            type: string;
            title: string;
            status: number;
            detail?: string;
            instance?: string;
            /** @description Stable machine-readable error code */
            code: string;
            /** @description Also sent as the x-request-id header; quote it when reporting a problem */
            requestId: string;
            errors?: {
                /** @enum {unknown} */
                in: "body" | "query" | "path" | "header";
                /** @description JSON pointer to the offending value, e.g. /limit; in a CSV body, the column name */
                field: string;
                /** @description In a batch, the row at fault, counting from 1 (in CSV the header is not counted) */
                row?: number;
                message: string;
            }[];
        };
        AgencyRef: {
            /**
             * @description Stable agency or group code
             * @example BKHCN
             */
            code: string;
            nameVi: string;
        };
        Agency: {
            /**
             * @description Stable agency or group code
             * @example BKHCN
             */
            code: string;
            nameVi: string;
            nameEn: string;
            /** @enum {unknown} */
            kind: "government" | "ministry" | "ministerial_agency" | "government_agency" | "party_body" | "committee_body" | "province" | "other";
            parent: components["schemas"]["AgencyRef"] | null;
            /** @description Abbreviations and other names documents use */
            aliases: string[];
        };
        AgencyGroup: {
            /**
             * @description Stable agency or group code
             * @example BKHCN
             */
            code: string;
            nameVi: string;
            nameEn: string;
            aliases: string[];
            members: components["schemas"]["AgencyRef"][];
        };
        Notice: {
            id: number;
            number: string;
            /** @description Document kind read from the number: TB, BC, CV, QĐ, NQ, CTr, KH, … */
            kind: string;
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-04-30
             */
            issuedOn: string;
            issuer: components["schemas"]["AgencyRef"];
            title: string;
            summary: string | null;
            /**
             * @description withdrawn notices keep their tasks and history but are no longer in force
             * @enum {unknown}
             */
            status: "active" | "withdrawn";
            taskCount: number;
            version: number;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp in UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp in UTC
             */
            updatedAt: string;
        };
        Deadline: {
            /** @enum {unknown} */
            kind: "date" | "month" | "quarter" | "half" | "year" | "none";
            /** @description Last day to complete; null when kind is none */
            dueOn: string | null;
            /** @description The phrase as the notice prints it */
            text: string | null;
        };
        Task: {
            id: number;
            noticeId: number;
            noticeNumber: string;
            parentId: number | null;
            /**
             * @description Path as printed: section "4", point "4.d" (Vietnamese letters, so "1.đ"), item "4.d.(1)", the Nth dash bullet "3.c.-N", the Nth plus bullet "…+N"
             * @example 1.b.(1)
             */
            ref: string;
            /** @description The marker as printed: "1.", "a)", "(1)", "-", "+" */
            label: string;
            content: string;
            recurrence: ("monthly" | "quarterly" | "yearly") | null;
            leadAgencies: components["schemas"]["AgencyRef"][];
            coordinatingAgencies: components["schemas"]["AgencyRef"][];
            leadGroups: components["schemas"]["AgencyRef"][];
            coordinatingGroups: components["schemas"]["AgencyRef"][];
            /** @description Agencies that direct the lead ("X chỉ đạo Y chủ trì": X) */
            directingAgencies: components["schemas"]["AgencyRef"][];
            deadline: components["schemas"]["Deadline"] | null;
            references: {
                /** @description The referenced document, kept by number even when it is not in the system */
                documentNumber: string;
                /** @description A point of that document, e.g. 4.b */
                taskRef: string | null;
                /** @description The referenced task when that document and point are in the system */
                taskId?: number | null;
            }[];
            /** @description Rolled up from the lead assignments: overdue if any lead is, done when all are; null when the task has no lead */
            timeliness: ("done_on_time" | "done_late" | "done_undated" | "open_in_time" | "open_overdue" | "open_undated") | null;
            version: number;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp in UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp in UTC
             */
            updatedAt: string;
        };
        TaskNode: {
            task: components["schemas"]["Task"];
            children: components["schemas"]["TaskNode"][];
        };
        Assignment: {
            id: number;
            taskId: number;
            agency: components["schemas"]["AgencyRef"];
            /** @enum {unknown} */
            role: "lead" | "coordinating";
            /** @description The group this assignment was fanned out from, if any */
            viaGroup: components["schemas"]["AgencyRef"] | null;
            /** @enum {unknown} */
            state: "open" | "done" | "cancelled";
            /** @description The day the agency says the work was done: not before assignedOn, not after the day it was reported */
            doneOn: string | null;
            /** @description The day doneOn was reported (null while not done, and for dates recorded before this was kept) */
            doneReportedOn: string | null;
            /** @description null: the date needs no review (reported within the backdating window, or recorded by the Standing Office or an admin). pending: a reporter named a date more than DONE_ON_BACKDATE_DAYS before the day it reported it; until the Standing Office confirms it, the public ranking counts doneReportedOn instead. confirmed: the Standing Office accepted the date. rejected: it did not, and doneOn was set to doneReportedOn (the claimed date stays in the history) */
            doneOnReview: ("pending" | "confirmed" | "rejected") | null;
            /**
             * Format: date
             * @description The first day a doneOn may name: the day the notice was issued for an assignment made with its task, else the day the agency was added to the task (Asia/Ho_Chi_Minh)
             */
            assignedOn: string;
            progressPercent: number;
            /** @description The task's due date */
            dueOn: string | null;
            /** @description null when cancelled */
            timeliness: ("done_on_time" | "done_late" | "done_undated" | "open_in_time" | "open_overdue" | "open_undated") | null;
            version: number;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp in UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp in UTC
             */
            updatedAt: string;
        };
        ProgressUpdate: {
            id: number;
            assignmentId: number;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp in UTC
             */
            reportedAt: string;
            percent: number;
            note: string;
            evidence: string[];
            author: string;
            doneOn: string | null;
        };
        ApiKey: {
            id: number;
            name: string;
            /** @enum {unknown} */
            role: "admin" | "secretariat" | "reporter" | "reader" | "integration";
            /** @description The agency a reporter acts for, or whose system an integration key is (the finance or science ministry) */
            agencyCode: string | null;
            /** @description The first characters of the secret, to tell keys apart */
            secretPrefix: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp in UTC
             */
            createdAt: string;
            revokedAt: string | null;
        };
        /** @description A task read from the appendix text, with its sub-tasks */
        TaskDraft: {
            ref: string;
            label: string;
            content: string;
            leadAgencies: components["schemas"]["AgencyRef"][];
            coordinatingAgencies: components["schemas"]["AgencyRef"][];
            leadGroups: components["schemas"]["AgencyRef"][];
            coordinatingGroups: components["schemas"]["AgencyRef"][];
            directingAgencies: components["schemas"]["AgencyRef"][];
            deadline: {
                /** @enum {unknown} */
                kind: "date" | "month" | "quarter" | "half" | "year" | "none";
                dueOn: string | null;
                text: string | null;
            } | null;
            recurrence: ("monthly" | "quarterly" | "yearly") | null;
            references: {
                documentNumber: string;
                taskRef: string | null;
            }[];
            children: components["schemas"]["TaskDraft"][];
        };
        CatalogueEdition: {
            id: number;
            /** @description The decision that issued the edition, e.g. 1131/QĐ-TTg */
            number: string;
            title: string;
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-04-30
             */
            issuedOn: string;
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-04-30
             */
            effectiveFrom: string;
            /** @description First day it is no longer in force (the next edition's effectiveFrom); null while in force */
            effectiveTo: string | null;
            /** @description How many technology groups the decision lists */
            declaredTechnologyCount: number | null;
            declaredProductCount: number | null;
            /** @description How many are loaded here; fewer than declared until the rest is bulk-loaded */
            technologyCount: number;
            productCount: number;
            source: string;
        };
        CatalogueProduct: {
            id: number;
            edition: string;
            /** @description null while the product is not attached to a verified technology group */
            technologyCode: string | null;
            code: string;
            nameVi: string;
            nameEn: string;
            /** @description Chosen to start at once */
            priority: boolean;
            /** @description The decision that made it a priority, e.g. 2815/QĐ-TTg */
            priorityDecision: string | null;
            facts: {
                /** @enum {unknown} */
                metric: "core_technology_mastery" | "localisation" | "domestic_value_added" | "domestic_market_share" | "other";
                /**
                 * @description How the figure was stated: ~65% is "about", >50% is "more than"
                 * @enum {unknown}
                 */
                qualifier: "~" | ">" | "≥" | "<" | "≤" | "=";
                value: number;
                /** @example % */
                unit: string;
                /**
                 * Format: date
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-04-30
                 */
                asOf: string;
                source: string;
                note?: string;
            }[];
            targets: {
                /** @enum {unknown} */
                metric: "mastery" | "core_technology_mastery" | "domestic_market_share_and_export" | "domestic_value_added" | "other";
                description: string;
                qualifier: ("~" | ">" | "≥" | "<" | "≤" | "=") | null;
                value: number | null;
                unit: string | null;
                byYear: number;
                source: string;
            }[];
            source: string | null;
        };
        CatalogueTechnology: {
            id: number;
            /** @description Number of the edition's decision */
            edition: string;
            code: string;
            nameVi: string;
            nameEn: string;
            /** @description 1: sectors with markets (enterprises lead); 2: new growth drivers and autonomy (the State leads); null: not yet classified */
            group: 1 | 2 | null;
            /** @description Group 2 only: push (thúc đẩy: labs, chief engineers, basic research) or pull (kéo: State orders products with detailed specs) */
            investmentMode: "push" | "pull" | null;
            sector: string | null;
            leadAgency: string | null;
            coordinatingAgencies: string[];
            source: string | null;
            products: components["schemas"]["CatalogueProduct"][];
            version: number;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp in UTC
             */
            updatedAt: string;
        };
        CatalogueProfile: {
            objectives?: string[];
            outputIndicators?: {
                name: string;
                target: number;
                unit: string;
                byYear?: number;
            }[];
            bigProblem?: string;
            applicationAddress?: string;
            targetMarket?: string;
            competition?: {
                competitors?: string[];
                opportunities?: string;
                challenges?: string;
                importSubstitution?: string;
                exportPotential?: string;
            };
            relatedFieldsImpact?: {
                spinOffs?: string[];
                dualUse?: boolean;
                note?: string;
            };
            /**
             * @description Stable agency or group code
             * @example BKHCN
             */
            leadAgency?: string;
            coordinatingAgencies?: string[];
            leadingEnterprises?: string[];
            endUsers?: string[];
            needs?: {
                testInfrastructure?: string;
                data?: string;
                standards?: string;
                technicalRegulations?: string;
                intellectualProperty?: string;
            };
            socioEconomicImpact?: string;
            economicAccounting?: {
                investment?: {
                    amount: number;
                    /** @enum {string} */
                    currency: "VND";
                };
                importSubstitutionPerYear?: {
                    amount: number;
                    /**
                     * @description All figures in VND so scores compare
                     * @enum {string}
                     */
                    currency: "VND";
                };
                exportPotentialPerYear?: {
                    amount: number;
                    /**
                     * @description All figures in VND so scores compare
                     * @enum {string}
                     */
                    currency: "VND";
                };
                domesticValueAddedPercent?: number;
                /** @description Technology readiness level 1–9 */
                readiness?: number;
                jobsCreated?: number;
                note?: string;
            };
        };
        CatalogueRegistration: {
            id: number;
            /**
             * @description Stable agency or group code
             * @example BKHCN
             */
            agency: string;
            /** @enum {unknown} */
            subjectKind: "technology" | "product";
            code: string;
            nameVi: string;
            nameEn: string;
            /** @description For a product: the technology it belongs to */
            technologyCode: string | null;
            /** @description 1: sectors with markets (enterprises lead); 2: new growth drivers and autonomy (the State leads); null: not yet classified */
            group: 1 | 2 | null;
            /** @description Group 2 only: push (thúc đẩy: labs, chief engineers, basic research) or pull (kéo: State orders products with detailed specs) */
            investmentMode: "push" | "pull" | null;
            sector: string | null;
            profile: components["schemas"]["CatalogueProfile"];
            /** @description Profile fields 22-TB requires that are still missing; must be empty to submit */
            missingFields: string[];
            /** @description null until the economic accounting is complete */
            priority: {
                score: number;
                parts: {
                    returnPoints: number;
                    valueAddedPoints: number;
                    readinessPoints: number;
                    groupPoints: number;
                };
            } | null;
            /**
             * @description draft → submitted (by the ministry) → consolidated (Ministry of Science and Technology) → proposed (to the Standing Committee) → approved | rejected
             * @enum {unknown}
             */
            state: "draft" | "submitted" | "consolidated" | "proposed" | "approved" | "rejected";
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-04-30
             */
            deadline: string;
            submittedOn: string | null;
            /** @description Submitted after the deadline, or still a draft after it */
            late: boolean;
            rejectionReason: string | null;
            steps: {
                /**
                 * @description draft → submitted (by the ministry) → consolidated (Ministry of Science and Technology) → proposed (to the Standing Committee) → approved | rejected
                 * @enum {unknown}
                 */
                state: "draft" | "submitted" | "consolidated" | "proposed" | "approved" | "rejected";
                /** @description Name of the API key that made the step */
                by: string;
                keyId: number | null;
                /**
                 * Format: date-time
                 * @description ISO 8601 timestamp in UTC
                 */
                at: string;
                /**
                 * Format: date
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-04-30
                 */
                onDate: string;
                reason: string | null;
            }[];
            version: number;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp in UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp in UTC
             */
            updatedAt: string;
        };
        /** @description A task of a notice, by id with its notice and printed ref */
        TaskLink: {
            taskId: number;
            noticeNumber: string;
            ref: string;
            /** @description The task's deadline */
            dueOn: string | null;
        };
        WorkingGroup: {
            id: number;
            /**
             * @description Stable agency or group code
             * @example BKHCN
             */
            code: string;
            name: string;
            /** @description Position of the chair, e.g. Phó Thủ tướng Chính phủ */
            chair: string | null;
            /** @description The task that sets the group up */
            establishedBy: components["schemas"]["TaskLink"] | null;
            reportsTo: components["schemas"]["AgencyRef"] | null;
            members: {
                agency: components["schemas"]["AgencyRef"];
                /**
                 * @description chair (Tổ trưởng), member (thành viên), standing (thường trực)
                 * @enum {unknown}
                 */
                role: "chair" | "member" | "standing";
                /** @description Who sits for the agency, e.g. Bộ trưởng */
                position: string | null;
            }[];
            /** @description null while not yet set up */
            activeFrom: string | null;
            activeTo: string | null;
            note: string | null;
            version: number;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp in UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp in UTC
             */
            updatedAt: string;
        };
        /** @description Who reports to whom, how often, from which period, and the task that asks for it */
        ReportingObligation: {
            id: number;
            reporter: components["schemas"]["AgencyRef"];
            workingGroupCode: string | null;
            recipient: components["schemas"]["AgencyRef"];
            /** @enum {unknown} */
            cadence: "monthly" | "quarterly";
            /**
             * @description YYYY-MM for a monthly obligation, YYYY-Qn for a quarterly one; years 2000 to 2100
             * @example 2026-04
             * @example 2026-Q2
             */
            startPeriod: string;
            endPeriod: string | null;
            /** @description Day of the month after the period ends on which its report is due (default 5) */
            dueDay: number;
            task: components["schemas"]["TaskLink"] | null;
            note: string | null;
            version: number;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp in UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp in UTC
             */
            updatedAt: string;
        };
        ReportContent: {
            summary: string;
            taskResults: {
                taskId: number;
                /** @enum {unknown} */
                status: "done" | "in_progress" | "not_started" | "blocked";
                note: string;
            }[];
            productProgress: {
                /** @description Strategic technology or product code, as the catalogue names it */
                code: string;
                /** @enum {unknown} */
                kind: "technology" | "product";
                name?: string;
                percent?: number;
                note: string;
            }[];
            indicators: {
                /**
                 * @description Stable agency or group code
                 * @example BKHCN
                 */
                code: string;
                name?: string;
                value: number;
                unit?: string;
            }[];
            /** @description Vướng mắc */
            difficulties: string[];
            /** @description Kiến nghị */
            proposals: string[];
        };
        Report: {
            id: number;
            obligationId: number;
            reporter: components["schemas"]["AgencyRef"];
            /**
             * @description YYYY-MM for a monthly obligation, YYYY-Qn for a quarterly one; years 2000 to 2100
             * @example 2026-04
             * @example 2026-Q2
             */
            period: string;
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-04-30
             */
            periodStart: string;
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-04-30
             */
            periodEnd: string;
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-04-30
             */
            dueOn: string;
            /** @enum {unknown} */
            status: "draft" | "submitted" | "accepted" | "returned";
            /** @description The current revision; earlier ones stay readable */
            revision: number;
            firstSubmittedOn: string | null;
            timeliness: ("on_time" | "late") | null;
            returnReason: string | null;
            content: components["schemas"]["ReportContent"];
            version: number;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp in UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp in UTC
             */
            updatedAt: string;
        };
        Indicator: {
            /**
             * @description Stable agency or group code
             * @example BKHCN
             */
            code: string;
            name: string;
            unit: string;
            /** @enum {unknown} */
            kind: "strategic" | "operational";
            /**
             * @description Which way is better
             * @enum {unknown}
             */
            direction: "higher" | "lower";
            source?: string | null;
        };
        FundingLine: {
            id: number;
            version: number;
            /** @example 2026 */
            fiscalYear: number;
            /**
             * @description Stable agency or group code
             * @example BKHCN
             */
            agencyCode: string;
            /**
             * @description Budget source (nguồn vốn): central budget (ngân sách trung ương), local budget (ngân sách địa phương), other public funds (nguồn công khác), non-state (ngoài nhà nước)
             * @enum {unknown}
             */
            source: "central" | "local" | "other_public" | "non_state";
            /**
             * @description Field (lĩnh vực): science and technology (khoa học và công nghệ), innovation (đổi mới sáng tạo), digital transformation (chuyển đổi số)
             * @enum {unknown}
             */
            field: "science_technology" | "innovation" | "digital_transformation";
            title: string;
            taskId: number | null;
            assignmentId: number | null;
            /** @description The linked task's notice */
            noticeId: number | null;
            /** @description The strategic technology of the catalogue (the linked product's, when a product is linked) */
            technologyId: number | null;
            productId: number | null;
            programme: string | null;
            /**
             * @description Who sent the line, and so whose ids externalId is in: `integration:<agency>` for a ministry's system, `reporter:<agency>` for an agency's reporters, `secretariat` for the Standing Office and admins
             * @example integration:BTC
             */
            senderCode: string;
            externalId: string | null;
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-04-30
             */
            asOf: string;
            /** @description Each figure as it stood on `asOf`: registered need (nhu cầu đăng ký), estimate (dự toán), allocated (phân bổ), disbursed (giải ngân), carried over to the next year (chuyển nguồn) */
            figures: {
                registered: {
                    /**
                     * @description Whole đồng, as a string of digits (exact at any size, which a JSON number is not in every language): no sign, no separators, no decimals, at most 18 digits
                     * @example 12500000000
                     */
                    amount: string;
                    /** @description The date the amount holds from; null while the figure was never written (amount 0) */
                    asOf: string | null;
                };
                estimate: {
                    /**
                     * @description Whole đồng, as a string of digits (exact at any size, which a JSON number is not in every language): no sign, no separators, no decimals, at most 18 digits
                     * @example 12500000000
                     */
                    amount: string;
                    /** @description The date the amount holds from; null while the figure was never written (amount 0) */
                    asOf: string | null;
                };
                allocated: {
                    /**
                     * @description Whole đồng, as a string of digits (exact at any size, which a JSON number is not in every language): no sign, no separators, no decimals, at most 18 digits
                     * @example 12500000000
                     */
                    amount: string;
                    /** @description The date the amount holds from; null while the figure was never written (amount 0) */
                    asOf: string | null;
                };
                disbursed: {
                    /**
                     * @description Whole đồng, as a string of digits (exact at any size, which a JSON number is not in every language): no sign, no separators, no decimals, at most 18 digits
                     * @example 12500000000
                     */
                    amount: string;
                    /** @description The date the amount holds from; null while the figure was never written (amount 0) */
                    asOf: string | null;
                };
                carriedOver: {
                    /**
                     * @description Whole đồng, as a string of digits (exact at any size, which a JSON number is not in every language): no sign, no separators, no decimals, at most 18 digits
                     * @example 12500000000
                     */
                    amount: string;
                    /** @description The date the amount holds from; null while the figure was never written (amount 0) */
                    asOf: string | null;
                };
            };
            /** @description Whole đồng as a string of digits; negative when more was allocated than estimated */
            unallocated: string;
            /** @description The reason in force for disbursed above allocated (null when it is not) */
            overrideReason: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp in UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp in UTC
             */
            updatedAt: string;
        };
    };
    responses: {
        /** @description The request is malformed or a value breaks its rules; `errors` names each field */
        Problem400: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No API key, or an unknown or revoked one */
        Problem401: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The API key's role or agency may not do this */
        Problem403: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such resource */
        Problem404: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Conflicts with the current state of the resource, or with a request still in progress */
        Problem409: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description If-Match names a version that is not the current one: read the resource again and retry */
        Problem412: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is larger than the service accepts */
        Problem413: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The URL is longer than the service accepts */
        Problem414: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is not application/json in UTF-8, or comes with a Content-Encoding */
        Problem415: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request is well formed but cannot be done (for example an Idempotency-Key reused with another body) */
        Problem422: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description If-Match is required: send the ETag of the version you read */
        Problem428: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many requests; Retry-After says when to try again */
        Problem429: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Retry-After": components["headers"]["Retry-After"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Unexpected error; quote the request id when reporting it */
        Problem500: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The database is unreachable or the service is stopping; Retry-After says when to try again */
        Problem503: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Retry-After": components["headers"]["Retry-After"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Identifies this request in the service's logs; also in a problem's requestId */
        "X-Request-Id": string;
        /** @description Seconds to wait before retrying */
        "Retry-After": number;
        /** @description Requests allowed a minute */
        "X-RateLimit-Limit": number;
        /** @description Requests left in this minute */
        "X-RateLimit-Remaining": number;
        /** @description Seconds until the budget is renewed */
        "X-RateLimit-Reset": number;
        /** @description The scheme to authenticate with: Bearer */
        "WWW-Authenticate": string;
        /** @description The created resource */
        Location: string;
        /** @description The version of the resource, for If-Match and If-None-Match */
        ETag: string;
        /** @description The next page, as <uri>; rel="next"; absent on the last page */
        Link: string;
        /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key */
        "Idempotent-Replayed": "true";
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is up: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            400: components["responses"]["Problem400"];
            414: components["responses"]["Problem414"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service can answer: the database responds: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            400: components["responses"]["Problem400"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listAgencies: {
        parameters: {
            query?: {
                /** @description Search over names and aliases; results ranked by closeness. Accent-, case- and punctuation-insensitive: only letters and digits count, so % _ \ match nothing special; a q without any letter or digit is a 400, and one whose letters are all outside the Latin alphabet matches nothing. */
                q?: string;
                kind?: "government" | "ministry" | "ministerial_agency" | "government_agency" | "party_body" | "committee_body" | "province" | "other";
                /** @description Page size (at most 500) */
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List agencies: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Link: components["headers"]["Link"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Agency"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    resolveAgency: {
        parameters: {
            query: {
                /** @description A name or abbreviation as written in a document, e.g. "Bộ KH&CN", "UBND tỉnh Thanh Hóa", "các địa phương" */
                name: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Map a name or abbreviation as written in a document to an agency or group: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        /** @description null when nothing matches well enough or two candidates are too close to tell apart */
                        match: {
                            /** @enum {unknown} */
                            type: "agency" | "group";
                            /**
                             * @description Stable agency or group code
                             * @example BKHCN
                             */
                            code: string;
                            nameVi: string;
                            /** @description 1 for an exact name or alias match; lower for a fuzzy one */
                            confidence: number;
                        } | null;
                        /** @description The next best candidates, best first */
                        alternatives: {
                            /** @enum {unknown} */
                            type: "agency" | "group";
                            /**
                             * @description Stable agency or group code
                             * @example BKHCN
                             */
                            code: string;
                            nameVi: string;
                            /** @description 1 for an exact name or alias match; lower for a fuzzy one */
                            confidence: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getAgency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Stable agency or group code
                 * @example BKHCN
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get an agency by code: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listAgencyGroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List agency groups with their members: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Link: components["headers"]["Link"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AgencyGroup"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getAgencyGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Stable agency or group code
                 * @example BKHCN
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get an agency group with its members: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyGroup"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listNotices: {
        parameters: {
            query?: {
                kind?: string;
                /**
                 * @description Stable agency or group code
                 * @example BKHCN
                 */
                issuer?: string;
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-04-30
                 */
                issuedFrom?: string;
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-04-30
                 */
                issuedTo?: string;
                number?: string;
                status?: "active" | "withdrawn";
                /** @description Accent-insensitive search over number, title and summary */
                q?: string;
                /** @description Page size (at most 500) */
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List notices: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Link: components["headers"]["Link"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Notice"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    createNotice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same API key, key and body get the first answer again; the same key with another body is a 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Party style "17-TB/CQTTBCĐ" or State style "1131/QĐ-TTg", "21/2026/QĐ-TTg", "66.7/2025/NQ-CP"
                     * @example 17-TB/CQTTBCĐ
                     */
                    number: string;
                    /**
                     * Format: date
                     * @description Calendar date, YYYY-MM-DD
                     * @example 2026-04-30
                     */
                    issuedOn: string;
                    /**
                     * @description Stable agency or group code
                     * @example BKHCN
                     */
                    issuer: string;
                    title: string;
                    summary?: string | null;
                };
            };
        };
        responses: {
            /** @description Register a notice: created; Location names the new resource */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notice"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getNotice: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags you hold; 304 when one is current */
                "If-None-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get a notice: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notice"];
                };
            };
            /** @description Get a notice: not modified since the ETag sent in If-None-Match; no body */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    withdrawNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted or withdrawn */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    updateNotice: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read ("3"), a list of them, or * for any current version. Compared strongly: a weak W/"3" never matches. */
                "if-match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Party style "17-TB/CQTTBCĐ" or State style "1131/QĐ-TTg", "21/2026/QĐ-TTg", "66.7/2025/NQ-CP"
                     * @example 17-TB/CQTTBCĐ
                     */
                    number?: string;
                    /**
                     * Format: date
                     * @description Calendar date, YYYY-MM-DD
                     * @example 2026-04-30
                     */
                    issuedOn?: string;
                    /**
                     * @description Stable agency or group code
                     * @example BKHCN
                     */
                    issuer?: string;
                    title?: string;
                    summary?: string | null;
                };
            };
        };
        responses: {
            /** @description Change a notice (If-Match required): done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notice"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getNoticeTaskTree: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A notice's tasks as a tree (sections → points → items → bullets): done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TaskNode"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    createTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same API key, key and body get the first answer again; the same key with another body is a 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    parentId?: number | null;
                    /**
                     * @description Path as printed: section "4", point "4.d" (Vietnamese letters, so "1.đ"), item "4.d.(1)", the Nth dash bullet "3.c.-N", the Nth plus bullet "…+N"
                     * @example 1.b.(1)
                     */
                    ref: string;
                    /** @description The marker as printed: "1.", "a)", "(1)", "-", "+" */
                    label: string;
                    content: string;
                    recurrence?: ("monthly" | "quarterly" | "yearly") | null;
                    position?: number;
                    leadAgencies?: string[];
                    coordinatingAgencies?: string[];
                    leadGroups?: string[];
                    coordinatingGroups?: string[];
                    directingAgencies?: string[];
                    deadline?: {
                        /** @enum {unknown} */
                        kind: "date" | "month" | "quarter" | "half" | "year" | "none";
                        dueOn: string | null;
                        text?: string | null;
                    } | null;
                    /** @description Instead of deadline: the Vietnamese phrase, read by the deadline reader ("Hoàn thành trong quý II/2026") */
                    deadlineText?: string;
                    references?: {
                        documentNumber: string;
                        taskRef?: string | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description Add a task to a notice: created; Location names the new resource */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        task: components["schemas"]["Task"];
                        /** @description What the deadline reader could not read, kept as text */
                        warnings: string[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listTasks: {
        parameters: {
            query?: {
                noticeId?: number;
                /**
                 * @description Stable agency or group code
                 * @example BKHCN
                 */
                agency?: string;
                /** @description With agency: only tasks where it has this role */
                role?: "lead" | "coordinating";
                /** @description Against today in Asia/Ho_Chi_Minh: done on time / late / without deadline; open within the deadline / overdue / without deadline */
                timeliness?: "done_on_time" | "done_late" | "done_undated" | "open_in_time" | "open_overdue" | "open_undated";
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-04-30
                 */
                dueBefore?: string;
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-04-30
                 */
                dueAfter?: string;
                /** @description Accent-insensitive search over ref and content */
                q?: string;
                /** @description ISO 8601 timestamp in UTC */
                updatedSince?: string;
                /** @description Page size (at most 500) */
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List tasks across notices: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Link: components["headers"]["Link"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Task"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags you hold; 304 when one is current */
                "If-None-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get a task: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Get a task: not modified since the ETag sent in If-None-Match; no body */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    updateTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read ("3"), a list of them, or * for any current version. Compared strongly: a weak W/"3" never matches. */
                "if-match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The marker as printed: "1.", "a)", "(1)", "-", "+" */
                    label?: string;
                    content?: string;
                    recurrence?: ("monthly" | "quarterly" | "yearly") | null;
                    leadAgencies?: string[];
                    coordinatingAgencies?: string[];
                    leadGroups?: string[];
                    coordinatingGroups?: string[];
                    directingAgencies?: string[];
                    deadline?: {
                        /** @enum {unknown} */
                        kind: "date" | "month" | "quarter" | "half" | "year" | "none";
                        dueOn: string | null;
                        text?: string | null;
                    } | null;
                    /** @description Instead of deadline: the Vietnamese phrase, read by the deadline reader ("Hoàn thành trong quý II/2026") */
                    deadlineText?: string;
                    references?: {
                        documentNumber: string;
                        taskRef?: string | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description Change a task (If-Match required): done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        task: components["schemas"]["Task"];
                        /** @description What the deadline reader could not read, kept as text */
                        warnings: string[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getTaskHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A task's change history, oldest first: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            assignmentId: number | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp in UTC
                             */
                            occurredAt: string;
                            action: string;
                            actor: string;
                            changes: unknown;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listAssignments: {
        parameters: {
            query?: {
                doneOnReview?: "pending" | "confirmed" | "rejected";
                /**
                 * @description Stable agency or group code
                 * @example BKHCN
                 */
                agency?: string;
                /** @description Page size (at most 500) */
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List assignments, e.g. the done dates waiting for review: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Link: components["headers"]["Link"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Assignment"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listTaskAssignments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A task's assignments, one per agency and role: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Assignment"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getAssignment: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags you hold; 304 when one is current */
                "If-None-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get an assignment: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assignment"];
                };
            };
            /** @description Get an assignment: not modified since the ETag sent in If-None-Match; no body */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    changeAssignmentState: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read ("3"), a list of them, or * for any current version. Compared strongly: a weak W/"3" never matches. */
                "if-match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description done needs doneOn; open reopens a done assignment, or a cancelled one (Standing Office or admin only); cancelled: Standing Office or admin only
                     * @enum {unknown}
                     */
                    state: "open" | "done" | "cancelled";
                    /**
                     * Format: date
                     * @description Calendar date, YYYY-MM-DD
                     * @example 2026-04-30
                     */
                    doneOn?: string;
                };
            };
        };
        responses: {
            /** @description Mark an assignment done, reopen or cancel it (If-Match required): done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assignment"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listProgressUpdates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An assignment's progress updates, oldest first (append-only): done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ProgressUpdate"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    createProgressUpdate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same API key, key and body get the first answer again; the same key with another body is a 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        /** @description With doneOn the assignment is marked done on that day (percent must be 100) */
        requestBody: {
            content: {
                "application/json": {
                    percent: number;
                    note: string;
                    /** @description Links to documents that show the progress */
                    evidence?: string[];
                    /** @description The person who reports; defaults to the API key's name */
                    author?: string;
                    /**
                     * Format: date
                     * @description Calendar date, YYYY-MM-DD
                     * @example 2026-04-30
                     */
                    doneOn?: string;
                };
            };
        };
        responses: {
            /** @description Report progress on an assignment: created; Location names the new resource */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressUpdate"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getProgressUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                updateId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get one progress update of an assignment: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressUpdate"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    reviewAssignmentDoneOn: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read ("3"), a list of them, or * for any current version. Compared strongly: a weak W/"3" never matches. */
                "if-match"?: string;
                /** @description Makes a retry safe: the same API key, key and body get the first answer again; the same key with another body is a 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description confirm keeps doneOn; reject replaces it with doneReportedOn
                     * @enum {unknown}
                     */
                    decision: "confirm" | "reject";
                    /** @description Why; required to reject */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Confirm or reject a backdated done date (If-Match required): done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assignment"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List API keys (never their secrets): done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApiKey"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same API key, key and body get the first answer again; the same key with another body is a 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description agencyCode is required for, and only for, a reporter (the agency it reports for) and an integration key (the ministry whose system sends funding figures: allocation and disbursement) */
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {unknown} */
                    role: "admin" | "secretariat" | "reporter" | "reader" | "integration";
                    /**
                     * @description Stable agency or group code
                     * @example BKHCN
                     */
                    agencyCode?: string;
                };
            };
        };
        responses: {
            /** @description Create an API key; its secret is shown only in this answer: created; Location names the new resource */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        key: components["schemas"]["ApiKey"];
                        /** @description Shown this once; send it as Authorization: Bearer <secret> */
                        secret: string;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get an API key (never its secret): done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoke an API key; it stops working at once: done; no content */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listAudit: {
        parameters: {
            query?: {
                entity?: string;
                entityId?: string;
                actorKeyId?: number;
                /** @description ISO 8601 timestamp in UTC */
                from?: string;
                /** @description ISO 8601 timestamp in UTC */
                to?: string;
                /** @description Page size (at most 500) */
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The audit log: every write, who made it, before and after: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Link: components["headers"]["Link"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp in UTC
                             */
                            occurredAt: string;
                            actorKeyId: number | null;
                            /** @description "system" for writes made outside the API (seeds, maintenance) */
                            actorName: string;
                            requestId: string | null;
                            /** @enum {unknown} */
                            action: "insert" | "update" | "delete";
                            /** @description The table changed: notice, task, task_party, task_reference, assignment, progress_update, api_key */
                            entity: string;
                            entityId: string;
                            /** @description The row before the change (null on insert), in database column names */
                            before: unknown;
                            /** @description The row after the change (null on delete) */
                            after: unknown;
                        }[];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listChanges: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor */
                after?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every change to notices, tasks, assignments, progress, reports and catalogue entries, in commit-safe order: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Link: components["headers"]["Link"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {unknown} */
                            entity: "notice" | "task" | "assignment" | "progress_update" | "report" | "catalogue_technology" | "catalogue_product" | "catalogue_registration" | "funding_line";
                            /** @description The id of the entity changed, 1 to 2^53 − 1 */
                            id: number;
                            /** @enum {unknown} */
                            operation: "create" | "update" | "delete";
                            /** @description The version this change produced (null for entities without versions) */
                            version: number | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp in UTC
                             */
                            occurredAt: string;
                            /** @description The entity's current representation, as its own endpoint returns it; null (a tombstone) when it no longer exists */
                            data: {
                                [key: string]: unknown;
                            } | null;
                        }[];
                        nextCursor: string;
                        /** @description How far the served horizon trails the newest committed change (also the change_feed_held_back and change_feed_lag_seconds metrics) */
                        lag: {
                            /** @description Committed changes not served yet because a transaction that began before them is still running (anywhere on the database server) */
                            heldBack: number;
                            /** @description When the oldest held-back change was written; null when none is held back */
                            oldestHeldBackAt: string | null;
                            /** @description How long ago that was, in seconds; 0 when none is held back */
                            seconds: number;
                        };
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    exportTasksCsv: {
        parameters: {
            query?: {
                noticeId?: number;
                /**
                 * @description Stable agency or group code
                 * @example BKHCN
                 */
                agency?: string;
                /** @description With agency: only tasks where it has this role */
                role?: "lead" | "coordinating";
                /** @description Against today in Asia/Ho_Chi_Minh: done on time / late / without deadline; open within the deadline / overdue / without deadline */
                timeliness?: "done_on_time" | "done_late" | "done_undated" | "open_in_time" | "open_overdue" | "open_undated";
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-04-30
                 */
                dueBefore?: string;
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-04-30
                 */
                dueAfter?: string;
                /** @description Accent-insensitive search over ref and content */
                q?: string;
                /** @description ISO 8601 timestamp in UTC */
                updatedSince?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv; charset=utf-8 */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getTimelinessStatistics: {
        parameters: {
            query: {
                groupBy: "notice" | "agency" | "month";
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-04-30
                 */
                asOf?: string;
                noticeId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lead assignments counted by timeliness, per notice, agency or due month: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD
                         * @example 2026-04-30
                         */
                        asOf: string;
                        items: {
                            key: string;
                            label: string;
                            counts: {
                                /** @description Those of timeliness done_on_time */
                                doneOnTime: number;
                                /** @description Those of timeliness done_late */
                                doneLate: number;
                                /** @description Those of timeliness done_undated */
                                doneUndated: number;
                                /** @description Those of timeliness open_in_time */
                                openInTime: number;
                                /** @description Those of timeliness open_overdue */
                                openOverdue: number;
                                /** @description Those of timeliness open_undated */
                                openUndated: number;
                            };
                            total: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getAgencyRanking: {
        parameters: {
            query: {
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-04-30
                 */
                from: string;
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-04-30
                 */
                to: string;
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-04-30
                 */
                asOf?: string;
            };
            header?: {
                /** @description ETags you hold; 304 when one is current */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The published ranking of agencies on delivery (public): done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD
                         * @example 2026-04-30
                         */
                        from: string;
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD
                         * @example 2026-04-30
                         */
                        to: string;
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD
                         * @example 2026-04-30
                         */
                        asOf: string;
                        items: {
                            rank: number;
                            agency: {
                                /**
                                 * @description Stable agency or group code
                                 * @example BKHCN
                                 */
                                code: string;
                                nameVi: string;
                            };
                            total: number;
                            doneOnTime: number;
                            onTimeShare: number;
                            overdueCount: number;
                            overdueDays: number;
                            doneOnUnderReview: number;
                            reportsOnTime: number;
                            reportsLate: number;
                            reportsMissing: number;
                            /** @description disbursed ÷ allocated over the agency's funding lines of the fiscal years from `from` to `to`, as of `asOf`; null when nothing is allocated */
                            disbursementRate: number | null;
                            index: number;
                        }[];
                    };
                };
            };
            /** @description The published ranking of agencies on delivery (public): not modified since the ETag sent in If-None-Match; no body */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List webhook subscriptions: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            url: string;
                            eventTypes: string[];
                            active: boolean;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp in UTC
                             */
                            createdAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same API key, key and body get the first answer again; the same key with another body is a 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uri */
                    url: string;
                    eventTypes: string[];
                };
            };
        };
        responses: {
            /** @description Subscribe a URL to change events: created; Location names the new resource */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subscription: {
                            id: number;
                            url: string;
                            eventTypes: string[];
                            active: boolean;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp in UTC
                             */
                            createdAt: string;
                        };
                        /** @description Shown once: verify signatures with it */
                        secret: string;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get a webhook subscription (never its secret): done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        url: string;
                        eventTypes: string[];
                        active: boolean;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp in UTC
                         */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    deactivateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Stop a subscription (its delivery log is kept): done; no content */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Page size (at most 500) */
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A subscription's delivery log, oldest first: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Link: components["headers"]["Link"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description 1 to 2^53 − 1 */
                            id: number;
                            eventType: string;
                            /** @enum {unknown} */
                            entity: "notice" | "task" | "assignment" | "progress_update" | "report" | "catalogue_technology" | "catalogue_product" | "catalogue_registration" | "funding_line";
                            /** @description The id of the entity changed, 1 to 2^53 − 1 */
                            entityId: number;
                            version: number | null;
                            /** @enum {unknown} */
                            status: "pending" | "delivered" | "failed";
                            attempts: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp in UTC
                             */
                            nextAttemptAt: string;
                            lastStatusCode: number | null;
                            lastError: string | null;
                            deliveredAt: string | null;
                        }[];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    replayWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same API key, key and body get the first answer again; the same key with another body is a 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
                /** @description 1 to 2^53 − 1 */
                deliveryId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Send a delivery again (back to pending, with a fresh set of attempts): accepted */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 1 to 2^53 − 1 */
                        id: number;
                        /** @enum {string} */
                        status: "pending";
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    importNoticeTasks: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same API key, key and body get the first answer again; the same key with another body is a 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The appendix as extracted from the PDF or Word file, noise included; at most 200,000 characters (413 above) */
                    text: string;
                    /**
                     * @description true (default): answer the preview only; false: write the tasks
                     * @default true
                     */
                    dryRun?: boolean;
                };
            };
        };
        responses: {
            /** @description Import the appendix text of a notice as tasks: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tasks: components["schemas"]["TaskDraft"][];
                        warnings: {
                            /** @description The task the warning is about; null for the whole text */
                            ref: string | null;
                            /** @description The words of the text concerned */
                            phrase: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Import the appendix text of a notice as tasks: created; Location names the new resource */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tasks: components["schemas"]["TaskDraft"][];
                        warnings: {
                            /** @description The task the warning is about; null for the whole text */
                            ref: string | null;
                            /** @description The words of the text concerned */
                            phrase: string;
                            message: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getNoticeImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                importId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An import that wrote: the tasks it read and its warnings, as it answered: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tasks: components["schemas"]["TaskDraft"][];
                        warnings: {
                            /** @description The task the warning is about; null for the whole text */
                            ref: string | null;
                            /** @description The words of the text concerned */
                            phrase: string;
                            message: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getCatalogue: {
        parameters: {
            query?: {
                /** @description Decision number of the edition, e.g. 1131/QĐ-TTg (instead of asOf) */
                edition?: string;
                /** @description The edition in force on this day (default: today in Asia/Ho_Chi_Minh) */
                asOf?: string;
                /** @description none: not yet classified */
                group?: "1" | "2" | "none";
                investmentMode?: "push" | "pull";
                sector?: string;
                /** @description true: only technologies with a priority product, listing only those products */
                priority?: boolean;
                /**
                 * @description Stable agency or group code
                 * @example BKHCN
                 */
                leadAgency?: string;
                /** @description Accent-insensitive search over code and names of technologies and their products */
                q?: string;
                /** @description Page size (at most 500) */
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalogue in force on a day (or of an edition): technologies with their products: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Link: components["headers"]["Link"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        edition: components["schemas"]["CatalogueEdition"];
                        items: components["schemas"]["CatalogueTechnology"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listCatalogueEditions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List catalogue editions with their effective dates: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CatalogueEdition"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listCatalogueProducts: {
        parameters: {
            query?: {
                /** @description Decision number of the edition, e.g. 1131/QĐ-TTg (instead of asOf) */
                edition?: string;
                /** @description The edition in force on this day (default: today in Asia/Ho_Chi_Minh) */
                asOf?: string;
                /**
                 * @description Stable code within an edition
                 * @example T1131-AI
                 */
                technology?: string;
                priority?: boolean;
                q?: string;
                /** @description Page size (at most 500) */
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List the products of the catalogue in force on a day (or of an edition): done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Link: components["headers"]["Link"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        edition: components["schemas"]["CatalogueEdition"];
                        items: components["schemas"]["CatalogueProduct"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getCatalogueTechnology: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags you hold; 304 when one is current */
                "If-None-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get a catalogue technology with its products: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueTechnology"];
                };
            };
            /** @description Get a catalogue technology with its products: not modified since the ETag sent in If-None-Match; no body */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    updateCatalogueTechnology: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read ("3"), a list of them, or * for any current version. Compared strongly: a weak W/"3" never matches. */
                "if-match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    nameVi?: string;
                    nameEn?: string;
                    /** @description 1: sectors with markets (enterprises lead); 2: new growth drivers and autonomy (the State leads); null: not yet classified */
                    group?: 1 | 2 | null;
                    /** @description Group 2 only: push (thúc đẩy: labs, chief engineers, basic research) or pull (kéo: State orders products with detailed specs) */
                    investmentMode?: "push" | "pull" | null;
                    sector?: string | null;
                    leadAgency?: string | null;
                    coordinatingAgencies?: string[];
                    source?: string | null;
                };
            };
        };
        responses: {
            /** @description Change a catalogue technology (If-Match required): done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueTechnology"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    createCatalogueTechnology: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same API key, key and body get the first answer again; the same key with another body is a 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example 1131/QĐ-TTg */
                    edition: string;
                    /**
                     * @description Stable code within an edition
                     * @example T1131-AI
                     */
                    code: string;
                    nameVi: string;
                    nameEn: string;
                    /** @description 1: sectors with markets (enterprises lead); 2: new growth drivers and autonomy (the State leads); null: not yet classified */
                    group?: 1 | 2 | null;
                    /** @description Group 2 only: push (thúc đẩy: labs, chief engineers, basic research) or pull (kéo: State orders products with detailed specs) */
                    investmentMode?: "push" | "pull" | null;
                    sector?: string | null;
                    leadAgency?: string | null;
                    coordinatingAgencies?: string[];
                    source?: string | null;
                };
            };
        };
        responses: {
            /** @description Add a technology to an edition: created; Location names the new resource */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueTechnology"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    loadCatalogueEdition: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same API key, key and body get the first answer again; the same key with another body is a 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description true: report what would change and change nothing */
                    dryRun: boolean;
                    /** @description Rows as JSON objects (see LoadRow fields); checked one by one so the error names the row */
                    rows?: unknown[];
                    /** @description Instead of rows: CSV with a header line of the same field names; coordinatingAgencies separated by ";" */
                    csv?: string;
                };
            };
        };
        responses: {
            /** @description Load or update an edition's technologies and products from rows (JSON) or CSV: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dryRun: boolean;
                        edition: string;
                        summary: {
                            created: number;
                            updated: number;
                            unchanged: number;
                        };
                        changes: {
                            /** @description 1-based row number (CSV: data line after the header) */
                            row: number;
                            /** @enum {unknown} */
                            kind: "technology" | "product";
                            code: string;
                            /** @enum {unknown} */
                            action: "created" | "updated" | "unchanged";
                            /** @description Fields an update changes */
                            fields: string[];
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listCatalogueRegistrations: {
        parameters: {
            query?: {
                /**
                 * @description Stable agency or group code
                 * @example BKHCN
                 */
                agency?: string;
                /** @description draft → submitted (by the ministry) → consolidated (Ministry of Science and Technology) → proposed (to the Standing Committee) → approved | rejected */
                state?: "draft" | "submitted" | "consolidated" | "proposed" | "approved" | "rejected";
                group?: "1" | "2" | "none";
                investmentMode?: "push" | "pull";
                sector?: string;
                late?: boolean;
                /** @description Accent-insensitive search over code and names */
                q?: string;
                sort?: "id" | "priority";
                /** @description Page size (at most 500) */
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List registrations, by id or in priority order: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Link: components["headers"]["Link"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CatalogueRegistration"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    createCatalogueRegistration: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same API key, key and body get the first answer again; the same key with another body is a 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Stable agency or group code
                     * @example BKHCN
                     */
                    agency: string;
                    /** @enum {unknown} */
                    subjectKind: "technology" | "product";
                    /**
                     * @description Stable code within an edition
                     * @example T1131-AI
                     */
                    code: string;
                    nameVi: string;
                    nameEn?: string;
                    technologyCode?: string | null;
                    /** @description 1: sectors with markets (enterprises lead); 2: new growth drivers and autonomy (the State leads); null: not yet classified */
                    group?: 1 | 2 | null;
                    /** @description Group 2 only: push (thúc đẩy: labs, chief engineers, basic research) or pull (kéo: State orders products with detailed specs) */
                    investmentMode?: "push" | "pull" | null;
                    sector?: string | null;
                    profile?: components["schemas"]["CatalogueProfile"];
                };
            };
        };
        responses: {
            /** @description Register a technology or product (as a draft) for a ministry: created; Location names the new resource */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueRegistration"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getCatalogueRegistration: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags you hold; 304 when one is current */
                "If-None-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get a registration with its profile, missing fields, score and steps: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueRegistration"];
                };
            };
            /** @description Get a registration with its profile, missing fields, score and steps: not modified since the ETag sent in If-None-Match; no body */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    updateCatalogueRegistration: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read ("3"), a list of them, or * for any current version. Compared strongly: a weak W/"3" never matches. */
                "if-match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    nameVi?: string;
                    nameEn?: string;
                    technologyCode?: string | null;
                    /** @description 1: sectors with markets (enterprises lead); 2: new growth drivers and autonomy (the State leads); null: not yet classified */
                    group?: 1 | 2 | null;
                    /** @description Group 2 only: push (thúc đẩy: labs, chief engineers, basic research) or pull (kéo: State orders products with detailed specs) */
                    investmentMode?: "push" | "pull" | null;
                    sector?: string | null;
                    profile?: components["schemas"]["CatalogueProfile"];
                };
            };
        };
        responses: {
            /** @description Change a draft registration (If-Match required): done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueRegistration"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    transitionCatalogueRegistration: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read ("3"), a list of them, or * for any current version. Compared strongly: a weak W/"3" never matches. */
                "if-match"?: string;
                /** @description Makes a retry safe: the same API key, key and body get the first answer again; the same key with another body is a 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    action: "submit" | "consolidate" | "propose" | "approve" | "reject";
                    /** @description Required to reject */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Move a registration: submit, consolidate, propose, approve or reject (If-Match required): done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueRegistration"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listWorkingGroups: {
        parameters: {
            query?: {
                /**
                 * @description Stable agency or group code
                 * @example BKHCN
                 */
                member?: string;
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-04-30
                 */
                activeOn?: string;
                /** @description Page size (at most 500) */
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List working groups (Tổ công tác): done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Link: components["headers"]["Link"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WorkingGroup"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    createWorkingGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same API key, key and body get the first answer again; the same key with another body is a 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Stable agency or group code
                     * @example BKHCN
                     */
                    code: string;
                    name: string;
                    chair?: string | null;
                    establishedByTaskId?: number | null;
                    reportsTo?: string | null;
                    members?: {
                        /**
                         * @description Stable agency or group code
                         * @example BKHCN
                         */
                        agency: string;
                        /**
                         * @description chair (Tổ trưởng), member (thành viên), standing (thường trực)
                         * @enum {unknown}
                         */
                        role: "chair" | "member" | "standing";
                        position?: string | null;
                    }[];
                    activeFrom?: string | null;
                    activeTo?: string | null;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Register a working group: created; Location names the new resource */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingGroup"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getWorkingGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags you hold; 304 when one is current */
                "If-None-Match"?: string;
            };
            path: {
                /**
                 * @description Stable agency or group code
                 * @example BKHCN
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get a working group with its members: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingGroup"];
                };
            };
            /** @description Get a working group with its members: not modified since the ETag sent in If-None-Match; no body */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    updateWorkingGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read ("3"), a list of them, or * for any current version. Compared strongly: a weak W/"3" never matches. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Stable agency or group code
                 * @example BKHCN
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    chair?: string | null;
                    establishedByTaskId?: number | null;
                    reportsTo?: string | null;
                    members?: {
                        /**
                         * @description Stable agency or group code
                         * @example BKHCN
                         */
                        agency: string;
                        /**
                         * @description chair (Tổ trưởng), member (thành viên), standing (thường trực)
                         * @enum {unknown}
                         */
                        role: "chair" | "member" | "standing";
                        position?: string | null;
                    }[];
                    activeFrom?: string | null;
                    activeTo?: string | null;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Change a working group (If-Match required): done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingGroup"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listReportingObligations: {
        parameters: {
            query?: {
                /**
                 * @description Stable agency or group code
                 * @example BKHCN
                 */
                reporter?: string;
                taskId?: number;
                cadence?: "monthly" | "quarterly";
                /** @description Page size (at most 500) */
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List reporting obligations: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Link: components["headers"]["Link"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ReportingObligation"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    createReportingObligation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same API key, key and body get the first answer again; the same key with another body is a 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Stable agency or group code
                     * @example BKHCN
                     */
                    reporter: string;
                    /**
                     * @description Stable agency or group code
                     * @example BKHCN
                     */
                    recipient?: string;
                    /** @enum {unknown} */
                    cadence: "monthly" | "quarterly";
                    /**
                     * @description YYYY-MM for a monthly obligation, YYYY-Qn for a quarterly one; years 2000 to 2100
                     * @example 2026-04
                     * @example 2026-Q2
                     */
                    startPeriod: string;
                    endPeriod?: string | null;
                    /** @description Day of the month after the period ends on which its report is due (default 5) */
                    dueDay?: number;
                    taskId?: number | null;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Who reports to whom, how often, from which period, and the task that asks for it */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportingObligation"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getReportingObligation: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags you hold; 304 when one is current */
                "If-None-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who reports to whom, how often, from which period, and the task that asks for it */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportingObligation"];
                };
            };
            /** @description Get a reporting obligation: not modified since the ETag sent in If-None-Match; no body */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    updateReportingObligation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read ("3"), a list of them, or * for any current version. Compared strongly: a weak W/"3" never matches. */
                "if-match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Stable agency or group code
                     * @example BKHCN
                     */
                    recipient?: string;
                    /**
                     * @description YYYY-MM for a monthly obligation, YYYY-Qn for a quarterly one; years 2000 to 2100
                     * @example 2026-04
                     * @example 2026-Q2
                     */
                    startPeriod?: string;
                    endPeriod?: string | null;
                    /** @description Day of the month after the period ends on which its report is due (default 5) */
                    dueDay?: number;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Who reports to whom, how often, from which period, and the task that asks for it */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportingObligation"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getReportingObligationPeriods: {
        parameters: {
            query?: {
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-04-30
                 */
                asOf?: string;
                /** @description Page size (at most 500) */
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The periods of an obligation and where each stands: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Link: components["headers"]["Link"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * @description YYYY-MM for a monthly obligation, YYYY-Qn for a quarterly one; years 2000 to 2100
                             * @example 2026-04
                             * @example 2026-Q2
                             */
                            period: string;
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD
                             * @example 2026-04-30
                             */
                            dueOn: string;
                            /**
                             * @description missing: due date passed with no submitted report; not_due: not submitted, due date not passed
                             * @enum {unknown}
                             */
                            state: "on_time" | "late" | "missing" | "not_due";
                            /** @description late: submitted that many days after the due date; missing: days since it */
                            daysLate: number;
                            reportId: number | null;
                            status: string | null;
                        }[];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    deriveReportingObligations: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same API key, key and body get the first answer again; the same key with another body is a 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Create the reporting obligations of a recurring task: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ReportingObligation"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    createReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same API key, key and body get the first answer again; the same key with another body is a 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description YYYY-MM for a monthly obligation, YYYY-Qn for a quarterly one; years 2000 to 2100
                     * @example 2026-04
                     * @example 2026-Q2
                     */
                    period: string;
                    summary?: string;
                    taskResults?: {
                        taskId: number;
                        /** @enum {unknown} */
                        status: "done" | "in_progress" | "not_started" | "blocked";
                        note: string;
                    }[];
                    productProgress?: {
                        /** @description Strategic technology or product code, as the catalogue names it */
                        code: string;
                        /** @enum {unknown} */
                        kind: "technology" | "product";
                        name?: string;
                        percent?: number;
                        note: string;
                    }[];
                    indicators?: {
                        /**
                         * @description Stable agency or group code
                         * @example BKHCN
                         */
                        code: string;
                        name?: string;
                        value: number;
                        unit?: string;
                    }[];
                    /** @description Vướng mắc */
                    difficulties?: string[];
                    /** @description Kiến nghị */
                    proposals?: string[];
                };
            };
        };
        responses: {
            /** @description Draft the report of a period: created; Location names the new resource */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listReports: {
        parameters: {
            query?: {
                /**
                 * @description Stable agency or group code
                 * @example BKHCN
                 */
                reporter?: string;
                obligationId?: number;
                status?: "draft" | "submitted" | "accepted" | "returned";
                /** @description By the first submission date against the due date */
                timeliness?: "on_time" | "late";
                /** @description YYYY-MM for a monthly obligation, YYYY-Qn for a quarterly one; years 2000 to 2100 */
                from?: string;
                /** @description YYYY-MM for a monthly obligation, YYYY-Qn for a quarterly one; years 2000 to 2100 */
                to?: string;
                /** @description Page size (at most 500) */
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List reports: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Link: components["headers"]["Link"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Report"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listMissingReports: {
        parameters: {
            query?: {
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-04-30
                 */
                asOf?: string;
                /**
                 * @description Stable agency or group code
                 * @example BKHCN
                 */
                reporter?: string;
                obligationId?: number;
                /** @description Page size (at most 500) */
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reports missing as of a date: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Link: components["headers"]["Link"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date */
                        asOf: string;
                        items: {
                            obligationId: number;
                            reporter: components["schemas"]["AgencyRef"];
                            /**
                             * @description YYYY-MM for a monthly obligation, YYYY-Qn for a quarterly one; years 2000 to 2100
                             * @example 2026-04
                             * @example 2026-Q2
                             */
                            period: string;
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD
                             * @example 2026-04-30
                             */
                            dueOn: string;
                            daysLate: number;
                            reportId: number | null;
                            status: ("draft" | "submitted" | "accepted" | "returned") | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags you hold; 304 when one is current */
                "If-None-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get a report (its current revision): done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            /** @description Get a report (its current revision): not modified since the ETag sent in If-None-Match; no body */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    updateReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read ("3"), a list of them, or * for any current version. Compared strongly: a weak W/"3" never matches. */
                "if-match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    summary?: string;
                    taskResults?: {
                        taskId: number;
                        /** @enum {unknown} */
                        status: "done" | "in_progress" | "not_started" | "blocked";
                        note: string;
                    }[];
                    productProgress?: {
                        /** @description Strategic technology or product code, as the catalogue names it */
                        code: string;
                        /** @enum {unknown} */
                        kind: "technology" | "product";
                        name?: string;
                        percent?: number;
                        note: string;
                    }[];
                    indicators?: {
                        /**
                         * @description Stable agency or group code
                         * @example BKHCN
                         */
                        code: string;
                        name?: string;
                        value: number;
                        unit?: string;
                    }[];
                    /** @description Vướng mắc */
                    difficulties?: string[];
                    /** @description Kiến nghị */
                    proposals?: string[];
                };
            };
        };
        responses: {
            /** @description Edit a draft or correct a returned report (If-Match required): done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getReportRevisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every revision of a report, oldest first: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            revision: number;
                            /** @enum {unknown} */
                            status: "draft" | "submitted" | "accepted" | "returned";
                            content: components["schemas"]["ReportContent"];
                            author: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp in UTC
                             */
                            createdAt: string;
                            submittedOn: string | null;
                            reviewedAt: string | null;
                            reviewedBy: string | null;
                            returnReason: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    submitReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read ("3"), a list of them, or * for any current version. Compared strongly: a weak W/"3" never matches. */
                "if-match"?: string;
                /** @description Makes a retry safe: the same API key, key and body get the first answer again; the same key with another body is a 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Submit a draft report (If-Match required): done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    acceptReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read ("3"), a list of them, or * for any current version. Compared strongly: a weak W/"3" never matches. */
                "if-match"?: string;
                /** @description Makes a retry safe: the same API key, key and body get the first answer again; the same key with another body is a 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accept a submitted report (If-Match required): done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    returnReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read ("3"), a list of them, or * for any current version. Compared strongly: a weak W/"3" never matches. */
                "if-match"?: string;
                /** @description Makes a retry safe: the same API key, key and body get the first answer again; the same key with another body is a 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Return a submitted report for correction, with the reason (If-Match required): done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listIndicators: {
        parameters: {
            query?: {
                /** @description Page size (at most 500) */
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The indicators register: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Link: components["headers"]["Link"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Indicator"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    createIndicator: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same API key, key and body get the first answer again; the same key with another body is a 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Stable agency or group code
                     * @example BKHCN
                     */
                    code: string;
                    name: string;
                    unit: string;
                    /** @enum {unknown} */
                    kind: "strategic" | "operational";
                    /**
                     * @description Which way is better
                     * @enum {unknown}
                     */
                    direction: "higher" | "lower";
                    source?: string | null;
                };
            };
        };
        responses: {
            /** @description Register an indicator: created; Location names the new resource */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Indicator"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getIndicatorSeries: {
        parameters: {
            query?: {
                /**
                 * @description Stable agency or group code
                 * @example BKHCN
                 */
                agency?: string;
                /** @description YYYY-MM for a monthly obligation, YYYY-Qn for a quarterly one; years 2000 to 2100 */
                from?: string;
                /** @description YYYY-MM for a monthly obligation, YYYY-Qn for a quarterly one; years 2000 to 2100 */
                to?: string;
                /** @description Page size (at most 500) */
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Stable agency or group code
                 * @example BKHCN
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An indicator's values as reported, per agency and period: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Link: components["headers"]["Link"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        indicator: components["schemas"]["Indicator"];
                        items: {
                            agency: components["schemas"]["AgencyRef"];
                            /**
                             * @description YYYY-MM for a monthly obligation, YYYY-Qn for a quarterly one; years 2000 to 2100
                             * @example 2026-04
                             * @example 2026-Q2
                             */
                            period: string;
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD
                             * @example 2026-04-30
                             */
                            periodEnd: string;
                            value: number;
                            reportId: number;
                            /** @enum {unknown} */
                            status: "draft" | "submitted" | "accepted" | "returned";
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listFundingLines: {
        parameters: {
            query?: {
                /** @example 2026 */
                fiscalYear?: number;
                /**
                 * @description Stable agency or group code
                 * @example BKHCN
                 */
                agency?: string;
                /** @description Budget source (nguồn vốn): central budget (ngân sách trung ương), local budget (ngân sách địa phương), other public funds (nguồn công khác), non-state (ngoài nhà nước) */
                source?: "central" | "local" | "other_public" | "non_state";
                /** @description Field (lĩnh vực): science and technology (khoa học và công nghệ), innovation (đổi mới sáng tạo), digital transformation (chuyển đổi số) */
                field?: "science_technology" | "innovation" | "digital_transformation";
                taskId?: number;
                noticeId?: number;
                technologyId?: number;
                productId?: number;
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-04-30
                 */
                asOf?: string;
                /** @description Page size (at most 500) */
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List funding lines, filtered, figures as of a date: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Link: components["headers"]["Link"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["FundingLine"][];
                        /** @description Pass as `cursor` to get the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    createFundingLine: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same API key, key and body get the first answer again; the same key with another body is a 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fiscalYear": 2026,
                 *       "agencyCode": "BKHCN",
                 *       "source": "central",
                 *       "field": "science_technology",
                 *       "title": "Nhiệm vụ phát triển mô hình ngôn ngữ lớn tiếng Việt",
                 *       "taskId": 12,
                 *       "registered": "45000000000"
                 *     }
                 */
                "application/json": {
                    /** @example 2026 */
                    fiscalYear: number;
                    /**
                     * @description Stable agency or group code
                     * @example BKHCN
                     */
                    agencyCode: string;
                    /**
                     * @description Budget source (nguồn vốn): central budget (ngân sách trung ương), local budget (ngân sách địa phương), other public funds (nguồn công khác), non-state (ngoài nhà nước)
                     * @enum {unknown}
                     */
                    source: "central" | "local" | "other_public" | "non_state";
                    /**
                     * @description Field (lĩnh vực): science and technology (khoa học và công nghệ), innovation (đổi mới sáng tạo), digital transformation (chuyển đổi số)
                     * @enum {unknown}
                     */
                    field: "science_technology" | "innovation" | "digital_transformation";
                    /**
                     * @description What the money is for (nội dung)
                     * @example Nhiệm vụ phát triển mô hình ngôn ngữ lớn tiếng Việt
                     */
                    title: string;
                    /**
                     * @description The sending system's own id of the line (printable ASCII, no spaces): unique per sender, it is what a batch upserts by
                     * @example BTC-2026-000123
                     */
                    externalId?: string;
                    /** @description A task the line funds: the line's agency must have an assignment on it */
                    taskId?: number | null;
                    /** @description The line's agency's own assignment it funds (sets taskId) */
                    assignmentId?: number | null;
                    technologyId?: number | null;
                    /** @description A product of the catalogue (sets technologyId to its technology) */
                    productId?: number | null;
                    programme?: string | null;
                    /**
                     * @description Whole đồng, as a string of digits (exact at any size, which a JSON number is not in every language): no sign, no separators, no decimals, at most 18 digits
                     * @example 12500000000
                     */
                    registered?: string;
                    /**
                     * @description Whole đồng, as a string of digits (exact at any size, which a JSON number is not in every language): no sign, no separators, no decimals, at most 18 digits
                     * @example 12500000000
                     */
                    estimate?: string;
                    /**
                     * @description Whole đồng, as a string of digits (exact at any size, which a JSON number is not in every language): no sign, no separators, no decimals, at most 18 digits
                     * @example 12500000000
                     */
                    allocated?: string;
                    /**
                     * @description Whole đồng, as a string of digits (exact at any size, which a JSON number is not in every language): no sign, no separators, no decimals, at most 18 digits
                     * @example 12500000000
                     */
                    disbursed?: string;
                    /**
                     * @description Whole đồng, as a string of digits (exact at any size, which a JSON number is not in every language): no sign, no separators, no decimals, at most 18 digits
                     * @example 12500000000
                     */
                    carriedOver?: string;
                    /**
                     * Format: date
                     * @description Calendar date, YYYY-MM-DD
                     * @example 2026-04-30
                     */
                    asOf?: string;
                    /** @description Why disbursed may exceed allocated on this line (e.g. an advance, tạm ứng); required, and audited, whenever a write leaves disbursed above allocated */
                    overrideReason?: string;
                };
            };
        };
        responses: {
            /** @description Register a funding line (an agency's need, or a budget line): created; Location names the new resource */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingLine"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    exportFundingLinesCsv: {
        parameters: {
            query?: {
                /** @example 2026 */
                fiscalYear?: number;
                /**
                 * @description Stable agency or group code
                 * @example BKHCN
                 */
                agency?: string;
                /** @description Budget source (nguồn vốn): central budget (ngân sách trung ương), local budget (ngân sách địa phương), other public funds (nguồn công khác), non-state (ngoài nhà nước) */
                source?: "central" | "local" | "other_public" | "non_state";
                /** @description Field (lĩnh vực): science and technology (khoa học và công nghệ), innovation (đổi mới sáng tạo), digital transformation (chuyển đổi số) */
                field?: "science_technology" | "innovation" | "digital_transformation";
                taskId?: number;
                noticeId?: number;
                technologyId?: number;
                productId?: number;
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-04-30
                 */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv; charset=utf-8 */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getFundingLine: {
        parameters: {
            query?: {
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-04-30
                 */
                asOf?: string;
            };
            header?: {
                /** @description ETags you hold; 304 when one is current */
                "If-None-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A funding line, figures as of a date: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingLine"];
                };
            };
            /** @description A funding line, figures as of a date: not modified since the ETag sent in If-None-Match; no body */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    updateFundingLine: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read ("3"), a list of them, or * for any current version. Compared strongly: a weak W/"3" never matches. */
                "if-match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "allocated": "30000000000",
                 *       "disbursed": "12000000000",
                 *       "asOf": "2026-06-30"
                 *     }
                 */
                "application/json": {
                    /** @example 2026 */
                    fiscalYear?: number;
                    /**
                     * @description Stable agency or group code
                     * @example BKHCN
                     */
                    agencyCode?: string;
                    /**
                     * @description Budget source (nguồn vốn): central budget (ngân sách trung ương), local budget (ngân sách địa phương), other public funds (nguồn công khác), non-state (ngoài nhà nước)
                     * @enum {unknown}
                     */
                    source?: "central" | "local" | "other_public" | "non_state";
                    /**
                     * @description Field (lĩnh vực): science and technology (khoa học và công nghệ), innovation (đổi mới sáng tạo), digital transformation (chuyển đổi số)
                     * @enum {unknown}
                     */
                    field?: "science_technology" | "innovation" | "digital_transformation";
                    /**
                     * @description What the money is for (nội dung)
                     * @example Nhiệm vụ phát triển mô hình ngôn ngữ lớn tiếng Việt
                     */
                    title?: string;
                    /** @description A task the line funds: the line's agency must have an assignment on it */
                    taskId?: number | null;
                    /** @description The line's agency's own assignment it funds (sets taskId) */
                    assignmentId?: number | null;
                    technologyId?: number | null;
                    /** @description A product of the catalogue (sets technologyId to its technology) */
                    productId?: number | null;
                    programme?: string | null;
                    /**
                     * @description Whole đồng, as a string of digits (exact at any size, which a JSON number is not in every language): no sign, no separators, no decimals, at most 18 digits
                     * @example 12500000000
                     */
                    registered?: string;
                    /**
                     * @description Whole đồng, as a string of digits (exact at any size, which a JSON number is not in every language): no sign, no separators, no decimals, at most 18 digits
                     * @example 12500000000
                     */
                    estimate?: string;
                    /**
                     * @description Whole đồng, as a string of digits (exact at any size, which a JSON number is not in every language): no sign, no separators, no decimals, at most 18 digits
                     * @example 12500000000
                     */
                    allocated?: string;
                    /**
                     * @description Whole đồng, as a string of digits (exact at any size, which a JSON number is not in every language): no sign, no separators, no decimals, at most 18 digits
                     * @example 12500000000
                     */
                    disbursed?: string;
                    /**
                     * @description Whole đồng, as a string of digits (exact at any size, which a JSON number is not in every language): no sign, no separators, no decimals, at most 18 digits
                     * @example 12500000000
                     */
                    carriedOver?: string;
                    /**
                     * Format: date
                     * @description Calendar date, YYYY-MM-DD
                     * @example 2026-04-30
                     */
                    asOf?: string;
                    /** @description Why disbursed may exceed allocated on this line (e.g. an advance, tạm ứng); required, and audited, whenever a write leaves disbursed above allocated */
                    overrideReason?: string;
                };
            };
        };
        responses: {
            /** @description Change a funding line's figures or description (If-Match required): done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingLine"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getFundingLineHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every value each figure of a line was given: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {unknown} */
                            figure: "registered" | "estimate" | "allocated" | "disbursed" | "carriedOver";
                            /**
                             * @description Whole đồng, as a string of digits (exact at any size, which a JSON number is not in every language): no sign, no separators, no decimals, at most 18 digits
                             * @example 12500000000
                             */
                            amount: string;
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD
                             * @example 2026-04-30
                             */
                            asOf: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp in UTC
                             */
                            recordedAt: string;
                            actorName: string;
                            requestId: string | null;
                            overrideReason: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    upsertFundingLines: {
        parameters: {
            query?: {
                /** @description true (default): report what would change and write nothing; false: write it all, or nothing */
                dryRun?: boolean;
            };
            header?: {
                /** @description Makes a retry safe: the same API key, key and body get the first answer again; the same key with another body is a 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "lines": [
                 *         {
                 *           "externalId": "BTC-2026-000123",
                 *           "fiscalYear": 2026,
                 *           "agencyCode": "BKHCN",
                 *           "source": "central",
                 *           "field": "science_technology",
                 *           "title": "Dự toán chi sự nghiệp khoa học và công nghệ",
                 *           "estimate": "120000000000",
                 *           "allocated": "90000000000",
                 *           "disbursed": "30500000000",
                 *           "asOf": "2026-06-30"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    lines: {
                        /**
                         * @description The sending system's own id of the line (printable ASCII, no spaces): unique per sender, it is what a batch upserts by
                         * @example BTC-2026-000123
                         */
                        externalId: string;
                        /** @example 2026 */
                        fiscalYear?: number;
                        /**
                         * @description Stable agency or group code
                         * @example BKHCN
                         */
                        agencyCode?: string;
                        /**
                         * @description Budget source (nguồn vốn): central budget (ngân sách trung ương), local budget (ngân sách địa phương), other public funds (nguồn công khác), non-state (ngoài nhà nước)
                         * @enum {unknown}
                         */
                        source?: "central" | "local" | "other_public" | "non_state";
                        /**
                         * @description Field (lĩnh vực): science and technology (khoa học và công nghệ), innovation (đổi mới sáng tạo), digital transformation (chuyển đổi số)
                         * @enum {unknown}
                         */
                        field?: "science_technology" | "innovation" | "digital_transformation";
                        /**
                         * @description What the money is for (nội dung)
                         * @example Nhiệm vụ phát triển mô hình ngôn ngữ lớn tiếng Việt
                         */
                        title?: string;
                        /** @description A task the line funds: the line's agency must have an assignment on it */
                        taskId?: number | null;
                        /** @description The line's agency's own assignment it funds (sets taskId) */
                        assignmentId?: number | null;
                        technologyId?: number | null;
                        /** @description A product of the catalogue (sets technologyId to its technology) */
                        productId?: number | null;
                        programme?: string | null;
                        /**
                         * @description Whole đồng, as a string of digits (exact at any size, which a JSON number is not in every language): no sign, no separators, no decimals, at most 18 digits
                         * @example 12500000000
                         */
                        registered?: string;
                        /**
                         * @description Whole đồng, as a string of digits (exact at any size, which a JSON number is not in every language): no sign, no separators, no decimals, at most 18 digits
                         * @example 12500000000
                         */
                        estimate?: string;
                        /**
                         * @description Whole đồng, as a string of digits (exact at any size, which a JSON number is not in every language): no sign, no separators, no decimals, at most 18 digits
                         * @example 12500000000
                         */
                        allocated?: string;
                        /**
                         * @description Whole đồng, as a string of digits (exact at any size, which a JSON number is not in every language): no sign, no separators, no decimals, at most 18 digits
                         * @example 12500000000
                         */
                        disbursed?: string;
                        /**
                         * @description Whole đồng, as a string of digits (exact at any size, which a JSON number is not in every language): no sign, no separators, no decimals, at most 18 digits
                         * @example 12500000000
                         */
                        carriedOver?: string;
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD
                         * @example 2026-04-30
                         */
                        asOf?: string;
                        /** @description Why disbursed may exceed allocated on this line (e.g. an advance, tạm ứng); required, and audited, whenever a write leaves disbursed above allocated */
                        overrideReason?: string;
                    }[];
                };
                /**
                 * @example externalId,fiscalYear,agencyCode,source,field,title,estimate,allocated,disbursed,asOf
                 *     BTC-2026-000123,2026,BKHCN,central,science_technology,Dự toán chi sự nghiệp KH&CN,120000000000,90000000000,30500000000,2026-06-30
                 */
                "text/csv": string;
            };
        };
        responses: {
            /** @description Upsert many funding lines at once, keyed by the sender's ids (dry run by default): done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dryRun: boolean;
                        received: number;
                        created: number;
                        updated: number;
                        unchanged: number;
                        /** @description Every line that is (or would be) created or changed, in batch order; unchanged lines are only counted */
                        lines: {
                            /** @description The line's position in the batch, from 1 (in CSV the header is not counted) */
                            row: number;
                            externalId: string | null;
                            /** @description null for a line a dry run would create */
                            lineId: number | null;
                            /** @enum {unknown} */
                            operation: "create" | "update";
                            /** @description For an update: each field that changes, and each figure that gains a value (from: its value on that date) */
                            changes: {
                                /** @description The field or figure, as named in the batch */
                                field: string;
                                from: string | number | null;
                                to: string | number | null;
                                /**
                                 * Format: date
                                 * @description Calendar date, YYYY-MM-DD
                                 * @example 2026-04-30
                                 */
                                asOf?: string;
                            }[];
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getFundingTotals: {
        parameters: {
            query?: {
                /** @example 2026 */
                fiscalYear?: number;
                /**
                 * @description Stable agency or group code
                 * @example BKHCN
                 */
                agency?: string;
                /** @description Budget source (nguồn vốn): central budget (ngân sách trung ương), local budget (ngân sách địa phương), other public funds (nguồn công khác), non-state (ngoài nhà nước) */
                source?: "central" | "local" | "other_public" | "non_state";
                /** @description Field (lĩnh vực): science and technology (khoa học và công nghệ), innovation (đổi mới sáng tạo), digital transformation (chuyển đổi số) */
                field?: "science_technology" | "innovation" | "digital_transformation";
                taskId?: number;
                noticeId?: number;
                technologyId?: number;
                productId?: number;
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-04-30
                 */
                asOf?: string;
                groupBy?: "agency" | "field" | "source" | "notice" | "technology" | "fiscalYear";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Funding totals and rates, grouped, as of a date: done; the body is the result */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        groupBy: "agency" | "field" | "source" | "notice" | "technology" | "fiscalYear";
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD
                         * @example 2026-04-30
                         */
                        asOf: string;
                        groups: {
                            /** @description The group: agency code, field, source, notice number, technology code or fiscal year; null for lines without a notice or technology */
                            key: string | null;
                            /** @description The agency's or technology's Vietnamese name */
                            name: string | null;
                            lines: number;
                            /** @description Whole đồng as a string of digits: a sum, exact at any size */
                            registered: string;
                            /** @description Whole đồng as a string of digits: a sum, exact at any size */
                            estimate: string;
                            /** @description Whole đồng as a string of digits: a sum, exact at any size */
                            allocated: string;
                            /** @description Whole đồng as a string of digits: a sum, exact at any size */
                            disbursed: string;
                            /** @description Whole đồng as a string of digits: a sum, exact at any size */
                            carriedOver: string;
                            /** @description Whole đồng as a string of digits; negative when more was allocated than estimated */
                            unallocated: string;
                            allocationRate: number | null;
                            disbursementRate: number | null;
                        }[];
                        total: {
                            lines: number;
                            /** @description Whole đồng as a string of digits: a sum, exact at any size */
                            registered: string;
                            /** @description Whole đồng as a string of digits: a sum, exact at any size */
                            estimate: string;
                            /** @description Whole đồng as a string of digits: a sum, exact at any size */
                            allocated: string;
                            /** @description Whole đồng as a string of digits: a sum, exact at any size */
                            disbursed: string;
                            /** @description Whole đồng as a string of digits: a sum, exact at any size */
                            carriedOver: string;
                            /** @description Whole đồng as a string of digits; negative when more was allocated than estimated */
                            unallocated: string;
                            allocationRate: number | null;
                            disbursementRate: number | null;
                        };
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
}
