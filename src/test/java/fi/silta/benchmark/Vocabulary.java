package fi.silta.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The words the generated catalogue is written in: the kinds of activity Finnish municipalities, parishes
 * and associations list, in Finnish and Swedish (compounds as they are written: "tuolijumppa",
 * "närståendevårdarnas kamratstödgrupp"), who they are for, and the sentences their descriptions are made
 * of. Finnish descriptions also carry inflected forms of wellbeing words confirmed by the Voikko analyser
 * ({@code search/fi-inflections.json}), so the index holds the inflections residents' searches must find.
 */
final class Vocabulary {

    /** One kind of activity: its Finnish and Swedish name, category and who it usually is for. */
    record Kind(String fi, String sv, String category, String targetGroup) {
    }

    static final List<Kind> KINDS = List.of(
            new Kind("tuolijumppa", "stolgymnastik", "PHYSICAL_ACTIVITY", "SENIORS"),
            new Kind("vesijumppa", "vattengymnastik", "PHYSICAL_ACTIVITY", "SENIORS"),
            new Kind("kuntojumppa", "konditionsgymnastik", "PHYSICAL_ACTIVITY", "ADULTS"),
            new Kind("aivojumppa", "hjärngymnastik", "MEMORY", "MEMORY_DISORDERS"),
            new Kind("senioritanssi", "seniordans", "PHYSICAL_ACTIVITY", "SENIORS"),
            new Kind("lavatanssit", "gammeldans", "SOCIAL", "EVERYONE"),
            new Kind("kuntosaliryhmä", "gymgrupp", "PHYSICAL_ACTIVITY", "SENIORS"),
            new Kind("kuntosaliopastus", "gymhandledning", "PHYSICAL_ACTIVITY", "ADULTS"),
            new Kind("sauvakävely", "stavgång", "OUTDOORS", "SENIORS"),
            new Kind("kävelyryhmä", "promenadgrupp", "OUTDOORS", "EVERYONE"),
            new Kind("luontoretki", "naturutflykt", "OUTDOORS", "FAMILIES"),
            new Kind("tasapainoryhmä", "balansgrupp", "PHYSICAL_ACTIVITY", "SENIORS"),
            new Kind("tuolijooga", "stolyoga", "PHYSICAL_ACTIVITY", "SENIORS"),
            new Kind("uintivuoro", "simtur", "PHYSICAL_ACTIVITY", "PEOPLE_WITH_DISABILITIES"),
            new Kind("lukupiiri", "läsecirkel", "CULTURE", "ADULTS"),
            new Kind("käsityökerho", "handarbetsklubb", "CRAFTS", "SENIORS"),
            new Kind("neulekahvila", "stickcafé", "CRAFTS", "EVERYONE"),
            new Kind("taidepaja", "konstverkstad", "CRAFTS", "YOUTH"),
            new Kind("maalausryhmä", "målargrupp", "CRAFTS", "ADULTS"),
            new Kind("muistikahvila", "minneskafé", "MEMORY", "MEMORY_DISORDERS"),
            new Kind("perhekahvila", "familjecafé", "SOCIAL", "FAMILIES"),
            new Kind("kielikahvila", "språkcafé", "LEARNING", "IMMIGRANTS"),
            new Kind("yhteislaulu", "allsång", "MUSIC", "SENIORS"),
            new Kind("kuoroharjoitus", "körövning", "MUSIC", "ADULTS"),
            new Kind("lauluryhmä", "sånggrupp", "MUSIC", "SENIORS"),
            new Kind("digitukipiste", "digistödpunkt", "DIGITAL_SUPPORT", "SENIORS"),
            new Kind("älypuhelinopastus", "smarttelefonhandledning", "DIGITAL_SUPPORT", "SENIORS"),
            new Kind("yhteinen lounas", "gemensam lunch", "FOOD", "EVERYONE"),
            new Kind("kokkikerho", "matlagningsklubb", "FOOD", "PARTIAL_WORK_ABILITY"),
            new Kind("ruoka-apu", "matutdelning", "FOOD", "EVERYONE"),
            new Kind("vertaisryhmä", "kamratstödgrupp", "PEER_SUPPORT", "MENTAL_HEALTH_REHAB"),
            new Kind("omaishoitajien vertaistukiryhmä", "närståendevårdarnas kamratstödgrupp", "CAREGIVER_SUPPORT",
                    "FAMILY_CAREGIVERS"),
            new Kind("keskusteluryhmä", "samtalsgrupp", "MENTAL_WELLBEING", "ADULTS"),
            new Kind("mielenterveyskuntoutujien kohtaamispaikka", "mötesplats för rehabiliteringsklienter",
                    "MENTAL_WELLBEING", "MENTAL_HEALTH_REHAB"),
            new Kind("surutyön tukiryhmä", "sorgegrupp", "PEER_SUPPORT", "ADULTS"),
            new Kind("työnhakuvalmennus", "jobbsökarträning", "EMPLOYMENT", "UNEMPLOYED"),
            new Kind("työkokeilupaja", "arbetsprövningsverkstad", "EMPLOYMENT", "PARTIAL_WORK_ABILITY"),
            new Kind("talous- ja velkaneuvonta", "ekonomi- och skuldrådgivning", "FINANCES", "ADULTS"),
            new Kind("terveysneuvonta", "hälsorådgivning", "HEALTH_ADVICE", "SENIORS"),
            new Kind("verenpaineen mittaus", "blodtrycksmätning", "HEALTH_ADVICE", "SENIORS"),
            new Kind("askartelukerho", "pysselklubb", "CRAFTS", "FAMILIES"),
            new Kind("elokuvakerho", "filmklubb", "CULTURE", "YOUTH"),
            new Kind("bingo", "bingo", "SOCIAL", "SENIORS"),
            new Kind("raamattupiiri", "bibelstudiegrupp", "SPIRITUAL", "ADULTS"),
            new Kind("diakoniavastaanotto", "diakonimottagning", "SPIRITUAL", "EVERYONE"),
            new Kind("seurakuntakerho", "församlingsklubb", "SPIRITUAL", "SENIORS"),
            new Kind("nuorten iltaolkkari", "ungdomskväll", "SOCIAL", "YOUTH"),
            new Kind("vauvaryhmä", "babygrupp", "SOCIAL", "FAMILIES"),
            new Kind("asukastupa", "invånarstuga", "SOCIAL", "EVERYONE"),
            new Kind("satutunti", "sagostund", "CULTURE", "FAMILIES"),
            new Kind("kotoutumisryhmä", "integrationsgrupp", "LEARNING", "IMMIGRANTS"),
            new Kind("vapaaehtoisten koulutus", "frivilligutbildning", "VOLUNTEERING", "EVERYONE"),
            new Kind("lähimmäispalvelu", "närståendetjänst", "VOLUNTEERING", "SENIORS"),
            new Kind("ystävätoiminta", "vänverksamhet", "VOLUNTEERING", "SENIORS"),
            new Kind("luento", "föreläsning", "LEARNING", "ADULTS"),
            new Kind("muistiluento", "minnesföreläsning", "MEMORY", "MEMORY_DISORDERS"));

