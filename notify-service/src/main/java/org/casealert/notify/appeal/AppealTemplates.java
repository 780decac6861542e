package org.casealert.notify.appeal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The letters, one template per language, checked against {@link AppealLetter} when the service is built. */
@CheckedTemplate(basePath = "appeal")
public class AppealTemplates {

    public static native TemplateInstance letter_en(AppealLetter letter);

    public static native TemplateInstance letter_ko(AppealLetter letter);

    public static native TemplateInstance letter_zh(AppealLetter letter);

    static TemplateInstance letter(String language, AppealLetter letter) {
        return switch (language) {
            case "ko" -> letter_ko(letter);
            case "zh" -> letter_zh(letter);
            default -> letter_en(letter);
        };
    }
}
