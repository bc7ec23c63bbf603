package fi.silta.reports.surveys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A resident's answer to a survey: where they live, their age band, the month and a score for each question.
 * Nothing in it names or tells apart the person who answered.
 */
@Entity
@Table(name = "survey_answer")
public class SurveyAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_answer_seq")
    @SequenceGenerator(name = "survey_answer_seq", sequenceName = "survey_answer_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "survey_id")
    private Long surveyId;

    @Column(name = "municipality_code")
    private String municipality;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band")
    private AgeBand ageBand;

    @Column(name = "answered_in")
    private LocalDate answeredIn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_answer_score", joinColumns = @JoinColumn(name = "answer_id"))
    @OrderColumn(name = "position")
    @Column(name = "score")
    private List<Integer> scores = new ArrayList<>();

    protected SurveyAnswer() {
    }

    public SurveyAnswer(long surveyId, String municipality, AgeBand ageBand, LocalDate answeredIn,
            List<Integer> scores) {
        this.surveyId = surveyId;
        this.municipality = municipality;
        this.ageBand = ageBand;
        this.answeredIn = answeredIn.withDayOfMonth(1);
        this.scores.addAll(scores);
    }

    public String municipality() {
        return municipality;
    }

    public AgeBand ageBand() {
        return ageBand;
    }

    public List<Integer> scores() {
        return scores;
    }
}
