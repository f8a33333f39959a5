package org.lurewatch.triage.web;

import org.lurewatch.access.StaffDirectory;
import org.lurewatch.access.StaffRole;
import org.lurewatch.graphql.Connection;
import org.lurewatch.graphql.Paging;
import org.lurewatch.triage.cases.CaseFile;
import org.lurewatch.triage.cases.CaseView;
import org.lurewatch.triage.cases.CaseWork;
import org.lurewatch.triage.cases.QueueFilter;
import org.lurewatch.triage.cases.TriageQueue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The triage officer's queue and actions; thin: each field is one service call. */
@Controller
@PreAuthorize("hasRole('TRIAGE')")
public class TriageController {

    private final TriageQueue queue;
    private final CaseFile files;
    private final CaseWork work;
    private final StaffDirectory staff;

    TriageController(TriageQueue queue, CaseFile files, CaseWork work, StaffDirectory staff) {
        this.queue = queue;
        this.files = files;
        this.work = work;
        this.staff = staff;
    }

    @QueryMapping
    public Connection<CaseView> triageQueue(@Argument QueueFilter filter, @Argument Integer first, @Argument String after) {
        int size = Paging.first(first, 50);
        return queue.page(filter, size, after);
    }

    @QueryMapping
    public CaseFile.TipFile triageTip(@Argument String id) {
        return files.read(id);
    }

    @MutationMapping
    public CaseView changeTriageStatus(@Argument String tipId, @Argument CaseWork.StatusChange input) {
        return work.changeStatus(tipId, input);
    }

    @MutationMapping
    public CaseView claimTip(@Argument String tipId) {
        return work.claim(tipId);
    }

    @MutationMapping
    public CaseView assignTip(@Argument String tipId, @Argument String to, @Argument String expectedAssignee) {
        // a tip handed to a name nobody holds, or to someone who may not open it, is a tip nobody works
        return work.assign(tipId, staff.requireMemberWithRole(to, StaffRole.TRIAGE, "to"), expectedAssignee);
    }

    @MutationMapping
    public CaseView releaseTip(@Argument String tipId) {
        return work.release(tipId);
    }

    @MutationMapping
    public CaseView addTriageNote(@Argument String tipId, @Argument String text) {
        return work.addNote(tipId, text);
    }

    @MutationMapping
    public CaseView replyToTipster(@Argument String tipId, @Argument String text) {
        return work.reply(tipId, text);
    }

    @MutationMapping
    public CaseView overrideTriagePriority(@Argument String tipId, @Argument Integer priority, @Argument String reason) {
        return work.overridePriority(tipId, priority, reason);
    }

    @MutationMapping
    public CaseView linkTips(@Argument String tipId, @Argument String otherTipId) {
        return files.link(tipId, otherTipId);
    }

    @MutationMapping
    public CaseView unlinkTips(@Argument String tipId, @Argument String otherTipId) {
        return files.unlink(tipId, otherTipId);
    }

    @MutationMapping
    public CaseView markDuplicateTip(@Argument String tipId, @Argument String originalTipId) {
        return files.markDuplicate(tipId, originalTipId);
    }
}
