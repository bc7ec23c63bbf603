package fi.silta.reports.surveys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A county's anonymous survey of coping and participation: a title and questions answered on a scale of 1 to 5. */
@Entity
@Table(name = "survey")
public class Survey {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_seq")
    @SequenceGenerator(name = "survey_seq", sequenceName = "survey_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "county_code")
    private String county;

    @Column(name = "title_fi")
    private String titleFi;

    @Column(name = "title_sv")
    private String titleSv;

    @Column(name = "title_en")
    private String titleEn;

    private boolean open;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_question", joinColumns = @JoinColumn(name = "survey_id"))
    @OrderColumn(name = "position")
    private List<SurveyQuestion> questions = new ArrayList<>();

    protected Survey() {
    }

    public Survey(String county, String titleFi, String titleSv, String titleEn, List<SurveyQuestion> questions,
            String createdBy, Instant createdAt) {
        this.county = county;
        this.titleFi = titleFi;
        this.titleSv = titleSv;
        this.titleEn = titleEn;
        this.questions.addAll(questions);
        this.open = true;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String county() {
        return county;
    }

    public String titleFi() {
        return titleFi;
    }

    public String titleSv() {
        return titleSv;
    }

    public String titleEn() {
        return titleEn;
    }

    public boolean open() {
        return open;
    }

    public List<SurveyQuestion> questions() {
        return questions;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
