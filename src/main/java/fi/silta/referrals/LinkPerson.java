package fi.silta.referrals;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A trained link-person (linkkihenkilö): the municipalities they cover, their languages, their capacity. */
@Entity
@Table(name = "link_person")
public class LinkPerson {

    @Id
    private String username;

    @Column(name = "display_name")
    private String displayName;

    private String email;
    private int capacity;
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "link_person_municipality", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "municipality_code")
    private Set<String> municipalities = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "link_person_language", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "language")
    private Set<String> languages = new LinkedHashSet<>();

    @Version
    private long version;

    protected LinkPerson() {
    }

    public LinkPerson(String username) {
        this.username = username;
    }

    public void describe(String displayName, String email, int capacity, boolean active, Set<String> municipalities,
            Set<String> languages) {
        this.displayName = displayName;
        this.email = email;
        this.capacity = capacity;
        this.active = active;
        this.municipalities.clear();
        this.municipalities.addAll(municipalities);
        this.languages.clear();
        this.languages.addAll(languages);
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public int capacity() {
        return capacity;
    }

    public boolean active() {
        return active;
    }

    public Set<String> municipalities() {
        return municipalities;
    }

    public Set<String> languages() {
        return languages;
    }
}
