package org.lurewatch.warnings.editor;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.lurewatch.common.Language;
import org.lurewatch.common.NotFoundException;
import org.lurewatch.common.UserInputException;
import org.lurewatch.indicators.IndicatorNormaliser;
import org.lurewatch.warnings.Translation;
import org.lurewatch.warnings.Warning;
import org.lurewatch.warnings.WarningChanged;
import org.lurewatch.warnings.WarningStatus;
import org.lurewatch.warnings.catalogue.SearchFolding;
import org.lurewatch.warnings.editor.EditorInputs.ChangesInput;
import org.lurewatch.warnings.editor.EditorInputs.DraftInput;
import org.lurewatch.warnings.editor.EditorInputs.TranslationInput;
import org.lurewatch.warnings.editor.WarningVersion.EditAction;
import org.lurewatch.warnings.store.WarningRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Service;

/**
 * The editorial workflow: drafts, edits one field or one language at a time, publish, archive,
 * back to draft, history and restore.
 *
 * <p>Every change names the version it started from; a save from an older version is refused
 * (first by comparing, then atomically by the database's version check), so two editors never
 * silently overwrite each other. Each saved state goes to {@code warning_versions}, and a
 * {@link WarningChanged} event makes the public catalogue reload at once.
 */
@Service
public class WarningEditor {

    private static final Logger log = LoggerFactory.getLogger(WarningEditor.class);
    static final String SYSTEM = "system";

    private final WarningRepository warnings;
    private final WarningVersionRepository versions;
    private final WarningRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public WarningEditor(WarningRepository warnings, WarningVersionRepository versions, IndicatorNormaliser normaliser,
            MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
        this.warnings = warnings;
        this.versions = versions;
        this.rules = new WarningRules(normaliser);
        this.events = events;
        this.clock = clock;
        mongo.indexOps(WarningVersion.class).createIndex(new Index("warningId", Sort.Direction.ASC)
                .on("number", Sort.Direction.ASC).unique());
    }

    public Warning create(DraftInput in, String editor) {
        if (in == null) {
            throw new UserInputException("input", "input is required");
        }
        String slug = rules.slug(in.slug());
        if (in.category() == null || in.severity() == null) {
            throw new UserInputException(in.category() == null ? "category" : "severity",
                    "category and severity are required");
        }
        List<String> countries = rules.countries(in.countries());
        WarningContent content = new WarningContent(slug, in.category(), countries, in.severity(), java.util.Map.of(),
                rules.indicators(in.indicators(), countries), rules.sources(in.sources()), in.expiresAt());
        if (in.translations() != null) {
            for (TranslationInput t : in.translations()) {
                content = content.withTranslation(t == null ? null : t.language(), rules.translation(t));
            }
        }
        Instant now = now();
        Warning draft = content.newDraft(now);
        WarningRules.requireExpiryAfter(draft, now);
        requireFreeSlug(slug, null);
        Warning saved;
        try {
            saved = warnings.insert(draft);
        } catch (DuplicateKeyException e) {
            throw slugTaken(slug);
        }
        record(saved, null, editor, EditAction.CREATED, null);
        events.publishEvent(new WarningChanged(saved.id(), saved.slug(), saved.status()));
        return saved;
    }

    public Warning update(String id, long version, ChangesInput in, String editor) {
        return change(id, version, editor, EditAction.EDITED, current -> {
            if (in == null) {
                return current;
            }
            WarningContent content = WarningContent.of(current);
            if (in.slug() != null) {
                content = content.withSlug(rules.slug(in.slug()));
            }
            if (in.category() != null) {
                content = content.withCategory(in.category());
            }
            if (in.severity() != null) {
                content = content.withSeverity(in.severity());
            }
            if (in.countries() != null) {
                content = content.withCountries(rules.countries(in.countries()));
            }
            if (in.indicators() != null) {
                content = content.withIndicators(rules.indicators(in.indicators(), content.countries()));
            }
            if (in.sources() != null) {
                content = content.withSources(rules.sources(in.sources()));
            }
            if (in.expiresAt() != null && !in.expiresAt().isOmitted()) {
                content = content.withExpiresAt(in.expiresAt().value()); // an explicit null clears it
            }
            return content.onto(current);
        });
    }

    public Warning setTranslation(String id, long version, TranslationInput in, String editor) {
        Translation translation = rules.translation(in);
        return change(id, version, editor, EditAction.TRANSLATION_SET,
                current -> WarningContent.of(current).withTranslation(in.language(), translation).onto(current));
    }

    public Warning removeTranslation(String id, long version, Language language, String editor) {
        return change(id, version, editor, EditAction.TRANSLATION_REMOVED, current -> {
            if (!current.translations().containsKey(language)) {
                throw new UserInputException("language", "This warning has no " + language + " text to remove");
            }
            return WarningContent.of(current).withTranslation(language, null).onto(current);
        });
    }

    public Warning publish(String id, long version, String editor) {
        return change(id, version, editor, EditAction.PUBLISHED, current -> {
            requireStatus(current, "publish", WarningStatus.DRAFT);
            Instant first = current.publishedAt() != null ? current.publishedAt() : now();
            return WarningContent.lifecycle(current, WarningStatus.PUBLISHED, first, current.updatedAt());
        });
    }

    public Warning archive(String id, long version, String editor) {
        return change(id, version, editor, EditAction.ARCHIVED, current -> {
            requireStatus(current, "archive", WarningStatus.DRAFT, WarningStatus.PUBLISHED);
            return WarningContent.lifecycle(current, WarningStatus.ARCHIVED, current.publishedAt(), current.updatedAt());
        });
    }

