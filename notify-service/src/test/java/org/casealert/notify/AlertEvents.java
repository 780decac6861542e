package org.casealert.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casealert.events.AlertKind;
import org.casealert.events.CaseAlert;
import org.casealert.events.CaseParticulars;
import org.casealert.events.CaseStatus;
import org.casealert.events.CaseSummary;
import org.casealert.events.Confidence;
import org.casealert.events.Consent;
import org.casealert.events.DetentionStage;
import org.casealert.events.EventCodec;
import org.casealert.events.Level;
import org.casealert.events.RiskFactor;
import org.casealert.events.Sex;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.events.crypto.SealContext;

/** Builds {@code CaseAlert}s as the alert service publishes them, particulars sealed to the alert. */
final class AlertEvents {

    static final String NAME = "Kim Ok-sun";
    static final String HANGUL = "김옥순";
    static final String NARRATIVE = "Her sister in Seoul called on Tuesday night";

    private final PersonalDataCipher cipher;

    AlertEvents(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    CaseAlert alert(String caseId, AlertKind kind, Level level, String province, boolean consent) {
        UUID alertId = UUID.randomUUID();
        LocalDate since = LocalDate.now(ZoneOffset.UTC).minusDays(3);
        CaseSummary summary = new CaseSummary(caseId, "NK-2026-" + caseId.substring(0, 4), level, CaseStatus.OPEN,
                DetentionStage.BORDER_FACILITY, since, since.plusDays(7), 2, 2, 0, province,
                "Tumen Border Detention Center", "TUMEN-ONSONG", Confidence.CORROBORATED,
                List.of(new CaseSummary.Reason("BORDER_FACILITY", "Held at a border detention facility."),
                        new CaseSummary.Reason("AGGRAVATING_FACTORS", "Aggravating factors were reported.")),
                List.of(UUID.randomUUID().toString()), Instant.now());
        CaseParticulars particulars = new CaseParticulars(List.of(
                new CaseParticulars.Detainee(NAME, HANGUL, List.of("Ok-sun"), Sex.FEMALE, 1994, "Hoeryong", true,
                        null),
                new CaseParticulars.Detainee("Ri Chun-hui", null, List.of(), Sex.FEMALE, 1988, "Musan", null, null)),
                List.of(NARRATIVE), Set.of(RiskFactor.RELIGIOUS_CONTACT));
        return CaseAlert.of(alertId, Instant.now(), kind, null, summary, new Consent(consent, false),
                cipher.seal(EventCodec.write(particulars), SealContext.caseParticulars(alertId.toString())));
    }
}
