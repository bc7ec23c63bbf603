package fi.silta.reports;

import java.util.List;

/**
 * Counts of referrals (or answers) in rows and columns, with a total row and a total column where the table has
 * them. {@code rowsAddUp} says that the total row is the sum of the rows (each referral in one row);
 * {@code columnsAddUp} that the total column is the sum of the columns. Where a line adds up, a reader can work
 * out one hidden cell from the others and the total, so suppression must hide a second one.
 */
public record CountTable(List<String> rowKeys, List<String> columnKeys, long[][] counts, boolean totalRow,
        boolean totalColumn, boolean rowsAddUp, boolean columnsAddUp) {

    /** A table of {@code rows} × {@code columns} counts with its totals filled in from the cells. */
    public static CountTable of(List<String> rowKeys, List<String> columnKeys, long[][] parts, long[] totalRowCounts,
            boolean totalColumn, boolean rowsAddUp, boolean columnsAddUp) {
        int rows = rowKeys.size();
        int columns = columnKeys.size();
        boolean totalRow = totalRowCounts != null;
        long[][] counts = new long[rows + (totalRow ? 1 : 0)][columns + (totalColumn ? 1 : 0)];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(parts[r], 0, counts[r], 0, columns);
        }
        if (totalRow) {
            System.arraycopy(totalRowCounts, 0, counts[rows], 0, columns);
        }
        if (totalColumn) {
            for (int r = 0; r < counts.length; r++) {
                long sum = 0;
                for (int c = 0; c < columns; c++) {
                    sum += counts[r][c];
                }
                counts[r][columns] = sum;
            }
        }
        return new CountTable(rowKeys, columnKeys, counts, totalRow, totalColumn, rowsAddUp, columnsAddUp);
    }

    public int rows() {
        return rowKeys.size();
    }

    public int columns() {
        return columnKeys.size();
    }
}
