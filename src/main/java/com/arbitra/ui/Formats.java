package com.arbitra.ui;

import com.arbitra.domain.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** How the console writes values for people. */
public final class Formats {

    private Formats() {
    }

    /**
     * Dates and times as every view writes them: the operator's locale's medium date and short time
     * ("5 Dec 2026, 04:22", "5 dic 2026 4:22", "2026年12月5日 上午4:22").
     */
    /**
     * Text from outside (a merchant's name, an evidence text) as shown: control and bidi-override
     * characters as their escapes ({@code \u202e}), so that nothing reorders or hides what follows;
     * line breaks stay.
     */
    public static String shown(String outside) {
        return outside == null ? null : com.arbitra.domain.VisibleText.escaped(outside, false);
    }

    public static java.time.format.DateTimeFormatter dateTime(Locale locale, java.time.ZoneId zone) {
        return java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM,
                java.time.format.FormatStyle.SHORT).withLocale(locale).withZone(zone);
    }

    /**
     * Time left to a deadline as every countdown writes it: hours, minutes and seconds, and from two
     * days on days and hours ("47:59:59", "2 d 0 h").
     */
    public static String countdown(java.time.Duration left, I18n i18n) {
        long h = left.toHours();
        return h >= 48 ? i18n.t("queue.daysHours", h / 24, h % 24)
                : h + ":" + String.format("%02d:%02d", left.toMinutesPart(), left.toSecondsPart());
    }

    /** In the operator's locale, with the amount's own currency and its minor units (CNY 2, JPY 0). */
    public static String money(Money money, Locale locale) {
        Currency currency;
        try {
            currency = Currency.getInstance(money.currency());
        } catch (IllegalArgumentException notIso) {
            return money.toString();
        }
        int digits = money.currencyDigits();
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(BigDecimal.valueOf(money.value(), digits));
    }
}
