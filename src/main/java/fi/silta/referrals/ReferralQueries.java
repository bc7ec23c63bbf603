package fi.silta.referrals;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.silta.common.Language;
import fi.silta.reference.Municipality;
import fi.silta.reference.MunicipalityRepository;
import fi.silta.referrals.api.CaseFile;
import fi.silta.referrals.api.ContactView;
import fi.silta.referrals.api.MunicipalityChoice;
import fi.silta.referrals.api.ReferralView;

/** Reading one referral, as those allowed to see it do; each read is written to the client access log. */
@ApplicationScoped
public class ReferralQueries {

    private final ReferralRepository referrals;
    private final MunicipalityRepository municipalities;
    private final ReferralAccess access;
    private final ReferralMapper mapper;
    private final StaffNames names;

    ReferralQueries(ReferralRepository referrals, MunicipalityRepository municipalities, ReferralAccess access,
            ReferralMapper mapper, StaffNames names) {
        this.names = names;
        this.referrals = referrals;
        this.municipalities = municipalities;
        this.access = access;
        this.mapper = mapper;
    }

    /** One referral with its history. */
    @Transactional
    public ReferralView get(long id) {
        return read(id, "read");
    }

    /**
     * One referral as {@link #get} reads it, through the same check and sight, written to the access log under the
     * reader's own action: the FHIR view names the resource it serves, so the log tells in which shape client data
     * left.
     */
    @Transactional
    public ReferralView read(long id, String action) {
        Referral referral = access.readable(id, action);
        access.logged(id, action);
        return mapper.view(referral, referrals.events(id), access.sight(referral));
    }

    /** The contact log of a case, for those who may read it (403 for other coordinators of the county). */
    @Transactional
    public List<ContactView> contacts(long id) {
        Referral referral = access.readable(id, "contacts");
        access.require(access.mayReadContacts(referral), referral, "contacts");
        access.logged(id, "contacts");
        return referrals.contacts(id).stream().map(mapper::contact).toList();
    }

    /**
     * The referral, its contacts (when this user may read them) and what this user may do with it: what the case
     * page shows.
     */
    @Transactional
    public CaseFile caseFile(long id) {
        Referral referral = access.readable(id, "read");
        access.logged(id, "read");
        boolean contacts = access.mayReadContacts(referral);
        if (contacts) {
            access.logged(id, "contacts");
        }
        List<ReferralStatus> moves = Arrays.stream(ReferralStatus.values())
                .filter(next -> referral.status().canMoveTo(next) && access.mayMove(referral, next)).toList();
        return new CaseFile(mapper.view(referral, referrals.events(id), access.sight(referral)),
                contacts ? referrals.contacts(id).stream().map(mapper::contact).toList() : List.of(), contacts, moves,
                access.isRequester(referral),
                access.isTarget(referral), access.isCoordinatorOf(referral),
                access.isAssignee(referral) && referral.status() == ReferralStatus.REQUESTED);
    }

    /** Every municipality a client may live in: those of the user's own counties first, then the rest, by name. */
    @Transactional
    public List<MunicipalityChoice> municipalities(Language language) {
        Set<String> own = access.counties();
        return municipalities.listAll().stream()
                .sorted(Comparator.comparing((Municipality m) -> !own.contains(m.county().code()))
                        .thenComparing(m -> m.name().resolve(language)))
                .map(m -> new MunicipalityChoice(m.code(), m.name().resolve(language))).toList();
    }

    /** Each municipality's name by its code, in this language. */
    @Transactional
    public Map<String, String> municipalityNames(Language language) {
        return municipalities.listAll().stream()
                .collect(Collectors.toMap(m -> m.code(), m -> m.name().resolve(language), (a, b) -> a));
    }

    /** The names staff go by, by user name (the user name itself where no other is known). */
    @Transactional
    public Map<String, String> staffNames(Collection<String> usernames) {
        return names.of(usernames);
    }
}
