package org.casealert.notify.appeal;

import java.util.Locale;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The letter, one template for every language: its texts are {@link AppealMessages} in the recipient's language,
 * and the template is checked against {@link AppealLetter} and the messages when the service is built.
 */
@CheckedTemplate(basePath = "appeal")
public class AppealTemplates {

    static native TemplateInstance letter(AppealLetter letter);

    static String render(String language, AppealLetter letter) {
        return inLanguage(letter(letter), language).render().strip() + "\n";
    }

    /** The letters' texts in {@code language}. */
    public static AppealMessages messages(String language) {
        return MessageBundles.get(AppealMessages.class, Localized.Literal.of(language));
    }

    /** The template instance whose {@code {appeal:...}} messages are in {@code language}. */
    public static TemplateInstance inLanguage(TemplateInstance instance, String language) {
        return instance.setAttribute(MessageBundles.ATTRIBUTE_LOCALE, Locale.forLanguageTag(language));
    }
}
