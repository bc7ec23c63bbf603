package fi.silta.reports;

import java.time.YearMonth;
import java.util.List;

import fi.silta.referrals.api.ReferralFact;

/** What the funnel's rows are split by. */
public enum Dimension {
    MONTH(true),
    MUNICIPALITY(true),
    CONTEXT(true),
    NEED(false),
    URGENCY(true);

    private final boolean partition;

    Dimension(boolean partition) {
        this.partition = partition;
    }

    /**
     * Whether each referral falls in exactly one row, so the rows add up to the total. A referral names several
     * needs: its rows overlap.
     */
    public boolean partition() {
        return partition;
    }

    /** The row keys of a referral: a month as {@code 2027-03}, a municipality's code, or an enum's constant. */
    public List<String> keys(ReferralFact fact) {
        return switch (this) {
            case MONTH -> List.of(YearMonth.from(fact.referredAt().atZone(ReportsConfig.TIME_ZONE)).toString());
            case MUNICIPALITY -> List.of(fact.municipality());
            case CONTEXT -> List.of(fact.context().name());
            case NEED -> fact.needs().stream().map(Enum::name).sorted().toList();
            case URGENCY -> List.of(fact.urgency().name());
        };
    }
}
