package org.casealert.notify.subscription;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The small pages behind the links in mails: confirmed, unsubscribe (with its button), unsubscribed. */
@CheckedTemplate(basePath = "subscription")
public class SubscriptionPages {

    public record Page(String language, String title, String message, String formAction, String button) {
    }

    public static native TemplateInstance page(Page page);
}
