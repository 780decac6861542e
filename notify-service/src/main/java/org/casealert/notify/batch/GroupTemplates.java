package org.casealert.notify.batch;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Group letters and digests, one template per language, checked against {@link GroupTexts} at build time. */
@CheckedTemplate(basePath = "group")
class GroupTemplates {

    static native TemplateInstance letter_en(GroupTexts.Letter letter);

    static native TemplateInstance letter_ko(GroupTexts.Letter letter);

    static native TemplateInstance letter_zh(GroupTexts.Letter letter);

    static native TemplateInstance digest_en(GroupTexts.Digest digest);

    static native TemplateInstance digest_ko(GroupTexts.Digest digest);

    static native TemplateInstance digest_zh(GroupTexts.Digest digest);

    static String letter(String language, GroupTexts.Letter letter) {
        return (switch (language) {
            case "ko" -> letter_ko(letter);
            case "zh" -> letter_zh(letter);
            default -> letter_en(letter);
        }).render().strip() + "\n";
    }

    static String digest(String language, GroupTexts.Digest digest) {
        return (switch (language) {
            case "ko" -> digest_ko(digest);
            case "zh" -> digest_zh(digest);
            default -> digest_en(digest);
        }).render().strip() + "\n";
    }
}
