package com.arbitra.domain.ports;

import com.arbitra.domain.CaseState;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Reads the queue: pages of rows in queue order, and how many cases of each state match. */
public interface QueueReader {

    /** Up to {@code size} rows after {@code after} (null: from the start) that match the filter. */
    List<QueueRow> page(QueueFilter filter, QueueAfter after, int size, Instant now, Instant endOfToday);

    /** The matching cases of each state the filter reads. */
    Map<CaseState, Long> countsByState(QueueFilter filter, Instant now, Instant endOfToday);
}
