package org.casealert.events.audit;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One audited act, as operators read it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntry(long id, Instant at, String actorSub, String actorName, AuditAction action, String target,
        String detail) {

    /** Newest first; {@code nextCursor} is null on the last page. */
    public record Page(List<AuditEntry> items, String nextCursor) {
    }
}
