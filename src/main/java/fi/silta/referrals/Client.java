package fi.silta.referrals;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import fi.silta.common.Language;

/**
 * Who the client of a referral is, as little as the work needs. Names, identity code, phone and email are
 * encrypted at rest ({@link EncryptedText}); none of it ever enters the search index or a log line.
 */
@Embeddable
public class Client {

    @Convert(converter = EncryptedText.FirstName.class)
    @Column(name = "client_first_name")
    private String firstName;

    @Convert(converter = EncryptedText.LastName.class)
    @Column(name = "client_last_name")
    private String lastName;

    @Convert(converter = EncryptedText.IdentityCode.class)
    @Column(name = "client_identity_code")
    private String identityCode;

    @Column(name = "client_birth_year")
    private Integer birthYear;

    @Convert(converter = EncryptedText.Phone.class)
    @Column(name = "client_phone")
    private String phone;

    @Convert(converter = EncryptedText.Email.class)
    @Column(name = "client_email")
    private String email;

    @Column(name = "client_language")
    private String language;

    @Column(name = "interpreter_needed")
    private boolean interpreterNeeded;

    protected Client() {
    }

    public Client(String firstName, String lastName, String identityCode, Integer birthYear, String phone,
            String email, Language language, boolean interpreterNeeded) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.identityCode = identityCode;
        this.birthYear = birthYear;
        this.phone = phone;
        this.email = email;
        this.language = language.code();
        this.interpreterNeeded = interpreterNeeded;
    }

    /** The client with corrected contact details; who they are stays as written. */
    Client withContact(String newPhone, String newEmail, Language newLanguage, boolean interpreter) {
        return new Client(firstName, lastName, identityCode, birthYear, newPhone, newEmail, newLanguage, interpreter);
    }

    /** What statistics keep of a client once the retention period ends: birth year and language, no identity. */
    Client pseudonymised() {
        return new Client("-", "-", null, birthYear, null, null, language(), interpreterNeeded);
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public String identityCode() {
        return identityCode;
    }

    public Integer birthYear() {
        return birthYear;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public Language language() {
        return Language.fromCode(language).orElse(Language.FI);
    }

    public boolean interpreterNeeded() {
        return interpreterNeeded;
    }

    /** Never the client's data, so it cannot slip into a log line through string concatenation. */
    @Override
    public String toString() {
        return "Client[hidden]";
    }
}
