package com.arbitra.ui;

import com.arbitra.domain.CaseAction;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.Refusal;
import com.arbitra.domain.RefusedException;
import com.arbitra.domain.Role;
import com.arbitra.domain.ports.UnusableInputException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Turns failures into sentences for the operator, in the operator's language. */
public final class Messages {

    private Messages() {
    }

    public static String of(Throwable t, I18n i18n) {
        if (t instanceof RefusedException r) {
            return refusal(r.refusal(), i18n);
        }
        if (t instanceof com.arbitra.domain.StoreFullException full) {
            return i18n.t("error.diskFull", full.freeAtLeastMegabytes());
        }
        if (t instanceof com.arbitra.domain.StoreUnavailableException) {
            return i18n.t("error.unavailable");
        }
        if (t instanceof UnusableInputException) {
            return t.getMessage();
        }
        return i18n.t("error.internal", t.getClass().getSimpleName() + ": " + t.getMessage());
    }

    /** A domain refusal in the operator's language; the domain's English sentence where none is translated. */
    public static String refusal(Refusal r, I18n i18n) {
        String key = r.code();
        if (key.equals("refused.state") && r.args().size() > 2 && r.args().get(2) != null) {
            key = "refused.stateUntil";
        }
        if (!i18n.has(key)) {
            return r.message();
        }
        return i18n.t(key, r.args().stream().map(a -> argument(a, i18n)).toArray());
    }

    /** Actions, states and roles by their localized words; times in the operator's locale and zone. */
    private static Object argument(Object a, I18n i18n) {
        if (a instanceof CaseAction action) {
            return i18n.t("action." + action.name());
        }
        if (a instanceof CaseState state) {
            return i18n.t("stateIs." + state.name());
        }
        if (a instanceof Instant at) {
            return Formats.dateTime(i18n.locale(), ZoneId.systemDefault()).format(at);
        }
        if (a instanceof Collection<?> roles && roles.stream().allMatch(Role.class::isInstance)) {
            List<String> words = roles.stream().map(r -> i18n.t("roleArticle." + ((Role) r).name())).toList();
            return words.stream().collect(Collectors.joining(" / "));
        }
        return a == null ? "" : a;
    }
}
