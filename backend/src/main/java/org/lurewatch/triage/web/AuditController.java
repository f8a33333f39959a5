package org.lurewatch.triage.web;

import java.time.Instant;

import org.lurewatch.graphql.Connection;
import org.lurewatch.graphql.Paging;
import org.lurewatch.triage.audit.AuditLog;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Read-only access to the audit log, for administrators; there is deliberately no mutation. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
public class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    /** The filter as the API takes it. */
    public record AuditLogFilter(String tipId, String user, Instant from, Instant to) {
    }

    @QueryMapping
    public Connection<AuditLog.Entry> auditLog(@Argument AuditLogFilter filter, @Argument Integer first,
            @Argument String after) {
        int size = Paging.first(first, 50);
        AuditLogFilter f = filter == null ? new AuditLogFilter(null, null, null, null) : filter;
        String afterId = after == null || after.isEmpty() ? null : Paging.decode(after);
        AuditLog.Page page = audit.page(new AuditLog.Filter(f.tipId(), f.user(), f.from(), f.to()), afterId, size);
        return Paging.window(page.entries(), page.hasMore(), after, page.total(), AuditLog.Entry::id);
    }
}
