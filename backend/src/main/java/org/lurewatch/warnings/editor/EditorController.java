package org.lurewatch.warnings.editor;

import java.util.List;
import java.util.Set;

import org.lurewatch.common.Language;
import org.lurewatch.graphql.Connection;
import org.lurewatch.graphql.Paging;
import org.lurewatch.common.UserInputException;
import org.lurewatch.warnings.Warning;
import org.lurewatch.warnings.editor.EditorInputs.ChangesInput;
import org.lurewatch.warnings.editor.EditorInputs.DraftInput;
import org.lurewatch.warnings.editor.EditorInputs.ListFilter;
import org.lurewatch.warnings.editor.EditorInputs.TranslationInput;
import org.lurewatch.warnings.editor.EditorViews.EditorWarning;
import org.lurewatch.warnings.editor.EditorViews.VersionView;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;

/** The editors' GraphQL API. Every field of this controller needs the EDITOR role. */
@Controller
@PreAuthorize("hasRole('EDITOR')")
public class EditorController {

    static final int DEFAULT_PAGE = 20;

    private final WarningEditor editor;

    EditorController(WarningEditor editor) {
        this.editor = editor;
    }

    @QueryMapping
    public Connection<EditorWarning> editorWarnings(@Argument ListFilter filter, @Argument Integer first,
            @Argument String after) {
        int size = Paging.first(first, DEFAULT_PAGE);
        if (filter != null && filter.text() != null && filter.text().length() > 200) {
            throw new UserInputException("filter.text", "filter.text is at most 200 characters (was "
                    + filter.text().length() + ")");
        }
        List<Warning> all = editor.list(filter == null || filter.statuses() == null ? Set.of()
                : Set.copyOf(filter.statuses()), filter == null ? null : filter.text());
        Connection<Warning> page = Paging.page(all, size, after, EditorController::cursorKey, EditorController::sortsAfter);
        return new Connection<>(page.edges().stream()
                .map(e -> new Connection.Edge<>(EditorWarning.of(e.node()), e.cursor())).toList(),
                page.pageInfo(), page.totalCount());
    }

    @QueryMapping
    public EditorWarning editorWarning(@Argument String id) {
        return editor.byId(id).map(EditorWarning::of).orElse(null);
    }

    @QueryMapping
    public Connection<VersionView> warningHistory(@Argument String id, @Argument Integer first, @Argument String after) {
        int size = Paging.first(first, DEFAULT_PAGE);
        List<VersionView> all = editor.history(id).stream().map(VersionView::of).toList();
        return Paging.page(all, size, after, v -> Long.toString(v.number()), (v, key) -> v.number() < parse(key));
    }

    @MutationMapping
    public EditorWarning createWarningDraft(@Argument DraftInput input) {
        return EditorWarning.of(editor.create(input, editorName()));
    }

    @MutationMapping
    public EditorWarning updateWarning(@Argument String id, @Argument int version, @Argument ChangesInput changes) {
        return EditorWarning.of(editor.update(id, version, changes, editorName()));
    }

    @MutationMapping
    public EditorWarning setWarningTranslation(@Argument String id, @Argument int version,
            @Argument TranslationInput translation) {
        return EditorWarning.of(editor.setTranslation(id, version, translation, editorName()));
    }

    @MutationMapping
    public EditorWarning removeWarningTranslation(@Argument String id, @Argument int version, @Argument Language language) {
        return EditorWarning.of(editor.removeTranslation(id, version, language, editorName()));
    }

    @MutationMapping
    public EditorWarning publishWarning(@Argument String id, @Argument int version) {
        return EditorWarning.of(editor.publish(id, version, editorName()));
    }

    @MutationMapping
    public EditorWarning archiveWarning(@Argument String id, @Argument int version) {
        return EditorWarning.of(editor.archive(id, version, editorName()));
    }

    @MutationMapping
    public EditorWarning returnWarningToDraft(@Argument String id, @Argument int version) {
        return EditorWarning.of(editor.returnToDraft(id, version, editorName()));
    }

    @MutationMapping
    public EditorWarning restoreWarningVersion(@Argument String id, @Argument int version, @Argument int restore) {
        return EditorWarning.of(editor.restore(id, version, restore, editorName()));
    }

    private static String editorName() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    private static String cursorKey(Warning w) {
        long at = w.updatedAt() == null ? Long.MIN_VALUE : w.updatedAt().toEpochMilli();
        return at + "|" + w.id();
    }

    /** Whether {@code w} comes after the item with this cursor key in the list's order (recent first). */
    private static boolean sortsAfter(Warning w, String key) {
        String[] parts = key.split("\\|", 2);
        long at = parse(parts[0]);
        String id = parts.length > 1 ? parts[1] : "";
        long mine = w.updatedAt() == null ? Long.MIN_VALUE : w.updatedAt().toEpochMilli();
        return mine < at || (mine == at && w.id().compareTo(id) > 0);
    }

    private static long parse(String number) {
        try {
            return Long.parseLong(number);
        } catch (NumberFormatException e) {
            throw new UserInputException("after", "after is not a cursor this API handed out; use pageInfo.endCursor");
        }
    }
}