    public Warning returnToDraft(String id, long version, String editor) {
        return change(id, version, editor, EditAction.RETURNED_TO_DRAFT, current -> {
            requireStatus(current, "return to draft", WarningStatus.PUBLISHED, WarningStatus.ARCHIVED);
            return WarningContent.lifecycle(current, WarningStatus.DRAFT, current.publishedAt(), current.updatedAt());
        });
    }

    /** Brings back the content of version {@code number}; the lifecycle (status, dates) stays as it is now. */
    public Warning restore(String id, long version, long number, String editor) {
        WarningVersion old = versions.findByWarningIdAndNumber(id, number)
                .orElseThrow(() -> new UserInputException("restore", "This warning has no version " + number
                        + "; warningHistory lists the versions there are"));
        return change(id, version, editor, EditAction.RESTORED,
                current -> WarningContent.of(old.snapshot()).onto(current), number);
    }

    public Optional<Warning> byId(String id) {
        return id == null ? Optional.empty() : warnings.findById(id);
    }

    /** Every warning in any state, most recently changed first, ties by id. */
    public List<Warning> list(Set<WarningStatus> statuses, String text) {
        String needle = SearchFolding.fold(text == null ? "" : text.strip());
        return warnings.findAll().stream()
                .filter(w -> statuses == null || statuses.isEmpty() || statuses.contains(w.status()))
                .filter(w -> needle.isEmpty() || searchText(w).contains(needle))
                .sorted(RECENT_FIRST)
                .toList();
    }

    static final Comparator<Warning> RECENT_FIRST = Comparator
            .comparing((Warning w) -> w.updatedAt() == null ? Instant.MIN : w.updatedAt(), Comparator.reverseOrder())
            .thenComparing(Warning::id);

    /** Versions of a warning, newest first. */
    public List<WarningVersion> history(String id) {
        return versions.findByWarningIdOrderByNumberDesc(id);
    }

    private Warning change(String id, long version, String editor, EditAction action, UnaryOperator<Warning> edit) {
        return change(id, version, editor, action, edit, null);
    }

    private Warning change(String id, long version, String editor, EditAction action, UnaryOperator<Warning> edit,
            Long restoredFrom) {
        Warning current = byId(id).orElseThrow(() -> new NotFoundException("No warning with id " + id));
        long currentVersion = current.version() == null ? 0 : current.version();
        if (currentVersion != version) {
            throw stale(version, currentVersion);
        }
        Warning edited = edit.apply(current);
        Instant now = now();
        if (current.updatedAt() != null && !now.isAfter(current.updatedAt())) {
            now = current.updatedAt().plusMillis(1); // every change moves updatedAt, even within a millisecond
        }
        Warning next = WarningContent.lifecycle(edited, edited.status(), edited.publishedAt(), now);
        if (next.status() == WarningStatus.PUBLISHED) {
            WarningRules.requirePublishable(next);
        } else {
            WarningRules.requireExpiryAfter(next, next.publishedAt() != null ? next.publishedAt() : now);
        }
        if (!next.slug().equals(current.slug())) {
            requireFreeSlug(next.slug(), current.id());
        }
        if (!versions.existsByWarningId(current.id())) {
            record(current, null, SYSTEM, EditAction.IMPORTED, null);
        }
        Warning saved;
        try {
            saved = warnings.save(next);
        } catch (OptimisticLockingFailureException e) {
            throw stale(version, byId(id).map(Warning::version).orElse(null));
        } catch (DuplicateKeyException e) {
            throw slugTaken(next.slug());
        }
        record(saved, current, editor, action, restoredFrom);
        // the public catalogue reloads now: a published change is visible at once, a draft never
        events.publishEvent(new WarningChanged(saved.id(), saved.slug(), saved.status()));
        return saved;
    }

    /** Milliseconds: what MongoDB stores, so an answer shows exactly what a reload will. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    private void record(Warning saved, Warning before, String editor, EditAction action, Long restoredFrom) {
        Instant at = Objects.requireNonNullElseGet(saved.updatedAt(), this::now);
        try {
            versions.insert(new WarningVersion(null, saved.id(), saved.version() == null ? 0 : saved.version(), at,
                    editor, action, WarningDiff.between(before, saved), restoredFrom, saved));
        } catch (RuntimeException e) {
            // the change itself is saved; a missing history entry must not turn it into an error
            log.error("Could not record version {} of warning {} in the history", saved.version(), saved.id(), e);
        }
    }

    private void requireFreeSlug(String slug, String ownId) {
        warnings.findBySlug(slug).filter(w -> !w.id().equals(ownId)).ifPresent(w -> {
            throw slugTaken(slug);
        });
    }

    private static UserInputException slugTaken(String slug) {
        return new UserInputException("slug", "slug '" + slug + "' is used by another warning; choose another");
    }

    private static EditConflictException stale(long had, Long now) {
        return new EditConflictException("This warning was changed by someone else since you opened it (you edited"
                + " version " + had + ", it is now version " + now + "). Nothing was saved: reload it, make your"
                + " change again and save.", now);
    }

    private static void requireStatus(Warning w, String step, WarningStatus... allowed) {
        if (!List.of(allowed).contains(w.status())) {
            throw new EditConflictException("Cannot " + step + " a warning that is " + w.status().name().toLowerCase()
                    + " (allowed from: " + List.of(allowed) + ")", w.version());
        }
    }

    private static String searchText(Warning w) {
        StringBuilder sb = new StringBuilder(w.slug()).append('\n');
        w.translations().values().forEach(t -> sb.append(t.title()).append('\n').append(t.summary()).append('\n'));
        return SearchFolding.fold(sb.toString());
    }
}
