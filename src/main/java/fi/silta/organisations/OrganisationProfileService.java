package fi.silta.organisations;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.silta.audit.AuditEntry;
import fi.silta.audit.AuditLog;
import fi.silta.audit.AuditLog.Trail;
import fi.silta.common.Inputs;
import fi.silta.common.Language;
import fi.silta.common.LocalizedText;
import fi.silta.common.problem.Problem.FieldError;
import fi.silta.common.problem.ProblemException;
import fi.silta.organisations.api.OrganisationSummary;
import fi.silta.reference.PostalCode;
import fi.silta.reference.PostalCodeRepository;
import fi.silta.security.CurrentUser;
import fi.silta.security.Role;

/**
 * What an organisation is about and where it is, as an admin writes it: a description in each language and a
 * postal address whose municipality follows from its postal code.
 */
@ApplicationScoped
public class OrganisationProfileService {

    private final OrganisationRepository organisations;
    private final PostalCodeRepository postalCodes;
    private final OrganisationMapper mapper;
    private final AuditLog audit;
    private final CurrentUser user;

    OrganisationProfileService(OrganisationRepository organisations, PostalCodeRepository postalCodes,
            OrganisationMapper mapper, AuditLog audit, CurrentUser user) {
        this.organisations = organisations;
        this.postalCodes = postalCodes;
        this.mapper = mapper;
        this.audit = audit;
        this.user = user;
    }

    /**
     * Describes the organisation. A postal code Silta does not know, or a street without a postal code, is
     * refused naming the field ({@code postalCode}), and nothing is stored.
     */
    @Transactional
    public OrganisationSummary describe(long id, LocalizedText description, String streetAddress, String postalCode,
            Language language) {
        Organisation organisation = organisations.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("The organisation"));
        String street = Inputs.clean(streetAddress);
        String code = Inputs.clean(postalCode);
        List<FieldError> errors = new ArrayList<>();
        PostalCode known = code == null ? null : postalCodes.findByIdOptional(code).orElse(null);
        if (code != null && known == null) {
            errors.add(new FieldError("postalCode", "unknown-postal-code", "Unknown postal code"));
        } else if (street != null && code == null) {
            errors.add(new FieldError("postalCode", "required", "A street address needs its postal code"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "invalid-input", "Invalid input", "The organisation has invalid fields",
                    errors);
        }
        organisation.describe(LocalizedText.of(Inputs.clean(description.fi()), Inputs.clean(description.sv()),
                Inputs.clean(description.en())), street, known);
        audit.record(Trail.CHANGES, AuditEntry.of(user.username(), user.actingAs(Role.ADMIN), "describe",
                "organisation", id).organisation(id));
        return mapper.summary(organisation, language);
    }
}
