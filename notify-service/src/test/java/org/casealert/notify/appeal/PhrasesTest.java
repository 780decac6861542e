package org.casealert.notify.appeal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casealert.events.AlertKind;
import org.casealert.events.DetentionStage;
import org.casealert.events.Level;
import org.casealert.events.RiskFactor;
import org.casealert.events.Sex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The phrase files: the same keys in every language, the same placeholders in every translation. */
class PhrasesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final Phrases phrases = new Phrases();

    @Test
    void everyLanguageHasExactlyTheEnglishKeys() throws IOException {
        Set<String> english = load("en").stringPropertyNames();
        for (String language : Phrases.LANGUAGES) {
            assertThat(phrases.missingKeys(language)).as(language).isEmpty();
            assertThat(load(language).stringPropertyNames()).as(language).isEqualTo(english);
        }
    }

    @Test
    void everyTranslationIsFilledAndKeepsTheEnglishPlaceholders() throws IOException {
        Properties english = load("en");
        for (String language : Phrases.LANGUAGES) {
            Properties translated = load(language);
            for (String key : english.stringPropertyNames()) {
                String text = translated.getProperty(key);
                assertThat(text).as("%s in %s", key, language).isNotBlank();
                assertThat(placeholders(text)).as("%s in %s", key, language)
                        .isEqualTo(placeholders(english.getProperty(key)));
            }
        }
    }

    @Test
    void everyValueTheEventsCanCarryHasAPhrase() {
        for (String language : Phrases.LANGUAGES) {
            for (AlertKind kind : AlertKind.values()) {
                assertThat(phrases.get(language, "kind." + kind)).isNotBlank();
                assertThat(phrases.format(language, "headline." + kind, Map.of("count", 3)))
                        .doesNotContain("{");
            }
            for (DetentionStage stage : DetentionStage.values()) {
                assertThat(phrases.get(language, "stage." + stage)).isNotBlank();
            }
            for (RiskFactor factor : RiskFactor.values()) {
                assertThat(phrases.get(language, "risk." + factor)).isNotBlank();
            }
            for (Level level : Level.values()) {
                assertThat(phrases.get(language, "level." + level)).isNotBlank();
            }
            for (Sex sex : Sex.values()) {
                assertThat(phrases.get(language, "sex." + sex)).isNotBlank();
            }
        }
    }

    @Test
    void anUnknownKeyIsAnErrorUnlessAFallbackIsGiven() {
        assertThatThrownBy(() -> phrases.get("zh", "kind.NO_SUCH_KIND")).isInstanceOf(IllegalArgumentException.class);
        assertThat(phrases.getOr("zh", "reason.ADDED_LATER", "Added later.")).isEqualTo("Added later.");
        assertThat(phrases.get("fr", "level.URGENT")).as("an unknown language falls back to English")
                .isEqualTo("URGENT");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(String language) throws IOException {
        try (InputStream in = PhrasesTest.class.getClassLoader()
                .getResourceAsStream("phrases/phrases_" + language + ".properties")) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
