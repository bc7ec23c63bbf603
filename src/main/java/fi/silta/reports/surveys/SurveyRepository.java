package fi.silta.reports.surveys;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Surveys with their answers, and residents' activity wishes, which live in tables of their own. */
@ApplicationScoped
public class SurveyRepository implements PanacheRepository<Survey> {

    public List<Survey> ofCounty(String county) {
        return list("county = ?1 order by createdAt desc, id desc", county);
    }

    public void record(SurveyAnswer answer) {
        getEntityManager().persist(answer);
    }

    public void record(ActivityWish wish) {
        getEntityManager().persist(wish);
    }

    public List<SurveyAnswer> answers(long surveyId) {
        return getEntityManager()
                .createQuery("from SurveyAnswer a where a.surveyId = :id", SurveyAnswer.class)
                .setParameter("id", surveyId).getResultList();
    }

    public List<ActivityWish> wishes() {
        return getEntityManager().createQuery("from ActivityWish w", ActivityWish.class).getResultList();
    }
}
