package org.casealert.notify;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;

/**
 * A test of the notify service: the alerts it publishes, and a client that ends, after each test, the
 * recipients and subscriptions the test made, so that no later test's alert reaches them.
 */
abstract class NotifyTest {

    @Inject
    AlertEvents alerts;

    final NotifyClient client = new NotifyClient();

    @AfterEach
    void endWhatTheTestMade() {
        client.close();
    }
}
