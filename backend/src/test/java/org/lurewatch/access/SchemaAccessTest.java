package org.lurewatch.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.SchemaWalk;
import org.lurewatch.support.StaffClient;

/**
 * Walks the whole schema as it is at run time and calls every Query and Mutation field: nothing
 * outside the public allow-list answers an anonymous caller with anything but UNAUTHENTICATED, and
 * nothing that needs a role answers a signed-in member without it with anything but FORBIDDEN.
 *
 * <p>A module that adds a field is covered without touching this test; if the field is meant for
 * the public, it goes on {@link #PUBLIC} (a reviewed decision), otherwise it must check a role.
 */
@StaffTestContext
class SchemaAccessTest extends AdminSignedIn {

    /** Fields anyone may call. Adding one here is a security decision: say why in the commit. */
    static final Set<String> PUBLIC = Set.of(
            // published warnings and their live feed
            "languages", "warnings", "warning", "warningCounts", "warningPublished",
            // the public changes of warnings, for mirrors
            "warningChanges", "warningChanged",
            // the anonymous tipster: a receipt is the only credential there is
            "tipChallenge", "submitTip", "tipStatus", "addTipMessage", "emergencyNumbers",
            // aggregates under the disclosure rule (small counts suppressed)
            "tipStatistics",
            // checks pasted text in memory, keeps nothing
            "checkOffer");

    /**
     * Fields for the holder of an NGO key, the only credential they take (ApiKeyHolderTest): a
     * staff member without a key is UNAUTHENTICATED there, like anyone.
     */
    static final Set<String> KEY_HOLDER = Set.of("myApiKey");

    /** Fields any signed-in staff member may call, whatever their roles. */
    static final Set<String> ANY_STAFF = Set.of(
            "me", "changeMyPassword", "myApiTokens", "createApiToken", "revokeApiToken");

    /** Fields that need a role, by role (those of other modules are covered by the no-role walk). */
    static final Set<String> ADMIN_FIELDS = Set.of("staffUsers", "createStaffUser", "disableStaffUser",
            "enableStaffUser", "setStaffUserRoles", "resetStaffUserPassword",
            "apiKeys", "issueApiKey", "revokeApiKey", "rotateApiKey");
    static final Set<String> EDITOR_FIELDS = Set.of("editorWarnings", "editorWarning", "warningHistory",
            "createWarningDraft", "updateWarning", "setWarningTranslation", "removeWarningTranslation",
            "publishWarning", "archiveWarning", "returnWarningToDraft", "restoreWarningVersion");

    private static final String SECRET_TITLE = "Internal draft about an ongoing case";

    @Test
    void noStaffFieldAnswersAnAnonymousCaller() {
        StaffClient editor = staff("walk-editor", "EDITOR");
        editor.query("mutation($t: String!) { createWarningDraft(input: {slug: \"walk-secret-draft\", category: JOB_OFFER,"
                + " severity: HIGH, translations: [{language: en, title: $t, summary: \"s\"}]}) { id } }",
                Map.of("t", SECRET_TITLE));

        SchemaWalk walk = SchemaWalk.of(http::query);
        List<SchemaWalk.Call> guarded = walk.calls().stream().filter(c -> !PUBLIC.contains(c.field())).toList();
        assertThat(guarded).extracting(SchemaWalk.Call::field).as("the walk sees this module's fields")
                .containsAll(ADMIN_FIELDS).containsAll(EDITOR_FIELDS).containsAll(ANY_STAFF);

        for (SchemaWalk.Call call : guarded) {
            GraphQlClient.Reply anonymous = http.query(call.document());
            assertRefused(call, anonymous, "UNAUTHENTICATED");
            GraphQlClient.Reply onStaffSide = StaffClient.postJson(http, "/staff/graphql", Map.of("query", call.document()));
            assertRefused(call, onStaffSide, "UNAUTHENTICATED");
        }
        for (SchemaWalk.Call call : walk.calls().stream().filter(c -> PUBLIC.contains(c.field())).toList()) {
            GraphQlClient.Reply reply = http.query(call.document());
            assertThat(reply.raw()).as(call.document()).doesNotContain("UNAUTHENTICATED").doesNotContain("FORBIDDEN")
                    .doesNotContain(SECRET_TITLE);
        }
    }

