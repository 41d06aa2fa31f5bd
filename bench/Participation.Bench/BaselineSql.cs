/// <summary>
/// The host's SQL for each benchmarked read, exactly as EF Core generates it: captured by running the benchmark with
/// <c>BENCH_ECHO_OUTPUT=1</c> and <c>Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command=Information</c>.
/// The run's statement table (pg_stat_statements) marks each one the host also ran; a "NO" there means a host query
/// changed and this copy must be taken again.
/// </summary>
internal static class BaselineSql
{
    public const string Themes =
        """
        SELECT t.id, t.code, t.name, t.parent_id, t.retired_on
        FROM reference_data.themes AS t
        WHERE t.retired_on IS NULL
        ORDER BY t.code
        LIMIT @take
        """;

    public const string Complaint =
        """
        SELECT s.id, s.category, s.channel, s.closed_on, s.grounds_on, s.late_acceptance_reason, s.position, s.procedure, s.received_on, s.service_area, s.status, s.summary, s.themes, s.xmin, s.advocacy_answer, s.advocacy_offered_on, s.advocacy_organisation, s.complainant_child_agrees, s.complainant_child_case_reference, s.complainant_kind, s.complainant_on_behalf_of_child, s.id0, s.independent_person, s.investigating_officer, s.late_request_reason, s.requested_on, s.id1, s.id2, s.id3, s.id4, c5.complaint_id, c5.number, c5.action, c5.completed_on, c5.description, c5.due_on, c5.owner, s.decided_on, s.decision, s.enquiry_received_on, s.referred_on, s.remedy, s.remedy_completed_on, s.remedy_due_on, c6.complaint_id, c6.number, c6.description, c6.stage1finding, c6.stage2finding, s.stage1_extension_reason, s.stage1_outcome, s.stage1_overdue_on, s.stage1_responded_on, s.stage1_response, s.stage1_deadline_due_date, s.stage1_deadline_region, s.stage1_deadline_start_date, s.stage1_deadline_working_days, s.stage1_extended_due_date, s.stage1_extended_region, s.stage1_extended_start_date, s.stage1_extended_working_days, s.extension_reason, s.outcome, s.overdue_on, s.responded_on, s.response, s.deadline_due_date, s.deadline_region, s.deadline_start_date, s.deadline_working_days, s.extended_due_date, s.extended_region, s.extended_start_date, s.extended_working_days, s.acknowledged_on, s.overdue_on0, s.deadline_due_date0, s.deadline_region0, s.deadline_start_date0, s.deadline_working_days0, s.held_on, s.members, s.overdue_on1, s.report_issued_on, s.requested_on0, s.responded_on0, s.panel_deadline_due_date, s.panel_deadline_region, s.panel_deadline_start_date, s.panel_deadline_working_days, s.report_deadline_due_date, s.report_deadline_region, s.report_deadline_start_date, s.report_deadline_working_days, s.response_deadline_due_date, s.response_deadline_region, s.response_deadline_start_date, s.response_deadline_working_days
        FROM (
            SELECT c.id, c.category, c.channel, c.closed_on, c.grounds_on, c.late_acceptance_reason, c.position, c.procedure, c.received_on, c.service_area, c.status, c.summary, c.themes, c.xmin, c.advocacy_answer, c.advocacy_offered_on, c.advocacy_organisation, c.complainant_child_agrees, c.complainant_child_case_reference, c.complainant_kind, c.complainant_on_behalf_of_child, c0.id AS id0, c0.independent_person, c0.investigating_officer, c0.late_request_reason, c0.requested_on, c1.id AS id1, c1.decided_on, c1.decision, c1.enquiry_received_on, c1.referred_on, c1.remedy, c1.remedy_completed_on, c1.remedy_due_on, c.stage1_extension_reason, c.stage1_outcome, c.stage1_overdue_on, c.stage1_responded_on, c.stage1_response, c.stage1_deadline_due_date, c.stage1_deadline_region, c.stage1_deadline_start_date, c.stage1_deadline_working_days, c.stage1_extended_due_date, c.stage1_extended_region, c.stage1_extended_start_date, c.stage1_extended_working_days, c2.id AS id2, c2.extension_reason, c2.outcome, c2.overdue_on, c2.responded_on, c2.response, c2.deadline_due_date, c2.deadline_region, c2.deadline_start_date, c2.deadline_working_days, c2.extended_due_date, c2.extended_region, c2.extended_start_date, c2.extended_working_days, c3.id AS id3, c3.acknowledged_on, c3.overdue_on AS overdue_on0, c3.deadline_due_date AS deadline_due_date0, c3.deadline_region AS deadline_region0, c3.deadline_start_date AS deadline_start_date0, c3.deadline_working_days AS deadline_working_days0, c4.id AS id4, c4.held_on, c4.members, c4.overdue_on AS overdue_on1, c4.report_issued_on, c4.requested_on AS requested_on0, c4.responded_on AS responded_on0, c4.panel_deadline_due_date, c4.panel_deadline_region, c4.panel_deadline_start_date, c4.panel_deadline_working_days, c4.report_deadline_due_date, c4.report_deadline_region, c4.report_deadline_start_date, c4.report_deadline_working_days, c4.response_deadline_due_date, c4.response_deadline_region, c4.response_deadline_start_date, c4.response_deadline_working_days
            FROM complaints.complaints AS c
            LEFT JOIN complaints.complaint_escalations AS c0 ON c.id = c0.id
            LEFT JOIN complaints.complaint_ombudsman_cases AS c1 ON c.id = c1.id
            LEFT JOIN complaints.complaint_stage2 AS c2 ON c.id = c2.id
            LEFT JOIN complaints.complaint_stage2_acknowledgements AS c3 ON c.id = c3.id
            LEFT JOIN complaints.complaint_review_panels AS c4 ON c.id = c4.id
            WHERE c.id = @id
            LIMIT 2
        ) AS s
        LEFT JOIN complaints.complaint_lessons AS c5 ON s.id = c5.complaint_id
        LEFT JOIN complaints.complaint_points AS c6 ON s.id = c6.complaint_id
        ORDER BY s.id, s.id0, s.id1, s.id2, s.id3, s.id4, c5.complaint_id, c5.number, c6.complaint_id
        """;

