package io.autoghg.platform.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The sample draw itself: a partial Fisher–Yates shuffle of the ids in ascending order, driven by SplittableRandom(seed). */
class SamplingTests {
    private static final List<Long> POPULATION = LongStream.rangeClosed(101, 400).boxed().toList();

    @Test
    void theSameSeedDrawsTheSameSampleWhateverTheOrderTheDataCameIn() {
        List<Long> shuffled = new ArrayList<>(POPULATION);
        Collections.shuffle(shuffled, new java.util.Random(1));
        assertThat(Samples.draw(shuffled, 25, 20251231L)).isEqualTo(Samples.draw(POPULATION, 25, 20251231L));
        assertThat(Samples.draw(POPULATION, 25, 20251231L)).isNotEqualTo(Samples.draw(POPULATION, 25, 20251232L));
    }

    @Test
    void drawsDistinctMembersOfThePopulation() {
        List<Long> sample = Samples.draw(POPULATION, 300, 7);
        assertThat(new HashSet<>(sample)).hasSize(300).isEqualTo(new HashSet<>(POPULATION));
        assertThat(POPULATION).containsAll(Samples.draw(POPULATION, 12, -3));
    }

    /** By hand: ids 1…5 and the first two numbers of SplittableRandom(42) bounded by 5 and by 4. */
    @Test
    void followsTheDocumentedSteps() {
        SplittableRandom random = new SplittableRandom(42);
        int first = random.nextInt(5);
        int second = 1 + random.nextInt(4);
        long[] ids = {1, 2, 3, 4, 5};
        long a = ids[first];
        ids[first] = ids[0];
        ids[0] = a;
        long b = ids[second];
        assertThat(Samples.draw(List.of(5L, 4L, 3L, 2L, 1L), 2, 42)).containsExactly(a, b);
    }
}
