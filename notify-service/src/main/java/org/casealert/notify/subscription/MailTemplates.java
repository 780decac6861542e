package org.casealert.notify.subscription;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Advocates' alert mails and confirmation mails, one template per language, checked at build time. */
public class MailTemplates {

    /**
     * An alert as a public sign-up reads it ({@link PublicDisclosure}): the case's reference, province, crossing,
     * counts and level, nothing more.
     */
    public record AlertMail(String organisation, String headline, String reference, String level, String kind,
            int count, int women, int minors, String province, String corridor, String unsubscribeUrl) {
    }

    public record Confirmation(String organisation, String minLevel, String provinces, long validHours,
            String confirmUrl) {
    }

    @CheckedTemplate(basePath = "alert")
    static class Alert {
        static native TemplateInstance mail_en(AlertMail mail);

        static native TemplateInstance mail_ko(AlertMail mail);

        static native TemplateInstance mail_zh(AlertMail mail);
    }

    @CheckedTemplate(basePath = "subscription")
    static class Confirm {
        static native TemplateInstance confirm_en(Confirmation confirm);

        static native TemplateInstance confirm_ko(Confirmation confirm);

        static native TemplateInstance confirm_zh(Confirmation confirm);
    }

    public static String alert(String language, AlertMail mail) {
        return switch (language) {
            case "ko" -> Alert.mail_ko(mail).render();
            case "zh" -> Alert.mail_zh(mail).render();
            default -> Alert.mail_en(mail).render();
        };
    }

    public static String confirmation(String language, Confirmation confirm) {
        return switch (language) {
            case "ko" -> Confirm.confirm_ko(confirm).render();
            case "zh" -> Confirm.confirm_zh(confirm).render();
            default -> Confirm.confirm_en(confirm).render();
        };
    }
}
