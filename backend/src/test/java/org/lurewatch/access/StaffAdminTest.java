package org.lurewatch.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.StaffClient;

/** What administrators do with accounts, and what members do with their own. */
@StaffTestContext
class StaffAdminTest extends AdminSignedIn {

    private static String code(GraphQlClient.Reply reply) {
        return reply.firstError().path("extensions").path("code").asString();
    }

    @Test
    void aNewAccountStartsWithAOneTimePasswordItsOwnerMustReplace() {
        GraphQlClient.Reply created = admin.query("mutation { createStaffUser(input: {username: \" Adm-Bao \","
                + " displayName: \"Bao <b>N.</b>\", roles: [EDITOR]}) { user { id username displayName roles"
                + " passwordChangeRequired enabled } oneTimePassword } }");
        var user = created.data().path("createStaffUser").path("user");
        assertThat(user.path("username").asString()).isEqualTo("adm-bao");
        assertThat(user.path("displayName").asString()).isEqualTo("Bao N.");
        assertThat(user.path("passwordChangeRequired").asBoolean()).isTrue();
        String oneTime = created.data().path("createStaffUser").path("oneTimePassword").asString();
        assertThat(oneTime).hasSizeGreaterThanOrEqualTo(20);

        StaffClient bao = StaffClient.signIn(http, "ADM-BAO", oneTime);
        assertThat(code(bao.query("{ editorWarnings { totalCount } }"))).as("no role before the change").isEqualTo("FORBIDDEN");

        String change = "mutation($o: String!, $n: String!) { changeMyPassword(currentPassword: $o, newPassword: $n)"
                + " { passwordChangeRequired } }";
        GraphQlClient.Reply tooShort = bao.query(change, Map.of("o", oneTime, "n", "short pass"));
        assertThat(tooShort.firstError().path("extensions").path("field").asString()).isEqualTo("newPassword");
        assertThat(tooShort.firstError().path("message").asString()).contains("12");
        GraphQlClient.Reply withName = bao.query(change, Map.of("o", oneTime, "n", "my name is adm-bao, ok?"));
        assertThat(withName.firstError().path("message").asString()).contains("user name");
        GraphQlClient.Reply wrongCurrent = bao.query(change, Map.of("o", "not my current password", "n", "a good long passphrase"));
        assertThat(wrongCurrent.firstError().path("extensions").path("field").asString()).isEqualTo("currentPassword");

        GraphQlClient.Reply changed = bao.query(change, Map.of("o", oneTime, "n", "a good long passphrase"));
        assertThat(changed.data().path("changeMyPassword").path("passwordChangeRequired").asBoolean()).isFalse();
        assertThat(code(bao.query("{ me { username } }"))).as("the change ends every session").isEqualTo("UNAUTHENTICATED");
        assertThat(StaffClient.postSession(http, "adm-bao", oneTime).status()).as("the one-time password is spent").isEqualTo(401);
        StaffClient again = StaffClient.signIn(http, "adm-bao", "a good long passphrase");
        assertThat(again.query("{ editorWarnings { totalCount } }").body().has("errors")).isFalse();
    }

    @Test
    void disablingEndsSessionsAndTokensAtOnceAndEnablingLetsTheUserBackIn() {
        StaffClient chai = admin.newStaff("adm-chai", "TRIAGE");
        String token = StaffClient.issueToken(http, "adm-chai", StaffClient.NEW_PASSWORD);
        String id = admin.idOf("adm-chai");

        GraphQlClient.Reply disabled = admin.query("mutation($id: ID!) { disableStaffUser(id: $id) { enabled } }", Map.of("id", id));
        assertThat(disabled.data().path("disableStaffUser").path("enabled").asBoolean()).isFalse();
        assertThat(code(chai.query("{ me { username } }"))).isEqualTo("UNAUTHENTICATED");
        assertThat(StaffClient.withToken(http, token).query("{ me { username } }").status()).isEqualTo(401);
        GraphQlClient.Reply signIn = StaffClient.postSession(http, "adm-chai", StaffClient.NEW_PASSWORD);
        assertThat(signIn.status()).isEqualTo(401);
        assertThat(signIn.firstError().path("message").asString()).as("does not tell the account exists")
                .isEqualTo("Wrong user name or password.");

        admin.query("mutation($id: ID!) { enableStaffUser(id: $id) { enabled } }", Map.of("id", id));
        StaffClient back = StaffClient.signIn(http, "adm-chai", StaffClient.NEW_PASSWORD);
        assertThat(back.query("{ me { roles } }").data().path("me").path("roles").toString()).isEqualTo("[\"TRIAGE\"]");
        assertThat(StaffClient.withToken(http, token).query("{ me { username } }").status())
                .as("a token of a disabled account stays dead").isEqualTo(401);
    }

