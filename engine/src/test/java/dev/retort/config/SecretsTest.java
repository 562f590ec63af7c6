package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every place a JDBC URL may carry a secret, and the password, are kept out of messages. */
class SecretsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "jdbc:mariadb://app:Url-Secret@db:3306/app | Incorrect port value : Url-Secret@db",
            "jdbc:mysql://app:Url-Secret@db/app | cannot parse jdbc:mysql://app:Url-Secret@db/app",
            "jdbc:postgresql://db/app?user=app&password=Url-Secret | FATAL: password=Url-Secret refused",
            "jdbc:h2:tcp://db/app;USER=sa;PASSWORD=Url-Secret | Connection refused: PASSWORD=Url-Secret",
            "jdbc:sqlserver://db;pwd=Url-Secret;databaseName=app | login failed for pwd=Url-Secret",
    })
    void aSecretInTheUrlOrThePasswordNeverShows(String url, String message) {
        Secrets secrets = Secrets.of("The-Password", url);

        assertThat(secrets.redact(message + " / The-Password")).doesNotContain("Url-Secret", "The-Password").contains("***");
    }
}