    /** Who a title names, Finnish genitive and Swedish "för ..." form. */
    static final List<String[]> AUDIENCES = List.of(
            new String[] { "Ikäihmisten", "för äldre" },
            new String[] { "Senioreiden", "för seniorer" },
            new String[] { "Eläkeläisten", "för pensionärer" },
            new String[] { "Omaishoitajien", "för närståendevårdare" },
            new String[] { "Työikäisten", "för personer i arbetsför ålder" },
            new String[] { "Nuorten", "för unga" },
            new String[] { "Lapsiperheiden", "för barnfamiljer" },
            new String[] { "Maahanmuuttajien", "för invandrare" },
            new String[] { "Miesten", "för män" },
            new String[] { "Naisten", "för kvinnor" },
            new String[] { "Muistisairaiden ja läheisten", "för personer med minnessjukdom och anhöriga" },
            new String[] { "Kaikille avoin", "öppen för alla" });

    static final List<String> SENTENCES_FI = List.of(
            "Tervetuloa mukaan, ennakkoilmoittautumista ei tarvita.",
            "Ryhmä kokoontuu säännöllisesti ja uudet osallistujat ovat aina tervetulleita.",
            "Ohjaajana toimii koulutettu vapaaehtoinen.",
            "Toiminta sopii kaikenkuntoisille, myös apuvälineiden kanssa liikkuville.",
            "Ota mukaan vesipullo ja mukavat vaatteet.",
            "Kahvitarjoilu vapaaehtoista maksua vastaan.",
            "Tilaan pääsee pyörätuolilla ja salissa on induktiosilmukka.",
            "Mukaan voi tulla yksin tai läheisen kanssa.",
            "Tapaamisissa keskustellaan arjen asioista ja jaetaan kokemuksia.",
            "Liikuntaneuvoja opastaa laitteiden käytössä ja kertoo turvallisesta harjoittelusta.",
            "Toteutetaan yhteistyössä hyvinvointialueen, kunnan ja seurakunnan kanssa.",
            "Kysy lisää yhdistyksen toimistolta tai kirjaston palvelutiskiltä.",
            "Bussipysäkki on rakennuksen vieressä ja pysäköintipaikkoja on pihalla.",
            "Ryhmässä harjoitellaan tasapainoa, lihasvoimaa ja liikkuvuutta.",
            "Vertaisohjaajalla on omakohtainen kokemus samasta elämäntilanteesta.",
            "Osallistuminen ei edellytä aiempaa kokemusta.",
            "Hyvinvointilähetteellä tulevat ovat erityisen tervetulleita.",
            "Syksyn kausi päättyy joulukuussa ja kevätkausi alkaa tammikuussa.");

