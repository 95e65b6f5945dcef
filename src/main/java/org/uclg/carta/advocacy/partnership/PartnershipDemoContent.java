package org.uclg.carta.advocacy.partnership;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.PartnerView;

/**
 * Demonstration agreements and focal points for the demo partners, and the campaigns run with
 * them. The people, emails and references are fictional, and the scopes say so.
 */
@Component
@ConditionalOnProperty(name = "carta.demo", havingValue = "true")
@Order(74)
class PartnershipDemoContent implements ApplicationRunner {

    private static final Actor SECRETARIAT = new Actor("demo-secretariat", true, false, false, Set.of());

    private final Partnerships partnerships;
    private final Directory directory;
    private final JdbcClient jdbc;

    PartnershipDemoContent(Partnerships partnerships, Directory directory, DataSource dataSource) {
        this.partnerships = partnerships;
        this.directory = directory;
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (jdbc.sql("select count(*) from partner_agreement").query(Long.class).single() > 0) {
            return;
        }
        partner("demo-ohchr").ifPresent(p -> {
            agreement(
                    p,
                    AgreementKind.FRAMEWORK,
                    "2019-06-18",
                    "2019-07-01",
                    null,
                    "OHCHR/CISDPDH/2019/04",
                    "Cadre de coopération sur les gouvernements locaux et les droits humains",
                    "Cooperation framework on local governments and human rights",
                    "Marco de cooperación sobre gobiernos locales y derechos humanos",
                    "Contributions des villes aux rapports du Haut-Commissariat, formations conjointes.",
                    "Cities' contributions to the Office's reports, joint training.",
                    "Contribuciones de las ciudades a los informes de la Oficina, formaciones conjuntas.");
            agreement(
                    p,
                    AgreementKind.JOINT_PROGRAMME,
                    "2025-02-10",
                    "2025-03-01",
                    "2027-02-28",
                    "OHCHR/CISDPDH/2025/01",
                    "Programme conjoint : les voix locales dans l'Examen périodique universel",
                    "Joint programme: local voices in the Universal Periodic Review",
                    "Programa conjunto: las voces locales en el Examen Periódico Universal",
                    "Accompagner vingt villes dans leurs contributions à l'EPU de leur pays.",
                    "Support twenty cities in contributing to their country's UPR.",
                    "Acompañar a veinte ciudades en sus contribuciones al EPU de su país.");
            focal(
                    p,
                    "Amina Diallo",
                    "Human Rights Officer, Rule of Law and Democracy Section",
                    "a.diallo@ohchr.example",
                    "+41 22 555 01 23");
            focal(p, "Lucas Ferreira", "Associate, Special Procedures Branch", "l.ferreira@ohchr.example", null);
        });
        partner("demo-rwi").ifPresent(p -> {
            agreement(
                    p,
                    AgreementKind.MOU,
                    "2020-11-05",
                    "2021-01-01",
                    "2024-12-31",
                    "RWI-UCLG-2020",
                    "Protocole d'accord sur la recherche et la formation",
                    "Memorandum of understanding on research and training",
                    "Memorando de entendimiento sobre investigación y formación",
                    "Cours en ligne pour les agents municipaux, études de cas.",
                    "Online courses for city staff, case studies.",
                    "Cursos en línea para personal municipal, estudios de caso.");
            agreement(
                    p,
                    AgreementKind.MOU,
                    "2025-01-20",
                    "2025-02-01",
                    "2028-01-31",
                    "RWI-UCLG-2025",
                    "Protocole d'accord renouvelé : indicateurs locaux des droits humains",
                    "Renewed memorandum: local human rights indicators",
                    "Memorando renovado: indicadores locales de derechos humanos",
                    "Co-conception des indicateurs du suivi des chartes.",
                    "Co-design of the charter follow-up indicators.",
                    "Codiseño de los indicadores del seguimiento de las cartas.");
            focal(
                    p,
                    "Ingrid Sundqvist",
                    "Programme Officer, Human Rights Cities",
                    "i.sundqvist@rwi.example",
                    "+46 46 555 20 10");
        });
        partner("demo-gwangju-city").ifPresent(p -> {
            agreement(
                    p,
                    AgreementKind.MOU,
                    "2022-05-17",
                    "2022-06-01",
                    "2026-05-31",
                    "GJ-2022-117",
                    "Co-organisation du Forum mondial des villes des droits humains",
                    "Co-organisation of the World Human Rights Cities Forum",
                    "Coorganización del Foro Mundial de Ciudades por los Derechos Humanos",
                    "Programme, sessions de la commission et prix annuel.",
                    "Programme, the committee's sessions and the annual award.",
                    "Programa, sesiones de la comisión y premio anual.");
            agreement(
                    p,
                    AgreementKind.LETTER_OF_INTENT,
                    "2026-04-22",
                    "2026-06-01",
                    "2030-05-31",
                    "GJ-2026-041",
                    "Lettre d'intention pour les éditions 2026 à 2030 du Forum",
                    "Letter of intent for the 2026 to 2030 editions of the Forum",
                    "Carta de intención para las ediciones 2026 a 2030 del Foro",
                    "",
                    "",
                    "");
            focal(
                    p,
                    "Park Ji-won",
                    "Director, International Human Rights Cooperation",
                    "jiwon.park@gwangju.example",
                    "+82 62 555 3041");
        });
        partner("demo-fiodm")
                .ifPresent(p -> agreement(
                        p,
                        AgreementKind.LETTER_OF_INTENT,
                        "2023-09-14",
                        "2023-10-01",
                        null,
                        null,
                        "Lettre d'intention sur les villes inclusives",
                        "Letter of intent on inclusive cities",
                        "Carta de intención sobre ciudades inclusivas",
                        "Échanges entre pairs et plaidoyer commun.",
                        "Peer exchanges and joint advocacy.",
                        "Intercambios entre pares e incidencia conjunta."));
        partner("demo-habitat-ngo").ifPresent(p -> {
            agreement(
                    p,
                    AgreementKind.JOINT_PROGRAMME,
                    "2024-03-08",
                    "2024-04-01",
                    "2026-12-31",
                    "HRC-JP-24",
                    "Programme conjoint : le droit au logement dans la ville",
                    "Joint programme: the right to housing in the city",
                    "Programa conjunto: el derecho a la vivienda en la ciudad",
                    "Observatoires locaux des expulsions, campagne commune.",
                    "Local eviction observatories, a joint campaign.",
                    "Observatorios locales de desalojos, campaña común.");
            focal(p, "Rosa Medina Cruz", "Advocacy coordinator", "rmedina@housing-coalition.example", null);
            link("Cities for the right to housing%", p);
        });
        partner("demo-un-habitat").ifPresent(p -> {
            agreement(
                    p,
                    AgreementKind.MOU,
                    "2024-10-07",
                    "2024-11-01",
                    "2027-10-31",
                    "UNH/MOU/2024/88",
                    "Protocole d'accord sur le logement convenable et les villes des droits humains",
                    "Memorandum of understanding on adequate housing and human rights cities",
                    "Memorando de entendimiento sobre vivienda adecuada y ciudades de derechos humanos",
                    "Outils communs pour les politiques locales du logement.",
                    "Shared tools for local housing policies.",
                    "Herramientas comunes para las políticas locales de vivienda.");
            focal(p, "Wanjiru Kamau", "Human Settlements Officer", "w.kamau@unhabitat.example", "+254 20 555 4410");
            link("Cities for the right to housing%", p);
            link("For the right to a healthy environment%", p);
        });
        partner("demo-iold")
                .ifPresent(p -> agreement(
                        p,
                        AgreementKind.FRAMEWORK,
                        "2023-02-15",
                        "2023-03-01",
                        "2026-02-28",
                        "IOLD-FA-2023-02",
                        "Accord-cadre sur la participation citoyenne",
                        "Framework agreement on citizen participation",
                        "Acuerdo marco sobre participación ciudadana",
                        "Enquêtes comparées sur les budgets participatifs.",
                        "Comparative surveys of participatory budgets.",
                        "Encuestas comparadas sobre presupuestos participativos."));
    }

