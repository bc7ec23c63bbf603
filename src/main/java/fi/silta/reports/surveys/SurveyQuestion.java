package fi.silta.reports.surveys;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One question of a survey, in Finnish and, where written, Swedish and English. */
@Embeddable
public class SurveyQuestion {

    @Column(name = "text_fi")
    private String textFi;

    @Column(name = "text_sv")
    private String textSv;

    @Column(name = "text_en")
    private String textEn;

    protected SurveyQuestion() {
    }

    public SurveyQuestion(String textFi, String textSv, String textEn) {
        this.textFi = textFi;
        this.textSv = textSv;
        this.textEn = textEn;
    }

    public String textFi() {
        return textFi;
    }

    public String textSv() {
        return textSv;
    }

    public String textEn() {
        return textEn;
    }
}
