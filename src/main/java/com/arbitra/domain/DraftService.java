package com.arbitra.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps what operators type in the case forms (see {@link Draft}); each call is its own small
 * transaction, made as the operator types. While the workspace's database does not answer (a team
 * server that is down), drafts are held here instead and saved at the next call that reaches it: what
 * was typed meanwhile is not lost, and still listed among the case's drafts. Held drafts are also
 * kept on this workstation ({@link HeldDrafts}) until then, so that a crash meanwhile loses nothing.
 */
public final class DraftService {

    private record Key(String operator, String caseId, CaseAction action) {
    }

    private final Store store;
    private final Clock clock;
    private final Map<Key, Draft> held = new ConcurrentHashMap<>();
    private final HeldDrafts onDisk;
    /** The operators whose held drafts are on disk now. */
    private final java.util.Set<String> written = ConcurrentHashMap.newKeySet();

    /** {@code onDisk}: the place on this workstation for the drafts held while the database does not answer. */
    public DraftService(Store store, Clock clock, HeldDrafts onDisk) {
        this.store = store;
        this.clock = clock;
        this.onDisk = onDisk;
        for (Draft d : onDisk.load()) {
            held.put(new Key(d.operator(), d.caseId(), d.action()), d);
            written.add(d.operator());
        }
    }

    /** Keeps the operator's draft for the case and action as it now stands. */
    public void keep(Actor operator, String caseId, CaseAction action, long seenVersion, Draft.Content content) {
        Draft draft = new Draft(operator.name(), caseId, action, seenVersion, clock.instant(), content);
        Key key = new Key(operator.name(), caseId, action);
        held.put(key, draft);
        try {
            saveHeld(operator.name());
        } catch (StoreUnavailableException e) {
            // held: saved by the next call that reaches the database, and on disk until then
            writeHeld(operator.name());
        }
    }

    /** The operator's unsent drafts for the case, the newest first: those saved and those held. */
    public List<Draft> of(Actor operator, String caseId) {
        saveHeld(operator.name());
        return store.transaction(u -> u.drafts().find(operator.name(), caseId));
    }

    /**
     * Throws the draft away (the operator chose to discard it, or sent it: the command that was sent
     * deletes the saved one).
     */
    public void discard(Actor operator, String caseId, CaseAction action) {
        if (held.remove(new Key(operator.name(), caseId, action)) != null) {
            writeHeld(operator.name());
        }
        store.transaction(u -> {
            u.drafts().delete(operator.name(), caseId, action);
            return null;
        });
    }

    /** The command of the draft was carried out: the copy held (if any) goes; the store's went with it. */
    public void sent(Actor operator, String caseId, CaseAction action) {
        if (held.remove(new Key(operator.name(), caseId, action)) != null) {
            writeHeld(operator.name());
        }
    }

    /** The drafts held for the operator, oldest first, each saved and let go unless typed again meanwhile. */
    private void saveHeld(String operator) {
        List<Map.Entry<Key, Draft>> mine = new ArrayList<>(held.entrySet().stream()
                .filter(e -> e.getKey().operator().equals(operator)).toList());
        if (mine.isEmpty()) {
            return;
        }
        mine.sort(Comparator.comparing(e -> e.getValue().savedAt()));
        store.transaction(u -> {
            mine.forEach(e -> u.drafts().save(e.getValue()));
            return null;
        });
        mine.forEach(e -> held.remove(e.getKey(), e.getValue()));
        if (written.contains(operator)) {
            writeHeld(operator);
        }
    }

    /** The operator's held drafts to disk, or the file removed once none is held. */
    private void writeHeld(String operator) {
        List<Draft> mine = held.entrySet().stream().filter(e -> e.getKey().operator().equals(operator))
                .map(Map.Entry::getValue).toList();
        if (mine.isEmpty() && !written.contains(operator)) {
            return;
        }
        onDisk.keep(operator, mine);
        if (mine.isEmpty()) {
            written.remove(operator);
        } else {
            written.add(operator);
        }
    }
}
