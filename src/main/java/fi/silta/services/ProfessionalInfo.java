package fi.silta.services;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import fi.silta.organisations.Organisation;

/**
 * What professionals need and residents do not: how to refer or order, the professionals' direct line, the
 * waiting time, notes. Per service, or per organisation (no service) for what holds for all its services. A table
 * of its own, read only by the professionals' views, so that no public page, public API or export can reach it.
 */
@Entity
@Table(name = "professional_info")
public class ProfessionalInfo {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "professional_info_seq")
    @SequenceGenerator(name = "professional_info_seq", sequenceName = "professional_info_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_id")
    private ServiceListing service;

    @Column(name = "how_to_refer")
    private String howToRefer;
    @Column(name = "contact_name")
    private String contactName;
    @Column(name = "contact_phone")
    private String contactPhone;
    @Column(name = "contact_email")
    private String contactEmail;
    @Column(name = "waiting_time")
    private String waitingTime;
    private String notes;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ProfessionalInfo() {
    }

    public ProfessionalInfo(Organisation organisation, ServiceListing service) {
        this.organisation = organisation;
        this.service = service;
    }

    public void write(String howToRefer, String contactName, String contactPhone, String contactEmail,
            String waitingTime, String notes) {
        this.howToRefer = howToRefer;
        this.contactName = contactName;
        this.contactPhone = contactPhone;
        this.contactEmail = contactEmail;
        this.waitingTime = waitingTime;
        this.notes = notes;
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public boolean isEmpty() {
        return howToRefer == null && contactName == null && contactPhone == null && contactEmail == null
                && waitingTime == null && notes == null;
    }

    public Long id() {
        return id;
    }

    public String howToRefer() {
        return howToRefer;
    }

    public String contactName() {
        return contactName;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String waitingTime() {
        return waitingTime;
    }

    public String notes() {
        return notes;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
