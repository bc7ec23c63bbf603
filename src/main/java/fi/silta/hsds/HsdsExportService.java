package fi.silta.hsds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fi.silta.catalogue.Activity;
import fi.silta.catalogue.ActivityStatus;
import fi.silta.catalogue.Place;
import fi.silta.common.Language;
import fi.silta.common.problem.ProblemException;
import fi.silta.hsds.HsdsIds.Kind;
import fi.silta.organisations.Organisation;
import fi.silta.services.ServiceListing;
import fi.silta.services.ServiceStatus;

/**
 * Silta's public catalogue as the HSDS 3.0 API: organisations, services (Silta's ongoing services first, then its
 * published activities, each an HSDS service), locations (places) and services at locations, in pages as HSDS's
 * OpenAPI has them ({@code page} from 1, {@code per_page}). Nothing a resident could not read goes out.
 */
@ApplicationScoped
public class HsdsExportService {

    private final EntityManager entities;
    private final HsdsMapper mapper;

    HsdsExportService(EntityManager entities, HsdsMapper mapper) {
        this.entities = entities;
        this.mapper = mapper;
    }

    @Transactional
    public Map<String, Object> organizations(int page, int perPage, Language language) {
        long total = count("select count(o) from Organisation o");
        List<Map<String, Object>> contents = entities.createQuery("from Organisation o order by o.id", Organisation.class)
                .setFirstResult((page - 1) * perPage).setMaxResults(perPage).getResultList().stream()
                .map(o -> mapper.organization(o, language)).toList();
        return page(contents, total, page, perPage);
    }

    @Transactional
    public Map<String, Object> services(int page, int perPage, Language language) {
        long services = count("select count(s) from ServiceListing s where s.status = ?1", ServiceStatus.PUBLISHED);
        long activities = count("select count(a) from Activity a where a.status = ?1", ActivityStatus.PUBLISHED);
        long offset = (long) (page - 1) * perPage;
        List<Map<String, Object>> contents = new ArrayList<>();
        if (offset < services) {
            entities.createQuery("from ServiceListing s where s.status = ?1 order by s.id", ServiceListing.class)
                    .setParameter(1, ServiceStatus.PUBLISHED).setFirstResult((int) offset).setMaxResults(perPage)
                    .getResultList().forEach(s -> contents.add(mapper.service(s, language, false)));
        }
        if (contents.size() < perPage) {
            long activityOffset = Math.max(0, offset - services);
            entities.createQuery("from Activity a where a.status = ?1 order by a.id", Activity.class)
                    .setParameter(1, ActivityStatus.PUBLISHED).setFirstResult((int) activityOffset)
                    .setMaxResults(perPage - contents.size()).getResultList()
                    .forEach(a -> contents.add(mapper.activity(a, language, false)));
        }
        return page(contents, services + activities, page, perPage);
    }

    @Transactional
    public Map<String, Object> locations(int page, int perPage, Language language) {
        long total = count("select count(p) from Place p");
        List<Map<String, Object>> contents = entities.createQuery("from Place p order by p.id", Place.class)
                .setFirstResult((page - 1) * perPage).setMaxResults(perPage).getResultList().stream()
                .map(p -> mapper.location(p, language)).toList();
        return page(contents, total, page, perPage);
    }

    /** A published service at each of its places, then each published activity at its place. */
    @Transactional
    public Map<String, Object> servicesAtLocations(int page, int perPage, Language language) {
        long atServices = count("select count(p) from ServiceListing s join s.locations p where s.status = ?1",
                ServiceStatus.PUBLISHED);
        long atActivities = count("select count(a) from Activity a where a.status = ?1 and a.place is not null",
                ActivityStatus.PUBLISHED);
        long offset = (long) (page - 1) * perPage;
        List<Map<String, Object>> contents = new ArrayList<>();
        if (offset < atServices) {
            List<Object[]> rows = entities.createQuery(
                    "select s, p from ServiceListing s join s.locations p where s.status = ?1 order by s.id, p.id",
                    Object[].class).setParameter(1, ServiceStatus.PUBLISHED).setFirstResult((int) offset)
                    .setMaxResults(perPage).getResultList();
            for (Object[] row : rows) {
                ServiceListing service = (ServiceListing) row[0];
                Place place = (Place) row[1];
                contents.add(mapper.serviceAtLocation(HsdsIds.of(Kind.SERVICE_AT_PLACE, service.id(), place.id()),
                        HsdsIds.of(Kind.SERVICE, service.id()), place, mapper.service(service, language, false),
                        language));
            }
        }
        if (contents.size() < perPage) {
            long activityOffset = Math.max(0, offset - atServices);
            entities.createQuery("from Activity a where a.status = ?1 and a.place is not null order by a.id",
                    Activity.class).setParameter(1, ActivityStatus.PUBLISHED).setFirstResult((int) activityOffset)
                    .setMaxResults(perPage - contents.size()).getResultList()
                    .forEach(a -> contents.add(mapper.serviceAtLocation(HsdsIds.of(Kind.ACTIVITY_AT_PLACE, a.id()),
                            HsdsIds.of(Kind.ACTIVITY, a.id()), a.place(), mapper.activity(a, language, false),
                            language)));
        }
        return page(contents, atServices + atActivities, page, perPage);
    }

