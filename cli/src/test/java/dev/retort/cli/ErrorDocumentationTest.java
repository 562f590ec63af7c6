package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** docs/errors.md and ErrorCatalogueTest list the same cases. */
class ErrorDocumentationTest {

    @Test
    void everyDocumentedCaseHasItsTestAndEveryTestItsLine() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "errors.md"));
        List<String> tested = Arrays.stream(ErrorCatalogueTest.class.getDeclaredMethods())
                .map(method -> method.getAnnotation(DisplayName.class)).filter(name -> name != null).map(DisplayName::value).toList();

        assertThat(tested).hasSizeGreaterThanOrEqualTo(30);
        for (String name : tested) {
            String number = name.substring(0, 3);
            String situation = name.substring(4);
            assertThat(doc).as(name).contains("| " + number + " | " + situation + " |");
        }
        assertThat(doc).contains(tested.size() + " cases.");
    }
}
