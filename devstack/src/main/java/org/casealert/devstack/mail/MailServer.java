package org.casealert.devstack.mail;

import java.util.ArrayList;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.casealert.devstack.process.Supervised;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) on loopback that accepts every message and keeps it for reading. The
 * launcher's control API can stop it and start it again on the same port (as {@code smtp}), to show
 * that mail waits for a mail server that is down; what it received before a stop is kept.
 */
public final class MailServer implements AutoCloseable, Supervised {

    private final int port;
    private final List<ReceivedMail> beforeRestarts = new ArrayList<>();
    private GreenMail greenMail;

    private MailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
        this.port = greenMail.getSmtp().getPort();
    }

    /** Starts on {@code port}, or on a free port when {@code port} is 0. */
    public static MailServer start(int port) {
        return new MailServer(greenMailOn(port));
    }

    private static GreenMail greenMailOn(int port) {
        ServerSetup smtp = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        GreenMail greenMail = new GreenMail(port == 0 ? smtp.dynamicPort() : smtp)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return greenMail;
    }

    public int port() {
        return port;
    }

    /** Every message received so far, one per recipient mailbox, oldest first. */
    public synchronized List<ReceivedMail> received() {
        List<ReceivedMail> mails = new ArrayList<>(beforeRestarts);
        if (greenMail != null) {
            for (MimeMessage message : greenMail.getReceivedMessages()) {
                mails.add(ReceivedMail.of(message));
            }
        }
        return mails;
    }

    public synchronized void clear() {
        beforeRestarts.clear();
        if (greenMail != null) {
            try {
                greenMail.purgeEmailFromAllMailboxes();
            } catch (FolderException e) {
                throw new IllegalStateException("could not clear the mailboxes", e);
            }
        }
    }

    @Override
    public String name() {
        return "smtp";
    }

    @Override
    public synchronized void start() {
        if (greenMail == null) {
            greenMail = greenMailOn(port);
        }
    }

    @Override
    public synchronized void stop() {
        if (greenMail != null) {
            beforeRestarts.addAll(received());
            greenMail.stop();
            greenMail = null;
        }
    }

    @Override
    public void kill() {
        stop();
    }

    @Override
    public synchronized boolean isAlive() {
        return greenMail != null;
    }

    @Override
    public void close() {
        stop();
    }
}
