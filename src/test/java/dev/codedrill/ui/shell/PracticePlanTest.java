package dev.codedrill.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.history.ProblemStatus;
import dev.codedrill.history.Progress;
import dev.codedrill.history.SubmissionKind;
import dev.codedrill.history.SubmissionSummary;
import dev.codedrill.history.SubmissionVerdict;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemLoader;
import dev.codedrill.problem.Tags;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The progress view's figures from the bundled problems and a made-up standing. */
class PracticePlanTest {

    private static final List<Problem> PROBLEMS = new ProblemLoader(LanguageSupports.byExtension())
            .load(List.of(Path.of("problems"))).problems();

    private static List<Problem> inTopic(String topic) {
        return PROBLEMS.stream().filter(p -> Tags.topicsOf(p).contains(topic)).toList();
    }

    @Test
    void everyTopicIsCountedWithItsSolvedAttemptedAndTotal() {
        Map<String, ProblemStatus> statuses = new HashMap<>();
        inTopic("tries").forEach(p -> statuses.put(p.id(), ProblemStatus.SOLVED));
        statuses.put("two-sum", ProblemStatus.ATTEMPTED);

        var topics = PracticePlan.topics(PROBLEMS, new Progress(statuses));

        assertThat(topics).extracting(PracticePlan.TopicStanding::topic).containsExactlyElementsOf(
                Tags.topics().stream().filter(t -> !inTopic(t).isEmpty()).toList());
        var tries = topics.stream().filter(t -> t.topic().equals("tries")).findFirst().orElseThrow();
        assertThat(tries.solved()).isEqualTo(tries.total()).isEqualTo(inTopic("tries").size());
        assertThat(topics.stream().mapToLong(PracticePlan.TopicStanding::attempted).sum())
                .isEqualTo(Tags.topicsOf(PROBLEMS.stream().filter(p -> p.id().equals("two-sum")).findFirst()
                        .orElseThrow()).size());
    }

    @Test
    void nextUpTakesUnsolvedProblemsFromTheTopicsPractisedLeastEasiestFirstOnePerTopic() {
        // every topic touched but bit manipulation
        Map<String, ProblemStatus> statuses = new HashMap<>();
        for (String topic : Tags.topics()) {
            if (!topic.equals("bit-manipulation")) {
                inTopic(topic).stream().limit(2).forEach(p -> statuses.putIfAbsent(p.id(), ProblemStatus.SOLVED));
            }
        }
        inTopic("bit-manipulation").forEach(p -> statuses.remove(p.id()));

        List<Problem> next = PracticePlan.nextUp(PROBLEMS, new Progress(statuses), 5);

        assertThat(next).hasSize(5).doesNotHaveDuplicates()
                .allSatisfy(p -> assertThat(statuses.get(p.id())).isNotEqualTo(ProblemStatus.SOLVED));
        assertThat(Tags.topicsOf(next.get(0))).contains("bit-manipulation");
        assertThat(next.get(0).difficulty()).isEqualTo(inTopic("bit-manipulation").stream()
                .map(Problem::difficulty).min(Enum::compareTo).orElseThrow());
    }

    @Test
    void activityCountsSubmissionsPerDayInTheLearnersZoneWithEmptyDaysAsZero() {
        ZoneId zone = ZoneId.of("Europe/Berlin");
        List<SubmissionSummary> submissions = List.of(
                summary(1, "2026-12-01T10:00:00Z"), summary(2, "2026-12-01T22:30:00Z"), // 23:30 in Berlin
                summary(3, "2026-12-01T23:30:00Z"), // already the 2nd in Berlin
                summary(4, "2026-10-01T10:00:00Z")); // before the range

        var days = PracticePlan.activity(submissions, zone, LocalDate.parse("2026-11-30"),
                LocalDate.parse("2026-12-02"));

        assertThat(days).containsExactly(Map.entry(LocalDate.parse("2026-11-30"), 0),
                Map.entry(LocalDate.parse("2026-12-01"), 2), Map.entry(LocalDate.parse("2026-12-02"), 1));
    }

    private static SubmissionSummary summary(long id, String at) {
        return new SubmissionSummary(id, "two-sum", "python", SubmissionKind.SUBMIT, SubmissionVerdict.ACCEPTED, 1, 1,
                10L, Instant.parse(at), Instant.parse(at));
    }
}
