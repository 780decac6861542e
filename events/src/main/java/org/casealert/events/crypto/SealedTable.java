package org.casealert.events.crypto;

import java.util.List;

/**
 * One table of sealed values a service keeps, for the {@link ResealJob}: where to find rows that still hold a value
 * sealed with an older key of the ring, and how to seal one row's values anew. A service declares one bean per table.
 */
public interface SealedTable {

    /** The hop whose ring sealed this table's values. */
    Hop hop();

    /** The table, as in SQL. */
    String table();

    /** Its key column, compared as text. */
    String idColumn();

    /** The columns that hold sealed values: plain values, or JSON that holds them. */
    List<String> sealedColumns();

    /**
     * Seals every value of the row {@code id} anew with {@code ring}'s active key ({@link PersonalDataCipher#reseal}),
     * inside the caller's transaction; the row is to be locked for update so no concurrent change is lost.
     */
    void reseal(String id, PersonalDataCipher ring);
}
