package org.casealert.alert.cases;

/** A case changed in this transaction, with its state before the first change ({@code null} when new). */
public record TouchedCase(CaseFile file, CaseSnapshot before) {
}
