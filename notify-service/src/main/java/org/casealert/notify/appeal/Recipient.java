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
