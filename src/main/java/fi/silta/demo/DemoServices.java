package fi.silta.demo;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import fi.silta.catalogue.Category;
import fi.silta.catalogue.CategoryRepository;
import fi.silta.catalogue.Place;
import fi.silta.catalogue.PlaceRepository;
import fi.silta.catalogue.TargetGroup;
import fi.silta.catalogue.TargetGroupRepository;
import fi.silta.common.LocalizedText;
import fi.silta.organisations.Organisation;
import fi.silta.organisations.OrganisationRepository;
import fi.silta.organisations.OrganisationType;
import fi.silta.reference.CountyRepository;
import fi.silta.reference.Municipality;
import fi.silta.reference.MunicipalityRepository;
import fi.silta.services.AccessMethod;
import fi.silta.services.ProfessionalInfo;
import fi.silta.services.ProfessionalInfoRepository;
import fi.silta.services.ServiceListing;
import fi.silta.services.ServiceRepository;

/**
 * Ongoing services of the local run, around an older person living at home in both demo counties: meal delivery by
 * the city of Kokkola, home cleaning by a company, Kannus's service transport, caregiver support and respite by
 * caregivers' associations in Kokkola and Vaasa, a parish's memory peer group without dates, the county's aids loan
 * and Vaasa's service transport. Published, with notes for professionals on some. Each service is written once
 * (by its demo key), so a later start adds only what is missing.
 */
@ApplicationScoped
class DemoServices {

    private static final Logger LOG = Logger.getLogger(DemoServices.class);
    private static final String KOKKOLA = "272";
    private static final String KANNUS = "217";
    private static final String VAASA = "905";
    private static final String MUSTASAARI = "499";
    private static final String CENTRAL_OSTROBOTHNIA = "18";
    private static final String OSTROBOTHNIA = "17";

    private final ServiceRepository services;
    private final ProfessionalInfoRepository professionalInfo;
    private final OrganisationRepository organisations;
    private final PlaceRepository places;
    private final CategoryRepository categories;
    private final TargetGroupRepository targetGroups;
    private final MunicipalityRepository municipalities;
    private final CountyRepository counties;

    DemoServices(ServiceRepository services, ProfessionalInfoRepository professionalInfo,
            OrganisationRepository organisations, PlaceRepository places, CategoryRepository categories,
            TargetGroupRepository targetGroups, MunicipalityRepository municipalities, CountyRepository counties) {
        this.services = services;
        this.professionalInfo = professionalInfo;
        this.organisations = organisations;
        this.places = places;
        this.categories = categories;
        this.targetGroups = targetGroups;
        this.municipalities = municipalities;
        this.counties = counties;
    }