    @Test
    void everyFieldThatNeedsARoleRefusesMembersWithoutIt() {
        SchemaWalk walk = SchemaWalk.of(http::query);
        Predicate<SchemaWalk.Call> needsARole = c -> !PUBLIC.contains(c.field()) && !ANY_STAFF.contains(c.field())
                && !KEY_HOLDER.contains(c.field());

        StaffClient noRole = staff("walk-no-role");
        expectForbidden(walk, noRole, needsARole);
        expectForbidden(walk, staff("walk-triage", "TRIAGE"),
                c -> ADMIN_FIELDS.contains(c.field()) || EDITOR_FIELDS.contains(c.field()));
        expectForbidden(walk, staff("walk-only-editor", "EDITOR"), c -> ADMIN_FIELDS.contains(c.field()));
        expectForbidden(walk, staff("walk-only-admin", "ADMIN"), c -> EDITOR_FIELDS.contains(c.field()));

        // bearer tokens get exactly the same checks as sessions
        String token = StaffClient.issueToken(http, "walk-no-role", StaffClient.NEW_PASSWORD);
        expectForbidden(walk, StaffClient.withToken(http, token), needsARole);
    }

    @Test
    void aOneTimePasswordOpensNothingButThePasswordChange() {
        GraphQlClient.Reply created = admin.query("mutation { createStaffUser(input: {username: \"walk-fresh\","
                + " roles: [EDITOR, TRIAGE, ADMIN]}) { oneTimePassword } }");
        String oneTime = created.data().path("createStaffUser").path("oneTimePassword").asString();
        StaffClient fresh = StaffClient.signIn(http, "walk-fresh", oneTime);
        assertThat(fresh.query("{ me { passwordChangeRequired roles } }").data().path("me")
                .path("passwordChangeRequired").asBoolean()).isTrue();
        expectForbidden(SchemaWalk.of(http::query), fresh,
                c -> !PUBLIC.contains(c.field()) && !KEY_HOLDER.contains(c.field())
                        && !Set.of("me", "changeMyPassword").contains(c.field()));
        GraphQlClient.Reply token = StaffClient.postJson(http, "/staff/token",
                Map.of("username", "walk-fresh", "password", oneTime));
        assertThat(token.status()).isEqualTo(403);
    }

    private void expectForbidden(SchemaWalk walk, StaffClient member, Predicate<SchemaWalk.Call> which) {
        List<SchemaWalk.Call> calls = walk.calls().stream().filter(which).toList();
        assertThat(calls).isNotEmpty();
        for (SchemaWalk.Call call : calls) {
            assertRefused(call, member.query(call.document()), "FORBIDDEN");
        }
    }

    private static void assertRefused(SchemaWalk.Call call, GraphQlClient.Reply reply, String code) {
        String what = call.document() + " -> " + reply.raw();
        assertThat(reply.status()).as(what).isEqualTo(200);
        assertThat(reply.body().path("errors")).as(what).hasSize(1);
        assertThat(reply.firstError().path("extensions").path("code").asString()).as(what).isEqualTo(code);
        assertThat(reply.firstError().path("path").path(0).asString()).as(what).isEqualTo(call.field());
        assertThat(reply.data().path(call.field()).isMissingNode() || reply.data().path(call.field()).isNull()
                || reply.data().isNull()).as(what).isTrue();
        assertThat(reply.raw()).as(what).doesNotContain(SECRET_TITLE).doesNotContain("admin")
                .doesNotContain("argon2").doesNotContain("lwst_").doesNotContain("Exception");
    }

    private StaffClient staff(String username, String... roles) {
        return admin.newStaff(username, roles);
    }
}
