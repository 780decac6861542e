package org.casealert.notify.batch;

import org.casealert.notify.appeal.AppealTemplates;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Group letters, one template for every language with the texts of {@code AppealMessages}, and advocates' digests,
 * one template per language; checked against {@link GroupTexts} at build time.
 */
@CheckedTemplate(basePath = "group")
class GroupTemplates {

    static native TemplateInstance letter(GroupTexts.Letter letter);

    static native TemplateInstance digest_en(GroupTexts.Digest digest);

    static native TemplateInstance digest_ko(GroupTexts.Digest digest);

    static native TemplateInstance digest_zh(GroupTexts.Digest digest);

    static String renderLetter(String language, GroupTexts.Letter letter) {
        return AppealTemplates.inLanguage(letter(letter), language).render().strip() + "\n";
    }

    static String digest(String language, GroupTexts.Digest digest) {
        return (switch (language) {
            case "ko" -> digest_ko(digest);
            case "zh" -> digest_zh(digest);
            default -> digest_en(digest);
        }).render().strip() + "\n";
    }
}
