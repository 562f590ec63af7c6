package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * No Oracle server runs here, so Oracle is offline SQL only, checked against reviewed expected
 * scripts for the sample app's revisions (src/test/resources/offline). A change to them is a
 * change to review.
 */
class OracleOfflineTest {

    @ParameterizedTest
    @CsvSource({"upgrade, base:head, oracle-sample-upgrade.sql", "downgrade, head:base, oracle-sample-downgrade.sql"})
    void theSampleScriptsAreTheReviewedOnes(String command, String range, String expected) throws IOException {
        Cli.Run run = Cli.retort(Path.of("..", "sample-app"), "--dialect", "oracle", command, "--sql", range);

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (InputStream reviewed = getClass().getResourceAsStream("/offline/" + expected)) {
            assertThat(run.out()).isEqualTo(new String(reviewed.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
