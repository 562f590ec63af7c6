package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.Folders;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.tools.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/tutorial.md, replayed as the page is written, so that what it shows cannot drift from what
 * Retort prints. In a fresh folder, in page order: each {@code console} block's commands run and
 * must print what the page shows under them; each {@code java revision} block must be the revision
 * file the last autogen wrote; the page's own edits ({@code properties set-in=FILE}, {@code java
 * delete-from=FILE}) are made as it says. Revision ids and creation dates differ run to run: the
 * page's stand for the run's. H2 shell timings are left out of the comparison.
 */
class TutorialPageTest {

    private static final Path PAGE = Path.of("..", "docs", "tutorial.md");
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w+)([^\\n]*)\\n(.*?)^```$");
    private static final Pattern GENERATED = Pattern.compile("Generated \\S*/R([0-9a-f]{12})_\\S*\\.java");
    private static final Pattern CREATED = Pattern.compile("created = \"[^\"]*\"");
    private static final Pattern TIMING = Pattern.compile("\\((\\d+ rows?), \\d+ ms\\)");

    @TempDir
    Path root;

    private Path folder;
    private int exitCode;
    private Path generated;
    private final Map<String, String> aliases = new HashMap<>();
    /** The run's revision ids, each to the page's that stands for it. */
    private final Map<String, String> ids = new LinkedHashMap<>();

    private record Block(String language, Map<String, String> attributes, String text) {}

    private static List<Block> blocks() throws Exception {
        List<Block> blocks = new ArrayList<>();
        Matcher fence = FENCE.matcher(Files.readString(PAGE));
        while (fence.find()) {
            Map<String, String> attributes = new HashMap<>();
            for (String attribute : fence.group(2).strip().split("\\s+")) {
                if (!attribute.isEmpty()) {
                    String[] pair = attribute.split("=", 2);
                    attributes.put(pair[0], pair.length == 2 ? pair[1] : "");
                }
            }
            blocks.add(new Block(fence.group(1), attributes, fence.group(3)));
        }
        return blocks;
    }

    @Test
    void everyCommandPrintsWhatThePageShows() throws Exception {
        folder = root;
        int commands = 0;
        int revisions = 0;
        for (Block block : blocks()) {
            if (block.language().equals("console")) {
                commands += console(block.text());
            } else if (block.attributes().containsKey("set-in")) {
                set(folder.resolve(block.attributes().get("set-in")), block.text());
            } else if (block.attributes().containsKey("delete-from")) {
                Path file = folder.resolve(block.attributes().get("delete-from"));
                String source = Files.readString(file);
                assertThat(source).as("the page deletes from " + file).contains(block.text());
                Files.writeString(file, source.replace(block.text() + "\n", "").replace(block.text(), ""));
            } else if (block.attributes().containsKey("revision")) {
                assertThat(generated).as("a revision shown before any was generated").isNotNull();
                assertThat(pageIds(CREATED.matcher(Files.readString(generated)).replaceAll("created = \"…\"")))
                        .isEqualTo(CREATED.matcher(block.text()).replaceAll("created = \"…\""));
                revisions++;
            }
        }
        assertThat(commands).as("commands replayed from the page").isGreaterThan(20);
        assertThat(revisions).as("revision files compared with the page").isEqualTo(2);
    }

    /** Runs each {@code $ command} of a console block; the lines after it, to the next, are its output. */
    private int console(String block) throws Exception {
        List<String> lines = block.lines().toList();
        int commands = 0;
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i)).as("a console block starts with a command").startsWith("$ ");
            String command = lines.get(i).substring(2);
            StringBuilder expected = new StringBuilder();
            while (i + 1 < lines.size() && !lines.get(i + 1).startsWith("$ ")) {
                expected.append(lines.get(++i)).append('\n');
            }
            String printed = run(command);
            Matcher run = GENERATED.matcher(printed);
            Matcher page = GENERATED.matcher(expected);
            if (run.find() && page.find()) {
                ids.put(run.group(1), page.group(1));
            }
            assertThat(TIMING.matcher(pageIds(printed)).replaceAll("($1)").strip())
                    .as("$ " + command).isEqualTo(TIMING.matcher(expected).replaceAll("($1)").strip());
            commands++;
        }
        return commands;
    }

    private String run(String command) throws Exception {
        List<String> words = words(command);
        if (aliases.containsKey(words.get(0))) {
            List<String> expanded = new ArrayList<>(words(aliases.get(words.get(0))));
            expanded.addAll(words.subList(1, words.size()));
            words = expanded;
        }
        switch (words.get(0)) {
            case "cd" -> {
                folder = folder.resolve(words.get(1));
                return "";
            }
            case "echo" -> {
                assertThat(words).containsExactly("echo", "$?");
                return exitCode + "\n";
            }
            case "alias" -> {
                String[] definition = words.get(1).split("=", 2);
                aliases.put(definition[0], definition[1]);
                return "";
            }
            case "cp" -> { // from this repository, which the page calls $RETORT_HOME
                assertThat(words.subList(0, 2)).containsExactly("cp", "-r");
                Folders.copyTree(REPOSITORY.resolve(words.get(2).replace("$RETORT_HOME/", "")), folder.resolve(words.get(3)));
                return "";
            }
            case "retort" -> {
                String[] args = words.subList(1, words.size()).stream().map(this::runIds).toArray(String[]::new);
                Cli.Run run = Cli.retort(folder, args);
                exitCode = run.exitCode();
                Matcher file = GENERATED.matcher(run.out());
                if (file.find()) {
                    generated = folder.resolve(file.group().substring("Generated ".length()));
                }
                return run.out() + run.err();
            }
            case "java" -> {
                return h2Shell(words);
            }
            default -> throw new AssertionError("the page runs a command this test does not know: " + command);
        }
    }

    /** H2's shell, from Retort's jar on the page; here in-process, with the URL's relative path taken from the current folder. */
    private String h2Shell(List<String> words) throws Exception {
        int main = words.indexOf("org.h2.tools.Shell");
        assertThat(main).as("java runs H2's shell").isPositive();
        String[] args = words.subList(main + 1, words.size()).stream()
                .map(word -> word.replace("jdbc:h2:./", "jdbc:h2:" + folder + "/")).toArray(String[]::new);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Shell shell = new Shell();
        shell.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        shell.runTool(args);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Splits a command line into words as a shell does, for quotes without escapes. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        assertThat(quote == 0).as("unclosed quote in: " + line).isTrue();
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** Sets each {@code key=value} of the block in a properties file, where it is (perhaps commented out) or at its end. */
    private static void set(Path file, String block) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        for (String setting : block.lines().toList()) {
            String key = setting.substring(0, setting.indexOf('='));
            int at = -1;
            for (int i = 0; i < lines.size() && at < 0; i++) {
                if (lines.get(i).startsWith(key + "=") || lines.get(i).startsWith("#" + key + "=")) {
                    at = i;
                }
            }
            if (at >= 0) {
                lines.set(at, setting);
            } else {
                lines.add(setting);
            }
        }
        Files.write(file, lines);
    }

    /** The run's ids in {@code text}, written as the page's. */
    private String pageIds(String text) {
        for (Map.Entry<String, String> id : ids.entrySet()) {
            text = text.replace(id.getKey(), id.getValue());
        }
        return text;
    }

    /** A command's argument naming a revision by the page's id, or a prefix of it, names the run's instead. */
    private String runIds(String arg) {
        for (Map.Entry<String, String> id : ids.entrySet()) {
            if (arg.length() >= 4 && id.getValue().startsWith(arg)) {
                return id.getKey().substring(0, arg.length());
            }
        }
        return arg;
    }
}
