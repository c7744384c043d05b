package com.arbitra.domain.ports;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export of the payment platform's API requests wrote: how many requests for how many
 * actions, and the actions the API cannot express (named, never dropped without a word).
 */
public record PlatformRequests(Path file, int requests, int actions, List<String> notSent) {

    public PlatformRequests {
        notSent = List.copyOf(notSent);
    }
}
