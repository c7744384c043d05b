package com.arbitra.ui.settings;

import com.arbitra.domain.Actor;
import com.arbitra.domain.Role;
import com.arbitra.domain.SettingsService;
import com.arbitra.domain.WorkspaceSettings;
import com.arbitra.domain.WorkspaceSettings.Key;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.I18n;
import com.arbitra.ui.Messages;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The settings dialog's state: one text per setting, a problem sentence per field (the same check the
 * service runs before saving), and save. Only a supervisor may edit; others see the values read-only.
 */
public final class SettingsViewModel {

    private final SettingsService settings;
    private final Actor actor;
    private final TaskRunner background;
    private final I18n i18n;
    private final Map<Key, StringProperty> values = new EnumMap<>(Key.class);
    private final Map<Key, StringProperty> problems = new EnumMap<>(Key.class);
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private WorkspaceSettings loaded = WorkspaceSettings.defaults();

    public SettingsViewModel(SettingsService settings, Actor actor, TaskRunner background, I18n i18n) {
        this.settings = settings;
        this.actor = actor;
        this.background = background;
        this.i18n = i18n;
        for (Key k : Key.values()) {
            StringProperty v = new SimpleStringProperty(k.defaultValue());
            StringProperty p = new SimpleStringProperty("");
            v.addListener((obs, old, now) -> p.set(WorkspaceSettings.problem(k, now).orElse("")));
            values.put(k, v);
            problems.put(k, p);
        }
    }

    public StringProperty value(Key k) { return values.get(k); }
    public StringProperty problem(Key k) { return problems.get(k); }
    public StringProperty error() { return error; }
    public StringProperty status() { return status; }
    public BooleanProperty busy() { return busy; }

    public boolean editable() {
        return actor.role() == Role.SUPERVISOR;
    }

    /** Save is possible for a supervisor when every field is valid, something changed and nothing runs. */
    public BooleanBinding canSave() {
        javafx.beans.Observable[] deps = new javafx.beans.Observable[values.size() + 1];
        int i = 0;
        for (StringProperty v : values.values()) {
            deps[i++] = v;
        }
        deps[i] = busy;
        return Bindings.createBooleanBinding(() -> editable() && !busy.get()
                && problems.values().stream().allMatch(p -> p.get().isEmpty())
                && !SettingsService.differences(loaded, wanted()).isEmpty(), deps);
    }

    public void load() {
        busy.set(true);
        background.run("SettingsViewModel.load", settings::current, s -> {
            busy.set(false);
            show(s);
        }, t -> {
            busy.set(false);
            error.set(Messages.of(t, i18n));
        });
    }

    public void save() {
        if (!canSave().get()) {
            return;
        }
        WorkspaceSettings wanted = wanted();
        int changes = SettingsService.differences(loaded, wanted).size();
        busy.set(true);
        error.set("");
        background.run("SettingsViewModel.save", () -> settings.save(actor, wanted), saved -> {
            busy.set(false);
            show(saved);
            status.set(i18n.t("settings.saved", changes));
        }, t -> {
            busy.set(false);
            error.set(Messages.of(t, i18n));
        });
    }

    private void show(WorkspaceSettings s) {
        loaded = s;
        for (Key k : Key.values()) {
            values.get(k).set(s.get(k));
        }
    }

    private WorkspaceSettings wanted() {
        Map<Key, String> m = new EnumMap<>(Key.class);
        for (Key k : Key.values()) {
            String v = values.get(k).get();
            // an invalid field keeps the loaded value here; canSave is false until it is fixed
            m.put(k, WorkspaceSettings.problem(k, v).isEmpty() ? normalised(k, v) : loaded.get(k));
        }
        return new WorkspaceSettings(m);
    }

    private static String normalised(Key k, String v) {
        return WorkspaceSettings.defaults().with(k, v).get(k);
    }
}
