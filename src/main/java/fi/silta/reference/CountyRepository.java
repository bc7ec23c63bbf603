package fi.silta.reference;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CountyRepository implements PanacheRepositoryBase<County, String> {
}
