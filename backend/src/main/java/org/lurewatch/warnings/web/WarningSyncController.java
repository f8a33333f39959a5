package org.lurewatch.warnings.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.lurewatch.common.Language;
import org.lurewatch.common.UserInputException;
import org.lurewatch.graphql.Connection;
import org.lurewatch.graphql.Paging;
import org.lurewatch.warnings.Warning;
import org.lurewatch.warnings.WarningCatalogue;
import org.lurewatch.warnings.WarningChangeKind;
import org.lurewatch.warnings.WarningView;
import org.lurewatch.warnings.publication.PublicationLog;
import org.lurewatch.warnings.publication.PublicationMessage;
import org.lurewatch.warnings.store.WarningStore;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/** Incremental sync for mirrors: the publication log as a connection, and the same changes live. */
@Controller
class WarningSyncController {

    static final int DEFAULT_PAGE = 100;

    private final PublicationLog log;
    private final WarningStore store;
    private final WarningCatalogue catalogue;

    WarningSyncController(PublicationLog log, WarningStore store, WarningCatalogue catalogue) {
        this.log = log;
        this.store = store;
        this.catalogue = catalogue;
    }

    /** A {@code WarningChange} of the schema; {@code warning} is null when it is not published now. */
    record WarningChangeView(WarningChangeKind kind, Instant at, String warningId, String slug, long version,
            WarningView warning) {
    }

    @QueryMapping
    Connection<WarningChangeView> warningChanges(@Argument String after, @Argument Instant since,
            @Argument Integer first, @Argument Language lang) {
        int size = Paging.first(first, DEFAULT_PAGE);
        Language served = lang == null ? Language.en : lang;
        Instant fromLogged = since;
        String fromId = "\uffff"; // after every id recorded at exactly `since`
        if (after != null && !after.isEmpty()) {
            String[] key = Paging.decode(after).split("\\|", 2);
            try {
                fromLogged = Instant.ofEpochMilli(Long.parseLong(key[0]));
            } catch (NumberFormatException e) {
                throw new UserInputException("after", "after is not a cursor this API handed out; use pageInfo.endCursor");
            }
            fromId = key.length > 1 ? key[1] : "";
        }
        List<PublicationMessage> found = log.after(fromLogged, fromId, size + 1);
        List<PublicationMessage> page = found.subList(0, Math.min(size, found.size()));
        // the warning as stored now, when it is published: the same on every instance, however far
        // this one's catalogue has caught up; a draft or archived one is never shown
        Map<String, Warning> published = page.isEmpty() ? Map.of()
                : store.byIds(page.stream().map(PublicationMessage::warningId).distinct().toList()).stream()
                        .filter(Warning::isPublic).collect(Collectors.toMap(Warning::id, Warning::withoutBodies));
        List<Connection.Edge<WarningChangeView>> edges = page.stream().map(m -> new Connection.Edge<>(
                new WarningChangeView(m.kind(), m.at(), m.warningId(), m.snapshot() == null ? "" : m.snapshot().slug(),
                        m.number(), published.containsKey(m.warningId())
                                ? WarningView.of(published.get(m.warningId()), served) : null),
                Paging.encode(m.logged().toEpochMilli() + "|" + m.id()))).toList();
        var info = new Connection.PageInfo(found.size() > size, fromLogged != null,
                edges.isEmpty() ? null : edges.get(0).cursor(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        return new Connection<>(edges, info, edges.size());
    }

    @SubscriptionMapping
    Flux<WarningChangeView> warningChanged(@Argument Language lang) {
        Language served = lang == null ? Language.en : lang;
        return catalogue.changes().map(c -> new WarningChangeView(c.kind(), c.at(), c.warning().id(), c.warning().slug(),
                c.warning().version() == null ? 0 : c.warning().version(),
                c.kind() == WarningChangeKind.WITHDRAWN ? null : WarningView.of(c.warning(), served)));
    }
}
