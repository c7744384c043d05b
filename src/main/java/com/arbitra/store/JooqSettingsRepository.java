package com.arbitra.store;

import static com.arbitra.store.jooq.Tables.SETTING;

import com.arbitra.domain.SettingsRepository;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;

final class JooqSettingsRepository implements SettingsRepository {

    private final DSLContext db;

    JooqSettingsRepository(DSLContext db) {
        this.db = db;
    }

    @Override
    public Map<String, String> all() {
        Map<String, String> out = new LinkedHashMap<>();
        db.select(SETTING.ID, SETTING.TEXT).from(SETTING).orderBy(SETTING.ID).forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    @Override
    public void put(String id, String value, String by, Instant at) {
        db.insertInto(SETTING).set(SETTING.ID, id).set(SETTING.TEXT, value).set(SETTING.UPDATED_AT, Times.toDb(at))
                .set(SETTING.UPDATED_BY, by)
                .onDuplicateKeyUpdate().set(SETTING.TEXT, value).set(SETTING.UPDATED_AT, Times.toDb(at))
                .set(SETTING.UPDATED_BY, by).execute();
    }
}