    @Test
    void roleChangesTakeEffectAtOnceInTheOpenSession() {
        StaffClient dao = admin.newStaff("adm-dao", "TRIAGE");
        assertThat(code(dao.query("{ editorWarnings { totalCount } }"))).isEqualTo("FORBIDDEN");
        GraphQlClient.Reply set = admin.query("mutation($id: ID!) { setStaffUserRoles(id: $id, roles: [EDITOR, TRIAGE])"
                + " { roles } }", Map.of("id", admin.idOf("adm-dao")));
        assertThat(set.data().path("setStaffUserRoles").path("roles").toString()).isEqualTo("[\"EDITOR\",\"TRIAGE\"]");
        assertThat(dao.query("{ editorWarnings { totalCount } }").body().has("errors")).isFalse();
    }

    @Test
    void theLastAdministratorCannotLockEveryoneOut() {
        String adminId = admin.idOf("admin");
        GraphQlClient.Reply self = admin.query("mutation($id: ID!) { disableStaffUser(id: $id) { enabled } }", Map.of("id", adminId));
        assertThat(code(self)).isEqualTo("CONFLICT");
        GraphQlClient.Reply drop = admin.query("mutation($id: ID!) { setStaffUserRoles(id: $id, roles: [EDITOR]) { roles } }",
                Map.of("id", adminId));
        if (drop.body().has("errors")) {
            assertThat(code(drop)).isEqualTo("CONFLICT");
            assertThat(drop.firstError().path("message").asString()).contains("administrator");
        } else {
            // another test made a second administrator: give the role back
            admin.query("mutation($id: ID!) { setStaffUserRoles(id: $id, roles: [ADMIN]) { roles } }", Map.of("id", adminId));
        }
    }

    @Test
    void anAdministratorCanResetAPasswordWhichEndsTheOldOne() {
        admin.newStaff("adm-eka", "EDITOR");
        GraphQlClient.Reply reset = admin.query("mutation($id: ID!) { resetStaffUserPassword(id: $id) { oneTimePassword"
                + " user { passwordChangeRequired } } }", Map.of("id", admin.idOf("adm-eka")));
        String oneTime = reset.data().path("resetStaffUserPassword").path("oneTimePassword").asString();
        assertThat(StaffClient.postSession(http, "adm-eka", StaffClient.NEW_PASSWORD).status()).isEqualTo(401);
        assertThat(StaffClient.postSession(http, "adm-eka", oneTime).status()).isEqualTo(200);
    }

    @Test
    void usernamesAreCheckedAndUnique() {
        GraphQlClient.Reply bad = admin.query("mutation { createStaffUser(input: {username: \"x y\", roles: []}) { oneTimePassword } }");
        assertThat(bad.firstError().path("extensions").path("field").asString()).isEqualTo("username");
        admin.query("mutation { createStaffUser(input: {username: \"adm-twice\", roles: []}) { oneTimePassword } }");
        GraphQlClient.Reply twice = admin.query("mutation { createStaffUser(input: {username: \"ADM-TWICE\", roles: []}) { oneTimePassword } }");
        assertThat(twice.firstError().path("extensions").path("field").asString()).isEqualTo("username");
        assertThat(twice.firstError().path("message").asString()).contains("taken");
    }

    @Test
    void theStaffListIsAConnectionSortedByUserName() {
        admin.query("mutation { createStaffUser(input: {username: \"adm-list-a\", roles: []}) { oneTimePassword } }");
        admin.query("mutation { createStaffUser(input: {username: \"adm-list-b\", roles: []}) { oneTimePassword } }");
        GraphQlClient.Reply page = admin.query("{ staffUsers(first: 1) { totalCount edges { cursor node { username } }"
                + " pageInfo { hasNextPage endCursor } } }");
        var users = page.data().path("staffUsers");
        assertThat(users.path("totalCount").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(users.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        GraphQlClient.Reply next = admin.query("query($a: String) { staffUsers(first: 100, after: $a) { edges { node { username } } } }",
                Map.of("a", users.path("pageInfo").path("endCursor").asString()));
        String first = users.path("edges").path(0).path("node").path("username").asString();
        assertThat(next.raw()).doesNotContain("\"" + first + "\"").contains("adm-list-a", "adm-list-b");
        assertThat(page.raw()).doesNotContain("argon2").doesNotContain("passwordHash").doesNotContain("securityStamp");
    }
}
