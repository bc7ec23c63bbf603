package fi.silta.reference;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class MunicipalityRepository implements PanacheRepositoryBase<Municipality, String> {

    public List<Municipality> inCounty(String countyCode) {
        return list("county.code = ?1 order by code", countyCode);
    }
}
