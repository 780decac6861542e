package org.casealert.notify.appeal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casealert.events.ConsentPurpose;
import org.casealert.events.Level;
import org.casealert.notify.delivery.Channel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An institution that receives appeals: UNHCR, an embassy, a UN mechanism, an NGO. */
@Entity
@Table(name = "recipient")
public class Recipient extends PanacheEntityBase {

    public enum Kind {
        UNHCR,
        EMBASSY,
        UN_SPECIAL_PROCEDURE,
        NGO
    }

    /**
     * What the addressee can do, which decides what a letter asks of it: taken from the default directory's key,
     * else from the kind (an embassy of an unknown government, a special procedure other than those named).
     */
    public enum Mandate {
        UNHCR,
        ROK,
        US,
        EMBASSY,
        SR_DPRK,
        WGAD,
        WGEID,
        OHCHR,
        UN_OTHER,
        NGO;

        /** Special procedures that send communications to governments (and publish them after about 60 days). */
        public boolean communicates() {
            return this == SR_DPRK || this == WGAD || this == WGEID || this == UN_OTHER;
        }

        public boolean government() {
            return this == ROK || this == US || this == EMBASSY;
        }
    }

    public enum Disclosure {
        FULL,
        PSEUDONYMISED
    }

    @Id
    public String id;
    public String directoryKey;
    @Column(nullable = false)
    public String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;
    public String address;
    @Column(nullable = false)
    public String language;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level minLevel;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Disclosure disclosure;
    @Column(nullable = false)
    public boolean requiresConsent;
    @Column(nullable = false)
    public boolean requiresApproval;
    public String secretSealed;
    @Column(nullable = false)
    public boolean active;
    @Column(nullable = false)
    public Instant createdAt;
    @Column(nullable = false)
    public Instant updatedAt;

    public Mandate mandate() {
        String key = directoryKey == null ? "" : directoryKey;
        if (key.startsWith("rok-")) {
            return Mandate.ROK;
        }
        if (key.startsWith("us-")) {
            return Mandate.US;
        }
        if (key.startsWith("ohchr-")) {
            return Mandate.OHCHR;
        }
        return switch (key) {
            case "un-sr-dprk" -> Mandate.SR_DPRK;
            case "un-wgad" -> Mandate.WGAD;
            case "un-wgeid" -> Mandate.WGEID;
            default -> switch (kind) {
                case UNHCR -> Mandate.UNHCR;
                case EMBASSY -> Mandate.EMBASSY;
                case UN_SPECIAL_PROCEDURE -> Mandate.UN_OTHER;
                case NGO -> Mandate.NGO;
            };
        };
    }

    /** Which consent a letter to this recipient needs. */
    public ConsentPurpose consentPurpose() {
        return switch (kind) {
            case UNHCR -> ConsentPurpose.UNHCR;
            case EMBASSY -> ConsentPurpose.GOVERNMENTS;
            case UN_SPECIAL_PROCEDURE -> ConsentPurpose.UN_MECHANISMS;
            // a partner organisation may publish: only what may be made public
            case NGO -> ConsentPurpose.PUBLIC_ADVOCACY;
        };
    }
}
