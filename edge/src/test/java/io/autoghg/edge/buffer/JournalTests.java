package io.autoghg.edge.buffer;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.edge.adapters.Reading;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTests {

    @TempDir
    Path dir;

    private static Reading reading(String meter, int minute, double value) {
        return new Reading(meter, Instant.parse("2025-03-01T08:00:00Z").plusSeconds(60L * minute), value, "kWh");
    }

    @Test
    void batchesComeInAppendOrderAndAnAcknowledgedBatchIsNotReadAgain() {
        try (Journal journal = new Journal(dir)) {
            journal.append(List.of(reading("A", 0, 1), reading("B", 0, 2)));
            journal.append(List.of(reading("A", 1, 3)));

            Journal.Batch first = journal.next(2);
            assertThat(first.readings()).containsExactly(reading("A", 0, 1), reading("B", 0, 2));
            assertThat(journal.next(2).readings()).as("not acknowledged: the same again").isEqualTo(first.readings());

            journal.acknowledge(first.end());
            assertThat(journal.next(10).readings()).containsExactly(reading("A", 1, 3));
        }
    }

    @Test
    void aNewInstanceOnTheSameDirectoryResumesFromTheAcknowledgedOffset() {
        try (Journal journal = new Journal(dir)) {
            journal.append(List.of(reading("A", 0, 1), reading("A", 1, 2), reading("A", 2, 3)));
            journal.acknowledge(journal.next(1).end());
        }
        try (Journal reopened = new Journal(dir)) {
            assertThat(reopened.next(10).readings()).containsExactly(reading("A", 1, 2), reading("A", 2, 3));
        }
    }

    @Test
    void aTornLastLineFromACrashIsCutOffAndAppendsContinueCleanly() throws Exception {
        try (Journal journal = new Journal(dir)) {
            journal.append(List.of(reading("A", 0, 1)));
        }
        Files.writeString(dir.resolve(Journal.JOURNAL), "A\t2025-03-01T08:0", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        try (Journal reopened = new Journal(dir)) {
            reopened.append(List.of(reading("A", 1, 2)));
            assertThat(reopened.next(10).readings()).containsExactly(reading("A", 0, 1), reading("A", 1, 2));
        }
    }

    @Test
    void aFullyAcknowledgedJournalAboveTheLimitIsEmptied() throws Exception {
        try (Journal journal = new Journal(dir, 10)) {
            journal.append(List.of(reading("A", 0, 1), reading("A", 1, 2)));
            journal.acknowledge(journal.next(10).end());

            assertThat(Files.size(dir.resolve(Journal.JOURNAL))).isZero();
            assertThat(journal.acknowledgedOffset()).isZero();
            journal.append(List.of(reading("A", 2, 3)));
            assertThat(journal.next(10).readings()).containsExactly(reading("A", 2, 3));
        }
    }

    @Test
    void anOffsetBeyondTheJournalLeftByACrashWhileEmptyingMeansTheStart() throws Exception {
        try (Journal journal = new Journal(dir)) {
            journal.append(List.of(reading("A", 0, 1)));
            journal.acknowledge(journal.next(10).end());
        }
        Files.write(dir.resolve(Journal.JOURNAL), new byte[0]);
        try (Journal reopened = new Journal(dir)) {
            reopened.append(List.of(reading("A", 1, 2)));
            assertThat(reopened.next(10).readings()).containsExactly(reading("A", 1, 2));
        }
    }
}
