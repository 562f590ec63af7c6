package dev.retort.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.retort.RetortException;
import dev.retort.ops.Ops;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RevisionGraphTest {

    private static final Migration EMPTY = new Migration() {
        @Override
        public void upgrade(Ops op) {}

        @Override
        public void downgrade(Ops op) {}
    };

    // A linear chain FIRST <- SECOND <- THIRD. SECOND and THIRD share the prefix "b2".
    private static final String FIRST = "a1f0c3";
    private static final String SECOND = "b27e94";
    private static final String THIRD = "b2c811";

    private static RevisionInfo revision(String id, String... parents) {
        return new RevisionInfo(id, List.of(parents), "message of " + id, "", origin(id), EMPTY);
    }

    private static String origin(String id) {
        return "migrations/db/R" + id + "_change.java";
    }

    private static RevisionGraph graph(RevisionInfo... revisions) {
        return RevisionGraph.of(List.of(revisions));
    }

    private static RevisionGraph chain() {
        return graph(revision(FIRST), revision(SECOND, FIRST), revision(THIRD, SECOND));
    }

    /** "" is base; otherwise space-separated ids. */
    private static Set<String> heads(String ids) {
        return new LinkedHashSet<>(ids(ids));
    }

    private static List<String> ids(String ids) {
        return ids == null || ids.isBlank() ? List.of() : Arrays.asList(ids.strip().split("\\s+"));
    }

    private static List<String> ids(List<RevisionInfo> path) {
        return path.stream().map(RevisionInfo::id).toList();
    }

    /** The exception's message, after checking it is a {@link RetortException} of kind BAD_INPUT. */
    private static String badInput(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(RetortException.class);
        assertThat(((RetortException) thrown).kind()).isEqualTo(RetortException.Kind.BAD_INPUT);
        return thrown.getMessage();
    }

    @Nested
    class LinearChain {

        @ParameterizedTest(name = "upgrade from [{0}] to {1} applies [{2}]")
        @CsvSource({
                "'', head, a1f0c3 b27e94 b2c811",
                "a1f0c3, head, b27e94 b2c811",
                "b2c811, head, ''",
                "'', heads, a1f0c3 b27e94 b2c811",
                "'', +1, a1f0c3",
                "'', +2, a1f0c3 b27e94",
                "a1f0c3, +1, b27e94",
                "a1f0c3, +2, b27e94 b2c811",
                "'', b2c811, a1f0c3 b27e94 b2c811",
                "'', b27, a1f0c3 b27e94",
                "'', a1, a1f0c3",
                "'', a1f0c3+1, a1f0c3 b27e94",
                "'', a1+2, a1f0c3 b27e94 b2c811",
                "a1f0c3, b2c8-1, b27e94",
                "b27e94, b27e94, ''",
        })
        void upgradePath(String current, String target, String expected) {
            assertThat(ids(chain().upgradePath(heads(current), target))).isEqualTo(ids(expected));
        }

        @ParameterizedTest(name = "downgrade from [{0}] to {1} reverts [{2}]")
        @CsvSource({
                "b2c811, base, b2c811 b27e94 a1f0c3",
                "b2c811, -1, b2c811",
                "b2c811, -2, b2c811 b27e94",
                "b2c811, -3, b2c811 b27e94 a1f0c3",
                "b27e94, -1, b27e94",
                "a1f0c3, -1, a1f0c3",
                "b2c811, a1f0c3, b2c811 b27e94",
                "b2c811, a1f, b2c811 b27e94",
                "b2c811, b27e94-1, b2c811 b27e94",
                "b2c811, b2c8-1, b2c811",
                "b2c811, head, ''",
                "b2c811, b2c811, ''",
                "'', base, ''",
        })
        void downgradePath(String current, String target, String expected) {
            assertThat(ids(chain().downgradePath(heads(current), target))).isEqualTo(ids(expected));
        }

        @Test
        void listsRevisionsParentsFirstAndTheSingleHead() {
            RevisionGraph graph = graph(revision(THIRD, SECOND), revision(FIRST), revision(SECOND, FIRST));

            assertThat(ids(graph.all())).containsExactly(FIRST, SECOND, THIRD);
            assertThat(graph.heads()).containsExactly(THIRD);
        }

        @Test
        void headsMoveOneStepAtATime() {
            RevisionGraph graph = chain();

            assertThat(graph.headsAfterUpgrade(Set.of(), graph.get(FIRST))).containsExactly(FIRST);
            assertThat(graph.headsAfterUpgrade(Set.of(FIRST), graph.get(SECOND))).containsExactly(SECOND);
            assertThat(graph.headsAfterDowngrade(Set.of(SECOND), graph.get(SECOND))).containsExactly(FIRST);
            assertThat(graph.headsAfterDowngrade(Set.of(FIRST), graph.get(FIRST))).isEmpty();
        }
    }

    @Nested
    class BranchesAndMerges {

        // ROOT <- LEFT, ROOT <- RIGHT, (LEFT, RIGHT) <- MERGE. MERGE sorts first by id, so only
        // the parent-first rule can place it last.
        private static final String ROOT = "r00";
        private static final String LEFT = "b11";
        private static final String RIGHT = "c22";
        private static final String MERGE = "a99";

        private RevisionGraph branched() {
            return graph(revision(ROOT), revision(LEFT, ROOT), revision(RIGHT, ROOT));
        }

        private RevisionGraph merged() {
            return graph(revision(MERGE, LEFT, RIGHT), revision(ROOT), revision(LEFT, ROOT), revision(RIGHT, ROOT));
        }

        /** The recorded heads after each step of an upgrade that starts at {@code start}. */
        private List<Set<String>> headsDuringUpgrade(RevisionGraph graph, Set<String> start, List<RevisionInfo> path) {
            List<Set<String>> seen = new ArrayList<>();
            Set<String> heads = start;
            for (RevisionInfo revision : path) {
                heads = graph.headsAfterUpgrade(heads, revision);
                seen.add(heads);
            }
            return seen;
        }

        private List<Set<String>> headsDuringDowngrade(RevisionGraph graph, Set<String> start, List<RevisionInfo> path) {
            List<Set<String>> seen = new ArrayList<>();
            Set<String> heads = start;
            for (RevisionInfo revision : path) {
                heads = graph.headsAfterDowngrade(heads, revision);
                seen.add(heads);
            }
            return seen;
        }

        @Test
        void headWithTwoHeadsIsAmbiguousAndNamesBoth() {
            RevisionGraph graph = branched();

            assertThat(graph.heads()).containsExactly(LEFT, RIGHT);
            assertThat(badInput(() -> graph.upgradePath(Set.of(), "head")))
                    .contains("'head'", "ambiguous", LEFT, RIGHT);
        }

        @Test
        void upgradeToOneBranchThenTheOtherKeepsBothHeads() {
            RevisionGraph graph = branched();

            List<RevisionInfo> toLeft = graph.upgradePath(Set.of(), LEFT);
            assertThat(ids(toLeft)).containsExactly(ROOT, LEFT);
            assertThat(headsDuringUpgrade(graph, Set.of(), toLeft)).containsExactly(Set.of(ROOT), Set.of(LEFT));

            List<RevisionInfo> toRight = graph.upgradePath(Set.of(LEFT), RIGHT);
            assertThat(ids(toRight)).containsExactly(RIGHT);
            assertThat(graph.headsAfterUpgrade(Set.of(LEFT), toRight.get(0))).containsExactly(LEFT, RIGHT);
        }

        @Test
        void upgradeToHeadsAppliesEveryBranch() {
            assertThat(ids(branched().upgradePath(Set.of(), "heads"))).containsExactly(ROOT, LEFT, RIGHT);
        }

        @Test
        void mergeIsAppliedAfterBothParents() {
            RevisionGraph graph = merged();

            List<RevisionInfo> path = graph.upgradePath(Set.of(), "head");

            assertThat(ids(path)).containsExactly(ROOT, LEFT, RIGHT, MERGE);
            assertThat(graph.heads()).containsExactly(MERGE);
            assertThat(headsDuringUpgrade(graph, Set.of(), path))
                    .containsExactly(Set.of(ROOT), Set.of(LEFT), Set.of(LEFT, RIGHT), Set.of(MERGE));
        }

        @Test
        void upgradeFromBothBranchHeadsAppliesOnlyTheMerge() {
            RevisionGraph graph = merged();

            List<RevisionInfo> path = graph.upgradePath(Set.of(LEFT, RIGHT), "head");

            assertThat(ids(path)).containsExactly(MERGE);
            assertThat(graph.headsAfterUpgrade(Set.of(LEFT, RIGHT), path.get(0))).containsExactly(MERGE);
        }

        @Test
        void downgradeFromMergeToBaseRestoresBothBranchHeadsFirst() {
            RevisionGraph graph = merged();

            List<RevisionInfo> path = graph.downgradePath(Set.of(MERGE), "base");

            assertThat(ids(path)).containsExactly(MERGE, RIGHT, LEFT, ROOT);
            assertThat(headsDuringDowngrade(graph, Set.of(MERGE), path))
                    .containsExactly(Set.of(LEFT, RIGHT), Set.of(LEFT), Set.of(ROOT), Set.of());
        }

        @Test
        void downgradeFromMergeToOneBranchKeepsThatBranch() {
            RevisionGraph graph = merged();

            List<RevisionInfo> path = graph.downgradePath(Set.of(MERGE), LEFT);

            assertThat(ids(path)).containsExactly(MERGE, RIGHT);
            assertThat(headsDuringDowngrade(graph, Set.of(MERGE), path)).containsExactly(Set.of(LEFT, RIGHT), Set.of(LEFT));
        }

        @Test
        void downgradeOneStepFromMergeIsAmbiguous() {
            assertThat(badInput(() -> merged().downgradePath(Set.of(MERGE), "-1")))
                    .contains("ambiguous", LEFT, RIGHT);
        }

        @Test
        void headsAfterDowngradeDoesNotReAddAParentAnotherHeadCovers() {
            RevisionGraph graph = branched();

            assertThat(graph.headsAfterDowngrade(Set.of(LEFT, RIGHT), graph.get(RIGHT))).containsExactly(LEFT);
            assertThat(graph.headsAfterDowngrade(Set.of(RIGHT), graph.get(RIGHT))).containsExactly(ROOT);
        }
    }

    @Nested
    class InvalidGraphs {

        @Test
        void duplicateIdNamesBothOrigins() {
            RevisionInfo original = revision(FIRST);
            RevisionInfo copy = new RevisionInfo(FIRST, List.of(), "copy", "", "migrations/db/Copy.java", EMPTY);

            assertThat(badInput(() -> graph(original, copy)))
                    .contains(FIRST, origin(FIRST), "migrations/db/Copy.java");
        }

        @Test
        void missingParentNamesTheOriginAndTheParent() {
            assertThat(badInput(() -> graph(revision(FIRST), revision(SECOND, "deadbeef"))))
                    .contains(origin(SECOND), "deadbeef", "does not exist");
        }

        @Test
        void cycleIsRejected() {
            RevisionInfo[] cycle = {revision(FIRST, THIRD), revision(SECOND, FIRST), revision(THIRD, SECOND)};

            assertThat(badInput(() -> graph(cycle)))
                    .contains("cycle")
                    .containsAnyOf(origin(FIRST), origin(SECOND), origin(THIRD));
        }

        @Test
        void cycleBelowAValidRootIsRejected() {
            assertThat(badInput(() -> graph(revision(FIRST), revision(SECOND, FIRST, THIRD), revision(THIRD, SECOND))))
                    .contains("cycle")
                    .containsAnyOf(origin(SECOND), origin(THIRD));
        }

        @Test
        void revisionThatIsItsOwnParentIsACycle() {
            assertThat(badInput(() -> graph(revision(FIRST, FIRST)))).contains("cycle", origin(FIRST));
        }

        @Test
        void blankIdNamesTheOrigin() {
            RevisionInfo blank = new RevisionInfo(" ", List.of(), "", "", "migrations/db/Blank.java", EMPTY);

            assertThat(badInput(() -> graph(blank))).contains("migrations/db/Blank.java", "empty");
        }
    }

    @Nested
    class InvalidTargets {

        @Test
        void ambiguousPrefixListsTheCandidates() {
            assertThat(badInput(() -> chain().upgradePath(Set.of(), "b2")))
                    .contains("'b2'", "ambiguous", SECOND, THIRD)
                    .doesNotContain(FIRST);
        }

        @Test
        void unknownRevisionIsNamed() {
            assertThat(badInput(() -> chain().upgradePath(Set.of(), "ffff99"))).contains("no revision 'ffff99'");
        }

        @Test
        void unknownRevisionWithStepIsNamed() {
            assertThat(badInput(() -> chain().downgradePath(Set.of(THIRD), "ffff99-1"))).contains("ffff99");
        }

        @Test
        void stepBelowBase() {
            assertThat(badInput(() -> chain().downgradePath(Set.of(), "-1"))).contains("'-1'", "below base");
        }

        @Test
        void stepsBelowBaseFromARevision() {
            assertThat(badInput(() -> chain().downgradePath(Set.of(SECOND), "-3"))).contains("'-3'", "below base");
        }

        @Test
        void stepPastHead() {
            assertThat(badInput(() -> chain().upgradePath(Set.of(), "+5"))).contains("'+5'", "past head");
        }

        @Test
        void stepPastHeadFromARevision() {
            assertThat(badInput(() -> chain().upgradePath(Set.of(SECOND), "b27e94+2"))).contains("past head");
        }

        @Test
        void upgradeToBaseFromARevisionSaysUseDowngrade() {
            assertThat(badInput(() -> chain().upgradePath(Set.of(SECOND), "base")))
                    .contains("'base'", SECOND, "use downgrade");
        }

        @Test
        void upgradeToAnOlderRevisionSaysUseDowngrade() {
            assertThat(badInput(() -> chain().upgradePath(Set.of(THIRD), FIRST))).contains("use downgrade");
        }

        @Test
        void downgradeToANewerRevisionSaysUseUpgrade() {
            assertThat(badInput(() -> chain().downgradePath(Set.of(FIRST), THIRD))).contains("use upgrade");
        }

        @Test
        void headOfAnEmptyGraph() {
            assertThat(badInput(() -> graph().upgradePath(Set.of(), "head"))).contains("no revisions");
        }

        @ParameterizedTest(name = "malformed target \"{0}\"")
        @ValueSource(strings = {"++1", "+-1", "head+x", "1+2+3", "", "   "})
        void malformedTarget(String target) {
            assertThat(badInput(() -> chain().upgradePath(Set.of(), target))).contains("malformed", "'" + target + "'");
        }
    }
}
