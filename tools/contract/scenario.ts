// A partner system and a complaints officer's front-end, written against the client generated from the committed
// OpenAPI document. It is type-checked in strict mode in CI, with no non-null assertion (`!`) allowed: if the document
// says less than the API does (a field it always sends typed optional, an ETag not declared), this stops compiling.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/participation";

type Problem = components["schemas"]["ProblemDetails"];
type ValidationProblem = components["schemas"]["HttpValidationProblemDetails"];
type Figure = components["schemas"]["CountFigure"];

const baseUrl = "https://participation.council.example";

/** What a person reads of a published figure: the number, or why it is withheld. */
export function describeFigure(figure: Figure): string {
  if (figure.value !== null && figure.value !== undefined) {
    return figure.value.toString();
  }
  return `withheld (${figure.suppressed ?? "not published"})`;
}

/** What a developer logs of any error: the status, the rule broken if any, and the trace id to quote. */
export function describeProblem(problem: Problem | ValidationProblem): string {
  const fields = "errors" in problem ? Object.keys(problem.errors).join(", ") : "";
  return `${problem.status} ${problem.title} ${problem.code ?? ""} ${fields} (trace ${problem.traceId})`;
}

export async function partnerSendsFeedback(apiKey: string): Promise<string[]> {
  const partner = createClient<paths>({ baseUrl, headers: { "X-Api-Key": apiKey } });

  // 1. Who am I?
  const identity = await partner.GET("/api/v1/partner/identity");
  if (identity.error) throw new Error(describeProblem(identity.error));
  const scopes: string[] = identity.data.scopes;

  // 2. Send one item; a retry with the same key replays the first answer.
  const sent = await partner.POST("/api/v1/partner/feedback", {
    params: { header: { "Idempotency-Key": "2026-12-02-0001" } },
    body: {
      externalId: "camhs-2026-0001",
      receivedOn: "2026-12-01",
      audience: "child-or-young-person",
      cohorts: ["looked-after-children"],
      serviceArea: "camhs",
      channel: "online-form",
      rating: 4,
      comment: "My worker listened to me.",
      themes: ["being-listened-to"],
    },
  });
  if (sent.error) throw new Error(describeProblem(sent.error));
  const remaining: number | undefined = sent.response.headers.get("RateLimit-Remaining") === null ? undefined : Number(sent.response.headers.get("RateLimit-Remaining"));

  // 3. Read back every page of what this partner sent.
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await partner.GET("/api/v1/partner/feedback", { params: { query: { pageSize: 100, cursor } } });
    if (page.error) throw new Error(describeProblem(page.error));
    ids.push(...page.data.items.map((item) => item.id));
    cursor = page.data.nextCursor ?? undefined;
  } while (cursor !== undefined);

  return [...scopes, sent.data.id, String(remaining), ...ids];
}

export async function officerHandlesAComplaint(token: string): Promise<string> {
  const staff = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } });

  // 4. Log a child's complaint.
  const logged = await staff.POST("/api/v1/complaints", {
    body: {
      receivedOn: "2026-11-30",
      channel: "telephone",
      complainantKind: "child-or-young-person",
      childCaseReference: "C-1042",
      onBehalfOfChild: false,
      serviceArea: "children-in-care",
      category: "Placement",
      summary: "Moved without being asked",
      points: ["I was not asked before moving", "Nobody told my school"],
    },
  });
  if (logged.error) throw new Error(describeProblem(logged.error));
  const complaint = logged.data;

  // 5. Offer an advocate, naming the version read (If-Match is required).
  const offered = await staff.POST("/api/v1/complaints/{id}/advocacy-offers", {
    params: { path: { id: complaint.id }, header: { "If-Match": complaint.etag } },
    body: { offeredOn: "2026-12-01", answer: "accepted", organisation: "Coram Voice" },
  });
  if (offered.error) throw new Error(describeProblem(offered.error));

  // 6. Answer stage 1 with a finding on every point, under the new version.
  const answered = await staff.POST("/api/v1/complaints/{id}/responses", {
    params: { path: { id: complaint.id }, header: { "If-Match": offered.data.etag } },
    body: {
      respondedOn: "2026-12-10",
      findings: offered.data.points.map((point) => ({ point: point.number, finding: "upheld" as const })),
      remedy: "An apology and a placement move checklist",
    },
  });
  if (answered.error) throw new Error(describeProblem(answered.error));
  const dueDate: string = answered.data.stage1.dueDate;
  const calendar: string = answered.data.stage1.calendar;

  // 7. A second answer is a conflict with a stable code.
  const again = await staff.POST("/api/v1/complaints/{id}/responses", {
    params: { path: { id: complaint.id }, header: { "If-Match": answered.data.etag } },
    body: { respondedOn: "2026-12-11", findings: [] },
  });
  const conflict = again.error ? describeProblem(again.error) : "no conflict";

  // 8. The work queue: what is overdue in this service area.
  const queue = await staff.GET("/api/v1/complaints", { params: { query: { overdue: true, serviceArea: "children-in-care" } } });
  if (queue.error) throw new Error(describeProblem(queue.error));
  const overdue = queue.data.items.map((item) => `${item.id} ${item.status} ${item.stage2?.dueDate ?? item.stage1.dueDate}`);

  // 9. The quarterly report, figures as numbers or withheld.
  const report = await staff.GET("/api/v1/complaints/reports/quarterly", { params: { query: { year: 2026, quarter: 3 } } });
  if (report.error) throw new Error(describeProblem(report.error));
  const received = describeFigure(report.data.received);
  const byArea = Object.entries(report.data.receivedByServiceArea).map(([area, figure]) => `${area}: ${describeFigure(figure)}`);

  // 10. A working-day deadline from the calendar the complaints clock uses.
  const due = await staff.GET("/api/v1/calendar/due-date", { params: { query: { from: "2026-12-21", workingDays: 10 } } });
  if (due.error) throw new Error(describeProblem(due.error));

  return [dueDate, calendar, conflict, ...overdue, received, ...byArea, due.data.dueDate].join("\n");
}
