package fi.silta.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Small cells are hidden, and no hidden cell can be worked out from the rest of its row or column. */
class SuppressionTest {

    @Test
    void aSmallCellIsHiddenAndZerosAndLargeCellsStay() {
        CountTable table = CountTable.of(List.of("a", "b"), List.of("x", "y"), new long[][] { { 0, 7 }, { 9, 12 } },
                new long[] { 9, 19 }, true, true, true);
        boolean[][] hidden = Suppression.hidden(table, 5);
        assertThat(hidden).isDeepEqualTo(new boolean[3][3]);
    }

    @Test
    void aTotalThatWouldRevealAHiddenCellHidesASecondCell() {
        // Row a: 3 + 8 = 11. Showing 8 and 11 would give 3 away.
        CountTable table = CountTable.of(List.of("a", "b"), List.of("x", "y"), new long[][] { { 3, 8 }, { 6, 7 } },
                new long[] { 9, 15 }, true, true, true);
        boolean[][] hidden = Suppression.hidden(table, 5);
        assertThat(hidden[0][0]).isTrue();
        assertThat(hidden[0][1]).as("the 8 beside the 3").isTrue();
        // Column x then holds one hidden cell (3) beside 6 and 9, so 6 goes too; then column y hides 7, row b is
        // left with 6 and 7 hidden beside 13.
        assertThat(hidden[1][0]).isTrue();
        assertThat(hidden[1][1]).isTrue();
        assertThat(hidden[2][2]).as("the grand total stays").isFalse();
        assertNoLineRevealsACell(table, hidden);
    }

    @Test
    void aSmallTotalIsHiddenWithItsOnlyPart() {
        CountTable table = CountTable.of(List.of("a"), List.of("x", "y"), new long[][] { { 0, 3 } }, null, true, true,
                true);
        boolean[][] hidden = Suppression.hidden(table, 5);
        assertThat(hidden[0]).containsExactly(false, true, true);
    }

    @Test
    void inAnyTableEveryLineThatAddsUpHidesNoneOrAtLeastTwo() {
        Random random = new Random(21);
        for (int round = 0; round < 500; round++) {
            int rows = 1 + random.nextInt(6);
            int columns = 1 + random.nextInt(6);
            long[][] counts = new long[rows][columns];
            long[] totals = new long[columns];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    counts[r][c] = random.nextInt(4) == 0 ? 0 : random.nextInt(20);
                    totals[c] += counts[r][c];
                }
            }
            CountTable table = CountTable.of(List.of("r0", "r1", "r2", "r3", "r4", "r5").subList(0, rows),
                    List.of("c0", "c1", "c2", "c3", "c4", "c5").subList(0, columns), counts, totals, true, true, true);
            boolean[][] hidden = Suppression.hidden(table, 5);
            assertNoLineRevealsACell(table, hidden);
            for (int r = 0; r < table.counts().length; r++) {
                for (int c = 0; c < table.counts()[r].length; c++) {
                    long value = table.counts()[r][c];
                    if (value > 0 && value < 5) {
                        assertThat(hidden[r][c]).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void medianDaysOfAnEvenGroupIsTheMeanOfTheMiddleTwo() {
        assertThat(FunnelService.medianDays(List.of(Duration.ofDays(1), Duration.ofDays(4),
                Duration.ofDays(2), Duration.ofDays(10)))).isEqualTo(3.0);
        assertThat(FunnelService.medianDays(List.of())).isNull();
    }

    private static void assertNoLineRevealsACell(CountTable table, boolean[][] hidden) {
        for (int[][] line : Suppression.lines(table)) {
            assertThat(Suppression.hiddenIn(line, hidden)).as("hidden cells of a line").isNotEqualTo(1);
        }
    }
}