    @Transactional
    public Map<String, Object> organization(String id, Language language) {
        long number = number(id, Kind.ORGANIZATION);
        Organisation organisation = Optional.ofNullable(entities.find(Organisation.class, number))
                .orElseThrow(HsdsExportService::notFound);
        Map<String, Object> json = mapper.organization(organisation, language);
        List<Map<String, Object>> services = new ArrayList<>();
        entities.createQuery("from ServiceListing s where s.status = ?1 and s.organisation.id = ?2 order by s.id",
                ServiceListing.class).setParameter(1, ServiceStatus.PUBLISHED).setParameter(2, number).getResultList()
                .forEach(s -> services.add(mapper.service(s, language, false)));
        entities.createQuery("from Activity a where a.status = ?1 and a.organisation.id = ?2 order by a.id",
                Activity.class).setParameter(1, ActivityStatus.PUBLISHED).setParameter(2, number).getResultList()
                .forEach(a -> services.add(mapper.activity(a, language, false)));
        json.put("services", services);
        return json;
    }

    @Transactional
    public Map<String, Object> service(String id, Language language) {
        HsdsIds.Parsed parsed = HsdsIds.parse(id).orElseThrow(HsdsExportService::notFound);
        if (parsed.kind() == Kind.SERVICE) {
            ServiceListing service = entities.find(ServiceListing.class, parsed.number());
            if (service != null && service.isPublished()) {
                return mapper.service(service, language, true);
            }
        } else if (parsed.kind() == Kind.ACTIVITY) {
            Activity activity = entities.find(Activity.class, parsed.number());
            if (activity != null && activity.status() == ActivityStatus.PUBLISHED) {
                return mapper.activity(activity, language, true);
            }
        }
        throw notFound();
    }

    @Transactional
    public Map<String, Object> location(String id, Language language) {
        Place place = Optional.ofNullable(entities.find(Place.class, number(id, Kind.LOCATION)))
                .orElseThrow(HsdsExportService::notFound);
        return mapper.location(place, language);
    }

    @Transactional
    public Map<String, Object> serviceAtLocation(String id, Language language) {
        HsdsIds.Parsed parsed = HsdsIds.parse(id).orElseThrow(HsdsExportService::notFound);
        if (parsed.kind() == Kind.SERVICE_AT_PLACE) {
            ServiceListing service = entities.find(ServiceListing.class, parsed.secondary());
            Place place = entities.find(Place.class, parsed.number());
            if (service != null && service.isPublished() && place != null && service.locations().contains(place)) {
                return mapper.serviceAtLocation(id, HsdsIds.of(Kind.SERVICE, service.id()), place,
                        mapper.service(service, language, false), language);
            }
        } else if (parsed.kind() == Kind.ACTIVITY_AT_PLACE) {
            Activity activity = entities.find(Activity.class, parsed.number());
            if (activity != null && activity.status() == ActivityStatus.PUBLISHED && activity.place() != null) {
                return mapper.serviceAtLocation(id, HsdsIds.of(Kind.ACTIVITY, activity.id()), activity.place(),
                        mapper.activity(activity, language, false), language);
            }
        }
        throw notFound();
    }

    private long count(String query, Object... parameters) {
        var typed = entities.createQuery(query, Long.class);
        for (int i = 0; i < parameters.length; i++) {
            typed.setParameter(i + 1, parameters[i]);
        }
        return typed.getSingleResult();
    }

    private static long number(String id, Kind kind) {
        return HsdsIds.parse(id).filter(p -> p.kind() == kind).map(HsdsIds.Parsed::number)
                .orElseThrow(HsdsExportService::notFound);
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("The record");
    }

    private static Map<String, Object> page(List<Map<String, Object>> contents, long total, int page, int perPage) {
        long pages = Math.max(1, (total + perPage - 1) / perPage);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total_items", total);
        json.put("total_pages", pages);
        json.put("page_number", page);
        json.put("size", contents.size());
        json.put("first_page", page == 1);
        json.put("last_page", page >= pages);
        json.put("empty", contents.isEmpty());
        json.put("contents", contents);
        return json;
    }
}
