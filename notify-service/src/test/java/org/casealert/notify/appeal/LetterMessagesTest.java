package org.casealert.notify.appeal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.qute.i18n.Message;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build fails for an English message that is missing or unknown to {@link AppealMessages}; Qute would let Korean
 * or Chinese fall back to English, so this test fails it for them: every method has its message in every language,
 * with the same parameters, and no language has a message no method declares.
 */
class LetterMessagesTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{(?![#/])(\\w+)");

    @ParameterizedTest
    @ValueSource(strings = { "en", "ko", "zh" })
    void everyLanguageHasEveryMessageWithItsParameters(String language) throws IOException {
        Map<String, String> messages = load(language);
        Map<String, Set<String>> methods = Arrays.stream(AppealMessages.class.getMethods())
                .filter(method -> method.isAnnotationPresent(Message.class))
                .collect(Collectors.toMap(method -> method.getName(), method -> Arrays.stream(method.getParameters())
                        .map(parameter -> parameter.getName()).collect(Collectors.toCollection(TreeSet::new))));

        assertThat(messages.keySet()).as(language).containsExactlyInAnyOrderElementsOf(methods.keySet());
        methods.forEach((key, parameters) -> assertThat(parameters(messages.get(key))).as(language + " " + key)
                .isEqualTo(parameters));
    }

    private static Set<String> parameters(String message) {
        Set<String> used = new TreeSet<>();
        Matcher matcher = PARAMETER.matcher(message);
        while (matcher.find()) {
            used.add(matcher.group(1));
        }
        return used;
    }

    private static Map<String, String> load(String language) throws IOException {
        String resource = "messages/appeal_" + language + ".properties";
        try (InputStream in = LetterMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Map<String, String> messages = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    int equals = line.indexOf('=');
                    messages.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
            return messages;
        }
    }
}
