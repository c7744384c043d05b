package com.arbitra.domain;

import java.time.Instant;
import java.util.List;

public record TimelineEvent(String eventId, Instant at, TimelineActor actor, String type, String text,
                            List<Attachment> attachments) {

    public TimelineEvent {
        attachments = List.copyOf(attachments == null ? List.of() : attachments);
    }
}
