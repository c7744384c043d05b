package com.arbitra.ui.evidence;

import com.arbitra.domain.Money;
import com.arbitra.ui.I18n;
import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as the operator's language writes them: file sizes, zoom percentages, amounts of money. */
final class EvidenceFormats {

    private static final String[] SIZE_UNITS = {"evidence.size.kb", "evidence.size.mb", "evidence.size.gb"};

    private EvidenceFormats() {
    }

    static String size(long bytes, I18n i18n) {
        if (bytes < 1024) {
            return i18n.t("evidence.size.bytes", bytes);
        }
        double value = bytes / 1024.0;
        int unit = 0;
        while (value >= 1024 && unit < SIZE_UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return i18n.t(SIZE_UNITS[unit], value);
    }

    static String percent(double scale, Locale locale) {
        return NumberFormat.getPercentInstance(locale).format(scale);
    }

    static String money(Money money, Locale locale) {
        return com.arbitra.ui.Formats.money(money, locale);
    }
}
