package org.casealert.notify.subscription;

import java.util.List;

import org.casealert.notify.appeal.Phrases;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The subscription pages: the sign-up form ({@code /subscribe/}), the answer to it, and the pages behind the links
 * in mails (confirmed, unsubscribe with its button, pause). Every value is written as text (Qute escapes it).
 */
@CheckedTemplate(basePath = "subscription")
public class SubscriptionPages {

    /** The phrases of a page's language. */
    public record Texts(String language, Phrases phrases) {
        public String get(String key) {
            return phrases.get(language, key);
        }
    }

    /** A link of the language switch. */
    public record LanguageLink(String code, String name, String href, boolean current) {
    }

    /** A radio button, checkbox or option, with its label and a hint. */
    public record Choice(String value, String label, String hint, boolean checked) {
    }

    public record SignupForm(Texts t, List<LanguageLink> languages, String email, List<Choice> levels,
            List<Choice> provinces, String otherProvinces, List<Choice> mailLanguages, String error) {
    }

    public record Sent(Texts t, String message, String filters) {
    }

    /** The pause form of a page about one subscription; {@code resumeAction} only while it is paused. */
    public record Pause(String action, String resumeAction, String legend, String label, String button, String resume,
            String min, String max) {
    }

    /** {@code tone}: {@code notice} (done), {@code error} or none (a question). */
    public record Page(String language, String title, String message, String tone, String details,
            String formAction, String button, Pause pause) {
    }

    public static native TemplateInstance page(Page page);

    public static native TemplateInstance signup(SignupForm form);

    public static native TemplateInstance sent(Sent sent);
}
