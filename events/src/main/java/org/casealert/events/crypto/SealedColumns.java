package org.casealert.events.crypto;

import java.util.List;

/** A {@link SealedTable} named once in its constructor: the hop, the table, its key column and its sealed columns. */
public abstract class SealedColumns implements SealedTable {

    private final Hop hop;
    private final String table;
    private final String idColumn;
    private final List<String> sealedColumns;

    protected SealedColumns(Hop hop, String table, String idColumn, String... sealedColumns) {
        this.hop = hop;
        this.table = table;
        this.idColumn = idColumn;
        this.sealedColumns = List.of(sealedColumns);
    }

    @Override
    public Hop hop() {
        return hop;
    }

    @Override
    public String table() {
        return table;
    }

    @Override
    public String idColumn() {
        return idColumn;
    }

    @Override
    public List<String> sealedColumns() {
        return sealedColumns;
    }
}