    private Optional<PartnerView> partner(String externalId) {
        return directory.partnerByExternalId(externalId);
    }

    private void agreement(
            PartnerView p,
            AgreementKind kind,
            String signed,
            String starts,
            String ends,
            String reference,
            String titleFr,
            String titleEn,
            String titleEs,
            String scopeFr,
            String scopeEn,
            String scopeEs) {
        AgreementData d = new AgreementData(
                kind,
                TranslatableText.of(titleFr, titleEn, titleEs),
                TranslatableText.of(
                        (scopeFr + " Contenu de démonstration.").strip(),
                        (scopeEn + " Demonstration content.").strip(),
                        (scopeEs + " Contenido de demostración.").strip()),
                LocalDate.parse(signed),
                LocalDate.parse(starts),
                ends == null ? null : LocalDate.parse(ends),
                reference);
        try {
            partnerships.record(p.id(), d, null, SECRETARIAT);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void focal(PartnerView p, String name, String role, String email, String phone) {
        partnerships.addFocalPoint(p.id(), name, role, email, phone, SECRETARIAT);
    }

    /** The demo campaign whose English title matches, run with this partner. */
    private void link(String englishTitle, PartnerView p) {
        jdbc.sql("""
                insert into campaign_link (campaign_id, kind, target_id)
                select id, 'partner', ? from campaign where title ->> 'en' like ? on conflict do nothing""").params(p.id(), englishTitle).update();
    }
}