    public const string ComplaintPage =
        """
        SELECT s.id, s.category, s.channel, s.closed_on, s.grounds_on, s.late_acceptance_reason, s.position, s.procedure, s.received_on, s.service_area, s.status, s.summary, s.themes, s.xmin, s.advocacy_answer, s.advocacy_offered_on, s.advocacy_organisation, s.complainant_child_agrees, s.complainant_child_case_reference, s.complainant_kind, s.complainant_on_behalf_of_child, s.id0, s.independent_person, s.investigating_officer, s.late_request_reason, s.requested_on, s.id1, s.id2, s.id3, s.id4, c5.complaint_id, c5.number, c5.action, c5.completed_on, c5.description, c5.due_on, c5.owner, s.decided_on, s.decision, s.enquiry_received_on, s.referred_on, s.remedy, s.remedy_completed_on, s.remedy_due_on, c6.complaint_id, c6.number, c6.description, c6.stage1finding, c6.stage2finding, s.stage1_extension_reason, s.stage1_outcome, s.stage1_overdue_on, s.stage1_responded_on, s.stage1_response, s.stage1_deadline_due_date, s.stage1_deadline_region, s.stage1_deadline_start_date, s.stage1_deadline_working_days, s.stage1_extended_due_date, s.stage1_extended_region, s.stage1_extended_start_date, s.stage1_extended_working_days, s.extension_reason, s.outcome, s.overdue_on, s.responded_on, s.response, s.deadline_due_date, s.deadline_region, s.deadline_start_date, s.deadline_working_days, s.extended_due_date, s.extended_region, s.extended_start_date, s.extended_working_days, s.acknowledged_on, s.overdue_on0, s.deadline_due_date0, s.deadline_region0, s.deadline_start_date0, s.deadline_working_days0, s.held_on, s.members, s.overdue_on1, s.report_issued_on, s.requested_on0, s.responded_on0, s.panel_deadline_due_date, s.panel_deadline_region, s.panel_deadline_start_date, s.panel_deadline_working_days, s.report_deadline_due_date, s.report_deadline_region, s.report_deadline_start_date, s.report_deadline_working_days, s.response_deadline_due_date, s.response_deadline_region, s.response_deadline_start_date, s.response_deadline_working_days
        FROM (
            SELECT c.id, c.category, c.channel, c.closed_on, c.grounds_on, c.late_acceptance_reason, c.position, c.procedure, c.received_on, c.service_area, c.status, c.summary, c.themes, c.xmin, c.advocacy_answer, c.advocacy_offered_on, c.advocacy_organisation, c.complainant_child_agrees, c.complainant_child_case_reference, c.complainant_kind, c.complainant_on_behalf_of_child, c0.id AS id0, c0.independent_person, c0.investigating_officer, c0.late_request_reason, c0.requested_on, c1.id AS id1, c1.decided_on, c1.decision, c1.enquiry_received_on, c1.referred_on, c1.remedy, c1.remedy_completed_on, c1.remedy_due_on, c.stage1_extension_reason, c.stage1_outcome, c.stage1_overdue_on, c.stage1_responded_on, c.stage1_response, c.stage1_deadline_due_date, c.stage1_deadline_region, c.stage1_deadline_start_date, c.stage1_deadline_working_days, c.stage1_extended_due_date, c.stage1_extended_region, c.stage1_extended_start_date, c.stage1_extended_working_days, c2.id AS id2, c2.extension_reason, c2.outcome, c2.overdue_on, c2.responded_on, c2.response, c2.deadline_due_date, c2.deadline_region, c2.deadline_start_date, c2.deadline_working_days, c2.extended_due_date, c2.extended_region, c2.extended_start_date, c2.extended_working_days, c3.id AS id3, c3.acknowledged_on, c3.overdue_on AS overdue_on0, c3.deadline_due_date AS deadline_due_date0, c3.deadline_region AS deadline_region0, c3.deadline_start_date AS deadline_start_date0, c3.deadline_working_days AS deadline_working_days0, c4.id AS id4, c4.held_on, c4.members, c4.overdue_on AS overdue_on1, c4.report_issued_on, c4.requested_on AS requested_on0, c4.responded_on AS responded_on0, c4.panel_deadline_due_date, c4.panel_deadline_region, c4.panel_deadline_start_date, c4.panel_deadline_working_days, c4.report_deadline_due_date, c4.report_deadline_region, c4.report_deadline_start_date, c4.report_deadline_working_days, c4.response_deadline_due_date, c4.response_deadline_region, c4.response_deadline_start_date, c4.response_deadline_working_days
            FROM complaints.complaints AS c
            LEFT JOIN complaints.complaint_escalations AS c0 ON c.id = c0.id
            LEFT JOIN complaints.complaint_ombudsman_cases AS c1 ON c.id = c1.id
            LEFT JOIN complaints.complaint_stage2 AS c2 ON c.id = c2.id
            LEFT JOIN complaints.complaint_stage2_acknowledgements AS c3 ON c.id = c3.id
            LEFT JOIN complaints.complaint_review_panels AS c4 ON c.id = c4.id
            WHERE c.position > @after
            ORDER BY c.position
            LIMIT @p
        ) AS s
        LEFT JOIN complaints.complaint_lessons AS c5 ON s.id = c5.complaint_id
        LEFT JOIN complaints.complaint_points AS c6 ON s.id = c6.complaint_id
        ORDER BY s.position, s.id, s.id0, s.id1, s.id2, s.id3, s.id4, c5.complaint_id, c5.number, c6.complaint_id
        """;

    public const string FeedbackItem =
        """
        SELECT f.id, f.accepted_on, f.audience, f.channel, f.cohorts, f.comment, f.consent_to_quote, f.external_id, f.position, f.provider_id, f.rating, f.received_on, f.service_area, f.suggested_themes, f.xmin
        FROM commissioned_services.feedback_items AS f
        WHERE f.id = @id AND f.provider_id = @provider
        LIMIT 2
        """;

    public const string FeedbackPage =
        """
        SELECT f.id, f.accepted_on, f.audience, f.channel, f.cohorts, f.comment, f.consent_to_quote, f.external_id, f.position, f.provider_id, f.rating, f.received_on, f.service_area, f.suggested_themes, f.xmin
        FROM commissioned_services.feedback_items AS f
        WHERE f.provider_id = @provider AND f.position > @after
        ORDER BY f.position
        LIMIT @p
        """;
}