    /** @return how many services were written now */
    @Transactional
    int load() {
        int before = (int) services.count("source", DemoDataLoader.SOURCE);
        Organisation kokkola = existing("1725764-6");
        Organisation parish = existing("1201597-1");
        Organisation caregiversKokkola = existing("1573858-5");
        Organisation soite = existing("3705873-2");
        Organisation kannus = existing("2291736-2");
        Organisation cleaning = organisation("Kotiapu Pohjantähti Oy", "Hemhjälp Polstjärnan Ab", null, "3801234-9",
                OrganisationType.COMPANY, CENTRAL_OSTROBOTHNIA, List.of(KOKKOLA, KANNUS), "+358 40 000 7101");
        Organisation caregiversVaasa = organisation("Vaasanseudun Omaishoitajat ry",
                "Närståendevårdarna i Vasanejden rf", "Vaasa region family caregivers", "3801235-7",
                OrganisationType.NGO, OSTROBOTHNIA, List.of(VAASA, MUSTASAARI), "+358 6 000 7201");
        Organisation vaasa = organisation("Vaasan kaupunki", "Vasa stad", "City of Vaasa", "3801236-5",
                OrganisationType.MUNICIPALITY, OSTROBOTHNIA, List.of(VAASA), "+358 6 000 7301");
        Place caregiversVaasaHouse = place(caregiversVaasa, "Omaishoitajien kohtaamispaikka",
                "Närståendevårdarnas mötesplats", "Kauppapuistikko 12", "65100", VAASA);

        service("svc-meals-kokkola", kokkola, LocalizedText.of("Kotiin kuljetettava ateriapalvelu",
                "Måltidsservice hem", "Meals delivered home"),
                LocalizedText.of("Lämmin lounas tuodaan kotiin arkipäivisin Seniorikeskus Kotirannan keittiöstä. "
                        + "Erityisruokavaliot onnistuvat. Kuljettaja varmistaa samalla, että kaikki on hyvin.",
                        "En varm lunch körs hem vardagar från köket på Seniorcentret Kotiranta. Specialdieter går bra.",
                        "A warm lunch is delivered home on weekdays from the Kotiranta senior centre's kitchen."),
                LocalizedText.of("Kotona asuvat kokkolalaiset, joiden ruoanlaitto ei enää onnistu.",
                        "Karlebybor som bor hemma och inte längre klarar att laga mat.", null),
                AccessMethod.APPLY,
                LocalizedText.of("Hae palveluohjauksesta; tarve arvioidaan puhelimessa tai kotikäynnillä.",
                        "Ansök via servicehandledningen; behovet bedöms per telefon eller vid hembesök.", null),
                LocalizedText.of("8,90 € / ateria", "8,90 € / måltid", "€8.90 per meal"), KOKKOLA, "+358 6 000 1050",
                List.of(place(kokkola, "Seniorikeskus Kotiranta")), List.of("FOOD"), List.of("SENIORS"),
                List.of("fi", "sv"), new Notes("Tee ilmoitus kotihoidon palveluohjaukseen (Soite), merkintä ATERIA.",
                        "Palveluohjaus, Kokkola", "+358 40 000 7001", "1–3 arkipäivää",
                        "Tilapäinen ateriapalvelu kotiutuksen jälkeen järjestyy ilman kotikäyntiä."));
        service("svc-cleaning", cleaning, LocalizedText.of("Kotisiivous ja kodinhoitoapu",
                "Hemstädning och hemhjälp", "Home cleaning and home help"),
                LocalizedText.of("Viikko- tai kertasiivous, ikkunanpesu, pyykkihuolto ja apu asioinnissa. "
                        + "Sama tuttu työntekijä joka kerta.",
                        "Veckostädning eller enstaka städning, fönstertvätt, tvätt och hjälp med ärenden.", null),
                LocalizedText.of("Kaikki kotona asuvat, erityisesti ikääntyneet ja omaishoitoperheet.",
                        "Alla som bor hemma, särskilt äldre och närståendevårdarfamiljer.", null),
                AccessMethod.ORDER, LocalizedText.of("Tilaa puhelimella tai sähköpostilla; ensikäynti on maksuton.",
                        "Beställ per telefon eller e-post; det första besöket är avgiftsfritt.", null),
                LocalizedText.of("42 € / tunti, kotitalousvähennys käy; Soiten palveluseteli käy",
                        "42 € / timme, hushållsavdrag; Soites servicesedel godkänns", null),
                KOKKOLA + "," + KANNUS, "+358 40 000 7101", List.of(), List.of(), List.of("SENIORS",
                        "FAMILY_CAREGIVERS"),
                List.of("fi", "sv"), new Notes("Palvelusetelillä: asiakas saa setelin Soiten kotihoidosta, "
                        + "ilmoita meille setelin numero.", "Palveluesimies Anu", "+358 40 000 7102", "Noin viikko",
                        null));
        service("svc-transport-kannus", kannus, LocalizedText.of("Palveluliikenne", "Servicetrafik",
                "Service transport"),
                LocalizedText.of("Pienbussi hakee kotiovelta ja vie keskustaan kauppaan, apteekkiin ja "
                        + "terveysasemalle. Kuljettaja auttaa kassien kanssa.",
                        "En liten buss hämtar vid dörren och kör till centrum, butiken, apoteket och hälsostationen.",
                        null),
                LocalizedText.of("Kannuslaiset, joilla ei ole omaa kyytiä; ikääntyneet ja liikuntarajoitteiset.", null,
                        null),
                AccessMethod.ORDER, LocalizedText.of("Tilaa kyyti edellisenä arkipäivänä klo 12 mennessä.", null,
                        null),
                LocalizedText.of("2 € / suunta", "2 € / riktning", "€2 each way"), KANNUS, "+358 6 000 7401",
                List.of(), List.of(), List.of("SENIORS", "PEOPLE_WITH_DISABILITIES"), List.of("fi"), null);
        service("svc-caregivers-kokkola", caregiversKokkola, LocalizedText.of("Omaishoitajien tuki ja lomitus",
                "Stöd och avlösning för närståendevårdare", "Support and respite for family caregivers"),
                LocalizedText.of("Yhdistyksen lomittaja tulee kotiin muutamaksi tunniksi, jotta omaishoitaja pääsee "
                        + "asioille tai lepäämään. Lisäksi vertaisryhmät ja neuvonta.",
                        "Föreningens avlösare kommer hem för några timmar så att närståendevårdaren kan vila.", null),
                LocalizedText.of("Omaistaan kotona hoitavat Kokkolan seudulla, myös ilman omaishoidon tukea.",
                        "Den som vårdar en anhörig hemma i Karlebynejden, också utan stöd för närståendevård.", null),
                AccessMethod.OPEN, LocalizedText.of("Soita toimistolle; lomitukset sovitaan 1–2 viikkoa etukäteen.",
                        null, null),
                null, KOKKOLA + "," + KANNUS, "+358 40 000 3501",
                List.of(place(caregiversKokkola, "Omaisapu-talo")), List.of("CAREGIVER_SUPPORT", "PEER_SUPPORT"),
                List.of("FAMILY_CAREGIVERS"), List.of("fi", "sv"),
                new Notes("Ohjaa omaishoitaja soittamaan itse tai lähetä yhteydenottopyyntö luvalla.",
                        "Omaishoidon koordinaattori", "+358 40 000 3502", "Lomitus 1–2 viikossa",
                        "Lakisääteiset vapaat myöntää Soite; yhdistyksen lomitus täydentää niitä."));
        organisationNotes(caregiversKokkola, new Notes(null, "Toiminnanjohtaja", "+358 40 000 3500", null,
                "Tavoitettavissa ma–to klo 9–15; kiireellisissä tilanteissa soita suoraan."));
        service("svc-memory-parish", parish, LocalizedText.of("Muistiystävien vertaisryhmä", "Kamratgrupp för "
                + "personer med minnessjukdom", "Peer group for people with memory disorders"),
                LocalizedText.of("Keskustelua, muistelua ja kahvit diakoniatyöntekijän kanssa. Ryhmä kokoontuu "
                        + "säännöllisesti, ja mukaan voi tulla omaisen kanssa.", null, null),
                LocalizedText.of("Muistisairaat ja heidän läheisensä.", null, null), AccessMethod.OPEN,
                LocalizedText.of("Ilmoittaudu diakoniatoimistoon, niin kerromme seuraavan kokoontumisen.", null, null),
                null, KOKKOLA, "+358 6 000 2150", List.of(place(parish, "Kaarlelan seurakuntatalo")),
                List.of("MEMORY", "PEER_SUPPORT"), List.of("MEMORY_DISORDERS", "SENIORS"), List.of("fi"), null);
        service("svc-aids-loan", soite, LocalizedText.of("Apuvälinelainaamo", "Hjälpmedelsutlåning",
                "Assistive device loans"),
                LocalizedText.of("Rollaattorit, pyörätuolit, suihkutuolit ja muut apuvälineet lainaan "
                        + "terveysasemien apuvälinepisteistä.",
                        "Rollatorer, rullstolar, duschstolar och andra hjälpmedel till lån från hälsostationerna.",
                        "Walkers, wheelchairs, shower chairs and other aids on loan from the health centres."),
                LocalizedText.of("Keski-Pohjanmaan asukkaat, joiden liikkuminen tai arki vaatii apuvälinettä.", null,
                        null),
                AccessMethod.OPEN, LocalizedText.of("Lyhytaikaisen lainan voi hakea itse; pidempi laina arvioidaan.",
                        "Kortvarigt lån kan man hämta själv; längre lån bedöms.", null),
                null, String.join(",", "272", "217", "236", "924", "584", "074", "421", "849"), "+358 6 000 7501",
                List.of(place(soite, "Kannuksen terveysasema"), place(soite, "Kaustisen terveysasema"),
                        place(soite, "Toholammen terveysasema")),
                List.of("HEALTH_ADVICE"), List.of("SENIORS", "PEOPLE_WITH_DISABILITIES"), List.of("fi", "sv"),
                new Notes("Yli 3 kk lainat: lähetä apuvälinetarve asiakastietojärjestelmässä apuvälinepalveluun.",
                        "Apuvälinepalvelu", "+358 40 000 7502", "Kiireelliset samana päivänä, muut 1–2 viikkoa",
                        null));
        service("svc-caregivers-vaasa", caregiversVaasa, LocalizedText.of("Omaishoitajan virkistys ja lomitus",
                "Rekreation och avlösning för närståendevårdare", null),
                LocalizedText.of("Lomittaja kotiin, virkistyspäivät ja keskusteluryhmät suomeksi ja ruotsiksi.",
                        "Avlösare hem, rekreationsdagar och samtalsgrupper på svenska och finska.", null),
                LocalizedText.of("Omaishoitajat Vaasassa ja Mustasaaressa.", "Närståendevårdare i Vasa och Korsholm.",
                        null),
                AccessMethod.APPLY, LocalizedText.of("Täytä hakemus yhdistyksen toimistossa tai soita.",
                        "Fyll i ansökan på föreningens kontor eller ring.", null),
                LocalizedText.of("Virkistyspäivät 15 €", "Rekreationsdagar 15 €", null), VAASA + "," + MUSTASAARI,
                "+358 6 000 7201", List.of(caregiversVaasaHouse), List.of("CAREGIVER_SUPPORT"),
                List.of("FAMILY_CAREGIVERS"), List.of("sv", "fi"),
                new Notes("Remiss behövs inte; hänvisa vårdaren till föreningen. Ohjaa suoraan yhdistykseen.",
                        "Koordinator Maria", "+358 40 000 7202", "2–3 veckor / 2–3 viikkoa", null));
        service("svc-transport-vaasa", vaasa, LocalizedText.of("Palveluliikenne", "Servicetrafik",
                "Service transport"),
                LocalizedText.of("Matalalattiabussit kiertävät asuinalueilta keskustaan; kuljettaja auttaa kyytiin.",
                        "Låggolvsbussar kör från bostadsområdena till centrum; chauffören hjälper ombord.", null),
                LocalizedText.of("Kaikki, erityisesti ikääntyneet ja liikuntarajoitteiset.",
                        "Alla, särskilt äldre och personer med rörelsehinder.", null),
                AccessMethod.OPEN, null, LocalizedText.of("Seutulipun hinta", "Som regionbiljett", null), VAASA,
                "+358 6 000 7301", List.of(), List.of(), List.of("SENIORS", "EVERYONE"), List.of("fi", "sv"), null);
        int written = (int) services.count("source", DemoDataLoader.SOURCE) - before;
        if (written > 0) {
            LOG.infof("Loaded %d demo services", written);
        }
        return written;
    }

