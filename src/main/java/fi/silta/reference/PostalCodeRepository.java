package fi.silta.reference;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PostalCodeRepository implements PanacheRepositoryBase<PostalCode, String> {
}
