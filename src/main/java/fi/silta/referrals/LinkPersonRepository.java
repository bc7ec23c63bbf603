package fi.silta.referrals;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Link-person profiles, by user name. */
@ApplicationScoped
public class LinkPersonRepository implements PanacheRepositoryBase<LinkPerson, String> {
}