    static final List<String> SENTENCES_SV = List.of(
            "Välkommen med, ingen förhandsanmälan behövs.",
            "Gruppen träffas regelbundet och nya deltagare är alltid välkomna.",
            "Ledare är en utbildad frivillig.",
            "Verksamheten passar alla oavsett kondition, även den som använder hjälpmedel.",
            "Ta med vattenflaska och bekväma kläder.",
            "Kaffeservering mot frivillig avgift.",
            "Lokalen är tillgänglig med rullstol och salen har hörselslinga.",
            "Du kan komma ensam eller tillsammans med en närstående.",
            "Vid träffarna pratar vi om vardagen och delar erfarenheter.",
            "Idrottsrådgivaren handleder i användningen av redskapen.",
            "Ordnas i samarbete med välfärdsområdet, kommunen och församlingen.",
            "Fråga mer på föreningens kansli eller vid bibliotekets servicedisk.",
            "Busshållplatsen ligger intill byggnaden och det finns parkering på gården.",
            "I gruppen tränar vi balans, muskelstyrka och rörlighet.",
            "Kamratledaren har egen erfarenhet av samma livssituation.",
            "Du behöver ingen tidigare erfarenhet för att delta.",
            "Den som kommer med en välfärdsremiss är särskilt välkommen.",
            "Höstterminen slutar i december och vårterminen börjar i januari.");

    static final List<String> PLACE_KINDS_FI = List.of("seurakuntatalo", "kirjasto", "palvelukeskus", "asukastalo",
            "uimahalli", "liikuntahalli", "nuorisotalo", "työväentalo", "kylätalo", "kansalaisopisto");
    static final List<String> PLACE_KINDS_SV = List.of("församlingshem", "bibliotek", "servicecentral", "invånarhus",
            "simhall", "idrottshall", "ungdomsgård", "arbetarhem", "bygdegård", "medborgarinstitut");
    static final List<String> ORGANISATION_KINDS_FI = List.of("Eläkeläiset ry", "Martat ry", "Omaishoitajat ry",
            "Mielenterveysyhdistys ry", "Muistiyhdistys ry", "Liikuntaseura ry", "Kyläyhdistys ry",
            "Sydänyhdistys ry", "Diabetesyhdistys ry", "Nuorisoseura ry");

    private final List<List<String>> finnishForms;

    private Vocabulary(List<List<String>> finnishForms) {
        this.finnishForms = finnishForms;
    }

    static Vocabulary load() {
        try (InputStream in = Vocabulary.class.getResourceAsStream("/search/fi-inflections.json")) {
            JsonNode lemmas = new ObjectMapper().readTree(in).path("lemmas");
            List<List<String>> forms = new ArrayList<>();
            for (Map.Entry<String, JsonNode> lemma : lemmas.properties()) {
                List<String> these = new ArrayList<>();
                these.add(lemma.getKey());
                lemma.getValue().path("forms").forEach(form -> these.add(form.asText()));
                forms.add(these);
            }
            return new Vocabulary(forms);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the Finnish inflections", e);
        }
    }

    /** A lemma's base form, for queries. */
    String lemma(Random random) {
        return finnishForms.get(random.nextInt(finnishForms.size())).get(0);
    }

    /** An inflected form of some wellbeing word ("kuntosaleilla", "tuolijumppaan"). */
    String inflected(Random random) {
        List<String> forms = finnishForms.get(random.nextInt(finnishForms.size()));
        return forms.get(random.nextInt(forms.size()));
    }

    static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
