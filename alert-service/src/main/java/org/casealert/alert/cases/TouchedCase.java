package org.casealert.alert.cases;

import io.opentelemetry.context.Context;

/**
 * A case changed in this transaction, with its state before the first change ({@code null} when new), and
 * the trace context its alert continues: the report's that changed it, or the operator action's.
 */
public record TouchedCase(CaseFile file, CaseSnapshot before, Context trace) {

    /** Changed in the trace context current here. */
    public TouchedCase(CaseFile file, CaseSnapshot before) {
        this(file, before, Context.current());
    }
}