    /** What professionals only read: how to refer, whom to call, the wait, notes. */
    private record Notes(String howToRefer, String contactName, String contactPhone, String waitingTime,
            String notes) {
    }

    private void service(String key, Organisation organisation, LocalizedText name, LocalizedText description,
            LocalizedText eligibility, AccessMethod access, LocalizedText accessInfo, LocalizedText cost,
            String area, String phone, List<Place> locations, List<String> categoryCodes, List<String> groupCodes,
            List<String> languages, Notes notes) {
        if (services.byOrigin(DemoDataLoader.SOURCE, key).isPresent()) {
            return;
        }
        ServiceListing service = new ServiceListing(organisation, DemoDataLoader.SOURCE, key);
        service.describe(name, description, eligibility);
        service.setAccess(access, accessInfo);
        service.setCost(cost == null, cost);
        service.setContact(null, null, phone, LocalizedText.of("Ma–pe 9–15", "Mån–fre 9–15", "Mon–Fri 9–15"));
        Set<Municipality> served = new LinkedHashSet<>();
        for (String code : area.split(",")) {
            served.add(municipalities.findById(code));
        }
        service.setArea(served);
        service.setLocations(new LinkedHashSet<>(locations.stream().filter(Objects::nonNull).toList()));
        Set<Category> serviceCategories = new LinkedHashSet<>();
        categoryCodes.stream().map(categories::findById).filter(Objects::nonNull).forEach(serviceCategories::add);
        Set<TargetGroup> groups = new LinkedHashSet<>();
        groupCodes.stream().map(targetGroups::findById).filter(Objects::nonNull).forEach(groups::add);
        service.classify(serviceCategories, groups);
        service.setLanguages(new LinkedHashSet<>(languages));
        service.publish();
        services.persist(service);
        if (notes != null) {
            ProfessionalInfo info = new ProfessionalInfo(organisation, service);
            info.write(notes.howToRefer(), notes.contactName(), notes.contactPhone(), null, notes.waitingTime(),
                    notes.notes());
            professionalInfo.persist(info);
        }
    }

