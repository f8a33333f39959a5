package org.lurewatch.triage.audit;

import org.lurewatch.access.StaffAdminAction;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Administrators' changes to accounts, roles, passwords and keys go into the same append-only log
 * as every access to a tip, with no tip id. Synchronous on purpose: an entry that cannot be written
 * fails the administrator's request rather than passing unnoticed.
 */
@Component
class AdminAuditTrail {

    private final AuditLog audit;

    AdminAuditTrail(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(StaffAdminAction action) {
        audit.record(action.actor(), action.action(), null, action.describe());
    }
}
