package org.casealert.intake.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.events.CaseAlert;
import org.casealert.events.EventCodec;
import org.casealert.events.MalformedEventException;
import org.casealert.events.Topics;
import org.casealert.intake.report.ReportCases;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;

/**
 * Reads the alert service's announcements to learn which case each report became part of, for the hotline's list of
 * its recent reports. Only the pseudonymised summary is read; a value that is no alert is skipped (it changes no
 * report, and the alert service's own dead letters keep the evidence).
 */
@ApplicationScoped
public class CaseAlertConsumer {

    private static final Logger LOG = Logger.getLogger(CaseAlertConsumer.class);

    private final ReportCases reportCases;

    CaseAlertConsumer(ReportCases reportCases) {
        this.reportCases = reportCases;
    }

    @Incoming(Topics.CASE_ALERTS)
    @Blocking
    public void consume(String value) {
        CaseAlert alert;
        try {
            alert = EventCodec.readCaseAlert(value);
        } catch (MalformedEventException e) {
            LOG.warnf("a value on %s is no case alert; skipped", Topics.CASE_ALERTS);
            return;
        }
        reportCases.announced(alert.caseSummary(), alert.occurredAt());
    }
}