    private void organisationNotes(Organisation organisation, Notes notes) {
        if (professionalInfo.ofOrganisation(organisation.id()).isEmpty()) {
            ProfessionalInfo info = new ProfessionalInfo(organisation, null);
            info.write(notes.howToRefer(), notes.contactName(), notes.contactPhone(), null, notes.waitingTime(),
                    notes.notes());
            professionalInfo.persist(info);
        }
    }

    private Organisation existing(String businessId) {
        return organisations.findByBusinessId(businessId)
                .orElseThrow(() -> new IllegalStateException("Demo services: no demo organisation " + businessId));
    }

    private Organisation organisation(String fi, String sv, String en, String businessId, OrganisationType type,
            String county, List<String> served, String phone) {
        return organisations.findByBusinessId(businessId).orElseGet(() -> {
            Organisation organisation = new Organisation(LocalizedText.of(fi, sv, en), type, businessId);
            organisation.setCounty(counties.findById(county));
            Set<Municipality> municipalitiesServed = new LinkedHashSet<>();
            served.forEach(code -> municipalitiesServed.add(municipalities.findById(code)));
            organisation.serve(municipalitiesServed);
            organisation.setContact(null, phone, null);
            organisation.markVerified(true);
            organisations.persist(organisation);
            return organisation;
        });
    }

    /** The organisation's demo place of that Finnish name, if the demo has it. */
    private Place place(Organisation organisation, String nameFi) {
        return places.find("organisation.id = ?1 and name.fi = ?2", organisation.id(), nameFi).firstResult();
    }

    private Place place(Organisation organisation, String fi, String sv, String street, String postalCode,
            String municipalityCode) {
        Place existing = place(organisation, fi);
        if (existing != null) {
            return existing;
        }
        Municipality municipality = municipalities.findById(municipalityCode);
        Place place = new Place(organisation, LocalizedText.of(fi, sv, null), municipality);
        place.setAddress(street, postalCode, municipality);
        places.persist(place);
        return place;
    }
}
