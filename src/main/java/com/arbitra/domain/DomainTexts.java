package com.arbitra.domain;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts the domain writes for the parties (request instructions, rule clauses, ruling notices)
 * in English, Spanish and Simplified Chinese, from {@code com/arbitra/domain/texts*.properties}.
 * The system's default locale never leaks in: a language without its file falls back to English.
 */
public final class DomainTexts {

    /** The languages the texts are written in. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"),
            Locale.SIMPLIFIED_CHINESE);
    private static final String BUNDLE = "com.arbitra.domain.texts";

    private final Locale locale;
    private final ResourceBundle bundle;

    private DomainTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language of {@link #LANGUAGES} nearest to the one wanted (by language; English otherwise). */
    public static Locale nearest(Locale wanted) {
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
    }

    public static DomainTexts of(Locale locale) {
        return new DomainTexts(locale == null ? Locale.ENGLISH : locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The text of a key, formatted with the arguments when there are any; the key itself when missing. */
    public String t(String key, Object... args) {
        return format(bundle, locale, key, args);
    }

    /**
     * A bundle's text for a key, formatted with the arguments when there are any (so that a text without
     * arguments keeps its apostrophes); the key itself when the bundle lacks it. The console's own
     * texts are looked up the same way.
     */
    public static String format(ResourceBundle bundle, Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
