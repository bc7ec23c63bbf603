package fi.silta.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-cell suppression of a count table. A cell counting 1 to {@code minimum - 1} is hidden (primary
 * suppression; a zero says nobody and is shown). Then, wherever a row or column adds up to a total shown beside it
 * and exactly one of its cells (total included) is hidden, that cell could be worked out by subtraction, so a second
 * cell of the line is hidden too: the smallest non-zero one, else the total (complementary suppression). Hiding one
 * cell can expose another line, so this repeats until every line that adds up hides none or at least two.
 */
public final class Suppression {

    private Suppression() {
    }

    /** Which cells of the table (totals included) are hidden. */
    public static boolean[][] hidden(CountTable table, int minimum) {
        long[][] counts = table.counts();
        boolean[][] hidden = new boolean[counts.length][];
        for (int r = 0; r < counts.length; r++) {
            hidden[r] = new boolean[counts[r].length];
            for (int c = 0; c < counts[r].length; c++) {
                hidden[r][c] = counts[r][c] > 0 && counts[r][c] < minimum;
            }
        }
        List<int[][]> lines = lines(table);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[][] line : lines) {
                if (hiddenIn(line, hidden) == 1) {
                    int[] cell = complement(line, counts, hidden);
                    hidden[cell[0]][cell[1]] = true;
                    changed = true;
                }
            }
        }
        return hidden;
    }

    /** Each line that adds up: its parts, then its total as the last cell. */
    static List<int[][]> lines(CountTable table) {
        List<int[][]> lines = new ArrayList<>();
        int rows = table.rows();
        int columns = table.columns();
        int allRows = rows + (table.totalRow() ? 1 : 0);
        int allColumns = columns + (table.totalColumn() ? 1 : 0);
        if (table.totalColumn() && table.columnsAddUp()) {
            for (int r = 0; r < allRows; r++) {
                int[][] line = new int[columns + 1][];
                for (int c = 0; c <= columns; c++) {
                    line[c] = new int[] { r, c };
                }
                lines.add(line);
            }
        }
        if (table.totalRow() && table.rowsAddUp()) {
            for (int c = 0; c < allColumns; c++) {
                int[][] line = new int[rows + 1][];
                for (int r = 0; r <= rows; r++) {
                    line[r] = new int[] { r, c };
                }
                lines.add(line);
            }
        }
        return lines;
    }

    static int hiddenIn(int[][] line, boolean[][] hidden) {
        int count = 0;
        for (int[] cell : line) {
            if (hidden[cell[0]][cell[1]]) {
                count++;
            }
        }
        return count;
    }

    private static int[] complement(int[][] line, long[][] counts, boolean[][] hidden) {
        int[] best = null;
        for (int i = 0; i < line.length - 1; i++) {
            int[] cell = line[i];
            long value = counts[cell[0]][cell[1]];
            if (!hidden[cell[0]][cell[1]] && value > 0
                    && (best == null || value < counts[best[0]][best[1]])) {
                best = cell;
            }
        }
        if (best != null) {
            return best;
        }
        int[] total = line[line.length - 1];
        if (!hidden[total[0]][total[1]]) {
            return total;
        }
        for (int[] cell : line) {
            if (!hidden[cell[0]][cell[1]]) {
                return cell;
            }
        }
        throw new IllegalStateException("A line with one hidden cell has no other cell");
    }
}
