package org.casealert.notify.appeal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.events.CaseSummary;

/**
 * Short translated phrases (stages, risk factors, reasons, subjects) in {@code phrases/phrases_LANG.properties}.
 * Every language must have every English key; the service refuses to start otherwise.
 */
@ApplicationScoped
public class Phrases {

    public static final List<String> LANGUAGES = List.of("en", "ko", "zh");

    private final Map<String, Properties> byLanguage = new LinkedHashMap<>();

    Phrases() {
        for (String language : LANGUAGES) {
            byLanguage.put(language, load(language));
        }
        for (String language : LANGUAGES) {
            Set<String> missing = missingKeys(language);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("phrases_" + language + ".properties lacks " + missing);
            }
        }
    }

    public String get(String language, String key) {
        String value = byLanguage.getOrDefault(language, byLanguage.get("en")).getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("no phrase '" + key + "'");
        }
        return value;
    }

    /** The phrase, or {@code fallback} for a key that is not known (e.g. a reason code added later). */
    public String getOr(String language, String key, String fallback) {
        String value = byLanguage.getOrDefault(language, byLanguage.get("en")).getProperty(key);
        return value != null ? value : fallback;
    }

    /** A phrase with {@code {name}} placeholders filled in. */
    public String format(String language, String key, Map<String, Object> values) {
        String text = get(language, key);
        for (Map.Entry<String, Object> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
        }
        return text;
    }

    /**
     * "Held at a border detention facility: Tumen Border Detention Center, Jilin Province, ..., since 18 November
     * 2026", with the facility and the province named in the letter's language.
     */
    public String whereAndSince(String language, CaseSummary summary) {
        String place = Stream.of(PlaceNames.facility(language, summary.facility()), summary.province() == null ? null
                : format(language, "province", Map.of("province", getOr(language, "provinceName." + summary.province(),
                        summary.province()))))
                .filter(Objects::nonNull).collect(Collectors.joining(get(language, "details.separator")));
        String stage = get(language, "stage." + summary.stage());
        String where = place.isEmpty() ? stage : format(language, "where", Map.of("stage", stage, "place", place));
        return summary.since() == null ? where
                : format(language, "since", Map.of("where", where, "since", LetterDates.format(language, summary.since())));
    }

    public Set<String> missingKeys(String language) {
        Set<String> missing = new TreeSet<>(byLanguage.get("en").stringPropertyNames());
        missing.removeAll(byLanguage.get(language).stringPropertyNames());
        return missing;
    }

    private static Properties load(String language) {
        String resource = "phrases/phrases_" + language + ".properties";
        try (InputStream in = Phrases.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
