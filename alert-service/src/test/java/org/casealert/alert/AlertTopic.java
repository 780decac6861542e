package org.casealert.alert;

import java.util.List;

import org.casealert.devstack.testing.TestTopics;
import org.casealert.events.CaseAlert;
import org.casealert.events.EventCodec;
import org.casealert.events.Topics;

/** What the service published on {@code case-alerts}, read raw from the broker. */
final class AlertTopic {

    private AlertTopic() {
    }

    static List<CaseAlert> alertsFor(String caseId) {
        return TestTopics.readAll(Topics.CASE_ALERTS).stream().filter(record -> caseId.equals(record.key()))
                .map(record -> EventCodec.readCaseAlert(record.valueAsString())).toList();
    }
}
