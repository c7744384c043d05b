package com.arbitra.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** PBKDF2 password hashes, with a low iteration count so that the tests stay fast. */
class PasswordsTest {

    private static final char[] PASSWORD = "longjing-2026!".toCharArray();

    private final Passwords passwords = new Passwords(1000);

    @Test
    void aHashVerifiesItsPasswordOnly() {
        String hash = passwords.hash(PASSWORD.clone());

        assertThat(Passwords.verify(PASSWORD.clone(), hash)).isTrue();
        assertThat(Passwords.verify("longjing-2026?".toCharArray(), hash)).isFalse();
        assertThat(Passwords.verify(new char[0], hash)).isFalse();
    }

    @Test
    void theEncodedHashNamesItsAlgorithmIterationsSaltAndKey() {
        String hash = passwords.hash(PASSWORD.clone());

        assertThat(hash).startsWith("pbkdf2-sha256$1000$");
        String[] parts = hash.split("\\$");
        assertThat(parts).hasSize(4);
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
    }

    @Test
    void eachHashHasItsOwnSalt() {
        String first = passwords.hash(PASSWORD.clone());
        String second = passwords.hash(PASSWORD.clone());

        assertThat(first).isNotEqualTo(second);
        assertThat(first.split("\\$")[2]).isNotEqualTo(second.split("\\$")[2]);
        assertThat(Passwords.verify(PASSWORD.clone(), first)).isTrue();
        assertThat(Passwords.verify(PASSWORD.clone(), second)).isTrue();
    }

    @Test
    void aHashKeepsItsOwnIterationCount() {
        String older = new Passwords(500).hash(PASSWORD.clone());

        assertThat(older).startsWith("pbkdf2-sha256$500$");
        assertThat(Passwords.verify(PASSWORD.clone(), older)).isTrue();
        assertThat(Passwords.verify(PASSWORD.clone(), older.replace("$500$", "$1000$"))).isFalse();
    }

    @Test
    void theDefaultFollowsOwasp() {
        assertThat(Passwords.OWASP_ITERATIONS).isEqualTo(600_000);
        assertThat(Passwords.owasp().hash("x".toCharArray())).startsWith("pbkdf2-sha256$600000$");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "plain-text-password", "bcrypt$10$c2FsdA$a2V5", "pbkdf2-sha256$1000$c2FsdA"})
    void somethingThatIsNoPbkdf2HashVerifiesNothing(String encoded) {
        assertThat(Passwords.verify(PASSWORD.clone(), encoded)).isFalse();
    }

    @Test
    void anIterationCountMustBePositive() {
        assertThatThrownBy(() -> new Passwords(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewPasswordHasAtLeastEightCharacters() {
        assertThat(Passwords.problem("seven77".toCharArray())).isEqualTo("A password needs at least 8 characters.");
        assertThat(Passwords.problem(null)).isEqualTo("A password needs at least 8 characters.");
        assertThat(Passwords.problem("eight888".toCharArray())).isNull();
    }
}
