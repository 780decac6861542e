package org.casealert.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.inject.Singleton;

import org.casealert.devstack.credentials.DevDataKeys;
import org.casealert.events.Consent;
import org.casealert.events.DetentionReported;
import org.casealert.events.DetentionStage;
import org.casealert.events.EventCodec;
import org.casealert.events.PersonalDetails;
import org.casealert.events.Reliability;
import org.casealert.events.RiskFactor;
import org.casealert.events.Sex;
import org.casealert.events.SourceKind;
import org.casealert.events.crypto.KeyedHasher;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.events.crypto.SealContext;
import org.casealert.events.names.NameFolding;

/** Builds {@code DetentionReported} events as the intake service makes them: sealed, with keyed name hashes. */
@Singleton
public class ReportEvents {

    private final PersonalDataCipher cipher;
    private final KeyedHasher hasher;

    ReportEvents(PersonalDataCipher cipher) {
        this.cipher = cipher;
        // intake's key, which alert never holds: the test makes hashes as intake would
        this.hasher = new KeyedHasher(Base64.getDecoder().decode(DevDataKeys.forThisJvm().nameHashKey()));
    }

    public record Person(String name, Sex sex, Integer birthYear, String hometown, Boolean pregnant, boolean unnamed) {

        public static Person named(String name, Sex sex, Integer birthYear) {
            return new Person(name, sex, birthYear, null, null, false);
        }

        public static Person unnamed(Sex sex, Integer birthYear) {
            return new Person(null, sex, birthYear, null, null, true);
        }

        public Person from(String hometown) {
            return new Person(name, sex, birthYear, hometown, pregnant, unnamed);
        }

        public Person expecting() {
            return new Person(name, sex, birthYear, hometown, true, unnamed);
        }
    }

    public Builder report(String hotlineId) {
        return new Builder(hotlineId);
    }

    public final class Builder {
        private final String hotlineId;
        private final List<Person> people = new ArrayList<>();
        private DetentionStage stage = DetentionStage.UNKNOWN;
        private LocalDate since;
        private String facility;
        private String city;
        private String province;
        private LocalDate transferExpectedOn;
        private final Set<RiskFactor> riskFactors = new TreeSet<>();
        private Consent consent = Consent.NONE;
        private String narrative;
        private Instant receivedAt = Instant.now();
        private SourceKind source = SourceKind.FAMILY;
        private String externalRef;

        private Builder(String hotlineId) {
            this.hotlineId = hotlineId;
        }

        public Builder person(Person person) {
            people.add(person);
            return this;
        }

        public Builder at(DetentionStage stage, LocalDate since, String facility, String city, String province) {
            this.stage = stage;
            this.since = since;
            this.facility = facility;
            this.city = city;
            this.province = province;
            return this;
        }

        public Builder transferExpectedOn(LocalDate date) {
            this.transferExpectedOn = date;
            return this;
        }

        public Builder risk(RiskFactor factor) {
            riskFactors.add(factor);
            return this;
        }

        public Builder consent(boolean appealsToUn) {
            this.consent = new Consent(appealsToUn, null, null, null, null);
            return this;
        }

        public Builder consent(Consent consent) {
            this.consent = consent;
            return this;
        }

        /** Who told the hotline (the family unless said otherwise). */
        public Builder from(SourceKind source) {
            this.source = source;
            return this;
        }

        /** The hotline's own reference (a report passed on from another hotline keeps that one's). */
        public Builder externalRef(String externalRef) {
            this.externalRef = externalRef;
            return this;
        }

        public Builder narrative(String narrative) {
            this.narrative = narrative;
            return this;
        }

        public Builder receivedAt(Instant receivedAt) {
            this.receivedAt = receivedAt;
            return this;
        }

        public DetentionReported build() {
            String reportId = UUID.randomUUID().toString();
            List<DetentionReported.Detainee> detainees = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                Person person = people.get(i);
                List<String> hashes = person.unnamed() || person.name() == null ? List.of()
                        : NameFolding.fold(person.name()).stream().map(form -> hasher.hash("name:" + form)).sorted()
                                .toList();
                String place = person.hometown() == null ? "" : NameFolding.foldPlace(person.hometown());
                detainees.add(new DetentionReported.Detainee(i, person.sex(), person.birthYear(), person.pregnant(),
                        person.unnamed(), hashes, place.isEmpty() ? null : hasher.hash("place:" + place),
                        cipher.seal(EventCodec.write(new PersonalDetails(person.name(), null, List.of(),
                                person.hometown(), null)), SealContext.detainee(reportId, i))));
            }
            return DetentionReported.of(UUID.randomUUID(), receivedAt, reportId, hotlineId, externalRef, receivedAt,
                    receivedAt, new DetentionReported.Source(source, Reliability.PROBABLE), detainees,
                    new DetentionReported.Detention(stage, since, facility, city, province, transferExpectedOn),
                    riskFactors, consent, cipher.seal(narrative, SealContext.narrative(reportId)));
        }
    }
}
