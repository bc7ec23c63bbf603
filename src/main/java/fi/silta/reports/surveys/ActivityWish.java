package fi.silta.reports.surveys;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import fi.silta.referrals.Need;

/** A resident telling that an activity for a need is missing where they live: no account, no free text. */
@Entity
@Table(name = "activity_wish")
public class ActivityWish {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_wish_seq")
    @SequenceGenerator(name = "activity_wish_seq", sequenceName = "activity_wish_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "municipality_code")
    private String municipality;

    @Enumerated(EnumType.STRING)
    private Need need;

    @Column(name = "wished_in")
    private LocalDate wishedIn;

    protected ActivityWish() {
    }

    public ActivityWish(String municipality, Need need, LocalDate wishedIn) {
        this.municipality = municipality;
        this.need = need;
        this.wishedIn = wishedIn.withDayOfMonth(1);
    }

    public String municipality() {
        return municipality;
    }

    public Need need() {
        return need;
    }
}
