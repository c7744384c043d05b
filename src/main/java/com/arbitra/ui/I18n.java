package com.arbitra.ui;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.prefs.Preferences;

/** The console's texts in English, Spanish and Simplified Chinese; the choice is remembered. */
public final class I18n {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"),
            Locale.SIMPLIFIED_CHINESE);
    private static final String BUNDLE = "com.arbitra.ui.messages";
    private static final String PREF_KEY = "locale";

    private final Locale locale;
    private final ResourceBundle bundle;

    public I18n(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public String t(String key, Object... args) {
        return com.arbitra.domain.DomainTexts.format(bundle, locale, key, args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The operator's own choice: {@code -Darbitra.locale}, else the one remembered for this OS user. */
    public static java.util.Optional<String> ownChoice() {
        return java.util.Optional.ofNullable(System.getProperty("arbitra.locale", prefs().get(PREF_KEY, null)));
    }

    /**
     * The console's language: the operator's own choice, else the workspace's {@code ui.language}
     * unless it says "system", else the system's; each when supported, else English.
     */
    public static Locale resolve(java.util.Optional<String> own, String workspace, Locale system) {
        Locale wanted = own.map(Locale::forLanguageTag)
                .orElse(workspace == null || workspace.equals("system") ? system : Locale.forLanguageTag(workspace));
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
    }

    public static void remember(Locale locale) {
        prefs().put(PREF_KEY, locale.toLanguageTag());
    }

    private static Preferences prefs() {
        return Preferences.userRoot().node("com/arbitra/console");
    }
}
