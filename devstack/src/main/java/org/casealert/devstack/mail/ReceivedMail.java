package org.casealert.devstack.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** One message as the SMTP server received it, with its text and HTML bodies decoded. */
public record ReceivedMail(String messageId, List<String> from, List<String> to, String subject, String text,
        String html, String listUnsubscribe, String raw) {

    /** The readable body, text if there is any, otherwise HTML. */
    public String body() {
        return text.isEmpty() ? html : text;
    }

    public static ReceivedMail parse(String raw) {
        try {
            return of(new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
        } catch (MessagingException e) {
            throw new IllegalArgumentException("not a MIME message", e);
        }
    }

    public static ReceivedMail of(MimeMessage message) {
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            StringBuilder text = new StringBuilder();
            StringBuilder html = new StringBuilder();
            collectBodies(message, text, html);
            return new ReceivedMail(message.getMessageID(), addresses(message.getFrom()),
                    addresses(message.getAllRecipients()), message.getSubject(), text.toString(), html.toString(),
                    message.getHeader("List-Unsubscribe", ","), raw.toString(StandardCharsets.UTF_8));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("could not read a received message", e);
        }
    }

    private static void collectBodies(Part part, StringBuilder text, StringBuilder html)
            throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        } else if (part.isMimeType("text/html")) {
            html.append(part.getContent());
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collectBodies(multipart.getBodyPart(i), text, html);
            }
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
    }
}
