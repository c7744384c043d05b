package com.arbitra.domain;

import java.time.Instant;
import java.util.Map;

/** The workspace's stored settings, as text by setting id. */
public interface SettingsRepository {

    /** Every stored value; settings never changed are absent (their defaults apply). */
    Map<String, String> all();

    void put(String id, String value, String by, Instant at);
}
