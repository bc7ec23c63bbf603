package fi.silta.referrals;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * The client's answers to the wellbeing self-report of one round. The answers are client data, stored encrypted
 * in one column as {@code <WHO-5 items>;<UCLA-3 items>}, each list comma-separated. When the referral is
 * pseudonymised only the round's two scores stay, in plain numbers, for the change report.
 */
@Entity
@Table(name = "wellbeing_answer")
public class WellbeingAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wellbeing_answer_seq")
    @SequenceGenerator(name = "wellbeing_answer_seq", sequenceName = "wellbeing_answer_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "referral_id")
    private Long referralId;

    @Enumerated(EnumType.STRING)
    private SelfReportRound round;

    @Convert(converter = EncryptedText.WellbeingAnswers.class)
    private String answers;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "who5_raw")
    private Integer who5Raw;

    @Column(name = "ucla3_score")
    private Integer ucla3Score;

    protected WellbeingAnswer() {
    }

    WellbeingAnswer(Long referralId, SelfReportRound round) {
        this.referralId = referralId;
        this.round = round;
    }

    /** Replaces the answers of this round. */
    void answer(List<Integer> who5, List<Integer> ucla3, String recordedBy, Instant recordedAt) {
        this.answers = join(who5) + ";" + join(ucla3);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /**
     * Keeps the round's WHO-5 raw score and UCLA-3 score only: the item answers, who recorded them and when go, so
     * that nothing about the client's answers is left beyond what the aggregate change report reads.
     */
    void keepScoresOnly() {
        if (answers != null) {
            who5Raw = who5().stream().mapToInt(Integer::intValue).sum();
            ucla3Score = ucla3().stream().mapToInt(Integer::intValue).sum();
        }
        answers = null;
        recordedBy = null;
        recordedAt = null;
    }

    /** The WHO-5 raw score, 0-25. */
    public int who5Raw() {
        return answers == null ? who5Raw : who5().stream().mapToInt(Integer::intValue).sum();
    }

    /** The UCLA-3 score, 3-9. */
    public int ucla3Score() {
        return answers == null ? ucla3Score : ucla3().stream().mapToInt(Integer::intValue).sum();
    }

    public SelfReportRound round() {
        return round;
    }

    public Long referralId() {
        return referralId;
    }

    public List<Integer> who5() {
        return split(0);
    }

    public List<Integer> ucla3() {
        return split(1);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    private List<Integer> split(int part) {
        if (answers == null) {
            return List.of();
        }
        return Arrays.stream(answers.split(";")[part].split(",")).map(Integer::valueOf).toList();
    }

    private static String join(List<Integer> items) {
        return String.join(",", items.stream().map(String::valueOf).toList());
    }
}
