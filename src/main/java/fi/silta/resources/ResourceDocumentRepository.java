package fi.silta.resources;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ResourceDocumentRepository implements PanacheRepositoryBase<ResourceDocument, Long> {
}
