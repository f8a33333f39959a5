package org.lurewatch.access.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The unknown-user comparison must cost what a real one does: the same algorithm and parameters. */
class PasswordsTest {

    private final Passwords passwords = new Passwords();

    @Test
    void theDummyHashHasTheParametersOfEveryNewHash() {
        String[] dummy = Passwords.DUMMY_HASH.split("\\$");
        String[] fresh = passwords.hash("a password").split("\\$");
        assertThat(dummy).hasSameSizeAs(fresh);
        for (int i = 0; i < fresh.length - 2; i++) {
            assertThat(dummy[i]).as("prefix, algorithm, version and parameters").isEqualTo(fresh[i]);
        }
        assertThat(dummy[dummy.length - 2]).as("salt").hasSameSizeAs(fresh[fresh.length - 2]);
        assertThat(dummy[dummy.length - 1]).as("hash").hasSameSizeAs(fresh[fresh.length - 1]);
        assertThat(passwords.needsRehash(Passwords.DUMMY_HASH)).isFalse();
    }

    @Test
    void anUnknownUserNeverSignsIn() {
        assertThat(passwords.matchNothing("anything")).isFalse();
        assertThat(passwords.matchNothing(null)).isFalse();
    }
}
