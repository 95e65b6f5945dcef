package org.uclg.carta.advocacy.partnership;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.web.Languages;

/** Lines the partner sections write in every language at once (kind, dates, status). */
@Component
class Wording {

    private final MessageSource messages;
    private final Languages languages;

    Wording(MessageSource messages, Languages languages) {
        this.messages = messages;
        this.languages = languages;
    }

    TranslatableText each(Function<String, String> line) {
        Map<String, String> values = new LinkedHashMap<>();
        languages.codes().forEach(lang -> values.put(lang, line.apply(lang)));
        return TranslatableText.of(values);
    }

    TranslatableText message(String key) {
        return each(lang -> t(lang, key));
    }

    /** Kind, signing date, period and whether it is in force; then the scope when there is one. */
    TranslatableText agreementNote(Agreement a, LocalDate today) {
        AgreementData d = a.data();
        return each(lang -> {
            String period = d.endsOn() == null
                    ? t(lang, "partnerships.since", date(lang, d.startsOn()))
                    : t(lang, "partnerships.period", date(lang, d.startsOn()), date(lang, d.endsOn()));
            String line = String.join(
                    " · ",
                    t(lang, "partnerships.kind." + d.kind().code()),
                    t(lang, "partnerships.signedOn", date(lang, d.signedOn())),
                    period,
                    t(lang, "partnerships.status." + a.status(today)));
            String scope = d.scope().isEmpty() ? "" : d.scope().in(lang).text();
            return scope.isBlank() ? line : line + " — " + scope;
        });
    }

    TranslatableText same(String text) {
        return each(lang -> text);
    }

    private String t(String lang, String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.forLanguageTag(lang));
    }

    private static String date(String lang, LocalDate day) {
        return day.format(
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag(lang)));
    }
}
