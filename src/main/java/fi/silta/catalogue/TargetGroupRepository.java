package fi.silta.catalogue;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TargetGroupRepository implements PanacheRepositoryBase<TargetGroup, String> {

    public List<TargetGroup> listOrdered() {
        return list("order by sortOrder");
    }
}
