package com.arbitra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class StallMonitorTest {

    @Test
    void theP95OfTheCaseOpeningsIsTheNineteenthOfTwentyAndNoneWithoutAny() {
        assertThat(StallMonitor.p95(List.of())).isEqualTo(-1);
        assertThat(StallMonitor.p95(List.of(70L))).isEqualTo(70);
        List<Long> twenty = LongStream.rangeClosed(1, 20).map(i -> 21 - i).boxed().toList();
        assertThat(StallMonitor.p95(twenty)).isEqualTo(19);
        List<Long> thirty = LongStream.rangeClosed(1, 30).boxed().toList();
        assertThat(StallMonitor.p95(thirty)).as("the 29th of 30").isEqualTo(29);
    }
}
