package org.uclg.carta.network;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.kit.csv.ImportReport;
import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.taxonomy.ArticleRef;
import org.uclg.carta.taxonomy.Tags;
import org.uclg.carta.taxonomy.Taxonomy;

/**
 * Demo directory, loaded only when CARTA_DEMO=true: invented details about local governments
 * and partners. Matched by external id, so loading it again changes nothing.
 */
@Component
@ConditionalOnProperty(name = "carta.demo", havingValue = "true")
@Order(20)
class NetworkDemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NetworkDemoContent.class);

    private final CsvImport csvImport;
    private final Partners partners;
    private final LocalGovernments localGovernments;
    private final Taxonomy taxonomy;
    private final Tags tags;

    NetworkDemoContent(
            CsvImport csvImport, Partners partners, LocalGovernments localGovernments, Taxonomy taxonomy, Tags tags) {
        this.csvImport = csvImport;
        this.partners = partners;
        this.localGovernments = localGovernments;
        this.taxonomy = taxonomy;
        this.tags = tags;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        partner(
                "demo-un-habitat",
                PartnerKind.UN_AGENCY,
                "KE",
                "https://example.org/un-habitat",
                TranslatableText.of("ONU-Habitat", "UN-Habitat", "ONU-Hábitat"),
                TranslatableText.of(
                        "Programme des Nations Unies pour les établissements humains : logement convenable et villes inclusives.",
                        "United Nations Human Settlements Programme: adequate housing and inclusive cities.",
                        "Programa de las Naciones Unidas para los Asentamientos Humanos: vivienda adecuada y ciudades inclusivas."));
        partner(
                "demo-iold",
                PartnerKind.INTERNATIONAL_ORGANISATION,
                "BE",
                "https://example.org/iold",
                TranslatableText.of(
                        "Observatoire international de la démocratie locale",
                        "International Observatory on Local Democracy",
                        "Observatorio Internacional de la Democracia Local"),
                TranslatableText.of(
                        "Organisation intergouvernementale fictive (contenu de démonstration) qui suit la participation citoyenne dans les villes.",
                        "A fictional intergovernmental body (demonstration content) that follows citizen participation in cities.",
                        "Organismo intergubernamental ficticio (contenido de demostración) que sigue la participación ciudadana en las ciudades."));
        if (localGovernments.findByExternalId("demo-gwangju").isPresent()) {
            return;
        }
        try (InputStream in = new ClassPathResource("demo/local-governments.csv").getInputStream()) {
            ImportReport report = csvImport.importAll(in);
            log.info("Demo directory: {} local governments created", report.created());
        }
        partner(
                "demo-ohchr",
                PartnerKind.UN_AGENCY,
                "CH",
                "https://example.org/ohchr",
                TranslatableText.of(
                        "Haut-Commissariat des Nations Unies aux droits de l'homme",
                        "Office of the United Nations High Commissioner for Human Rights",
                        "Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos"),
                TranslatableText.of(
                        "Partenaire pour les processus du Conseil des droits de l'homme.",
                        "Partner for the Human Rights Council processes.",
                        "Socio para los procesos del Consejo de Derechos Humanos."));
        partner(
                "demo-rwi",
                PartnerKind.INSTITUTE,
                "SE",
                "https://example.org/rwi",
                TranslatableText.of(
                        "Institut Raoul Wallenberg", "Raoul Wallenberg Institute", "Instituto Raoul Wallenberg"),
                TranslatableText.of(
                        "Recherche et formation sur les droits humains au niveau local.",
                        "Research and training on human rights at local level.",
                        "Investigación y formación sobre derechos humanos a nivel local."));
        partner(
                "demo-gwangju-city",
                PartnerKind.LOCAL_GOVERNMENT,
                "KR",
                "https://example.org/gwangju-forum",
                TranslatableText.of(
                        "Ville de Gwangju, hôte du Forum mondial",
                        "City of Gwangju, host of the World Forum",
                        "Ciudad de Gwangju, sede del Foro Mundial"),
                TranslatableText.empty());
        partner(
                "demo-fiodm",
                PartnerKind.NETWORK,
                "ES",
                "https://example.org/network",
                TranslatableText.of(
                        "Réseau des villes inclusives", "Inclusive Cities Network", "Red de Ciudades Inclusivas"),
                TranslatableText.empty());
        partner(
                "demo-habitat-ngo",
                PartnerKind.NGO,
                "MX",
                "https://example.org/habitat",
                TranslatableText.of(
                        "Coalition pour le droit au logement",
                        "Housing Rights Coalition",
                        "Coalición por el Derecho a la Vivienda"),
                TranslatableText.empty());
        tag("demo-gwangju", List.of("GGP:1", "GGP:6", "GCA:I", "SDG:16"));
        tag("demo-barcelona", List.of("GCA:X", "ECSHRC:XVI", "SDG:11"));
        tag("demo-bogota", List.of("GCA:II", "SDG:10"));
        tag("demo-saint-denis", List.of("ECSHRC:I", "ECSHRC:VIII"));
        tag("demo-montreal", List.of("GCA:IX", "SDG:11"));
        tag("demo-porto-alegre", List.of("GCA:II", "ECSHRC:XXVIII"));
        tag("demo-dakar", List.of("GCA:XI", "SDG:6"));
    }

    private void partner(
            String externalId,
            PartnerKind kind,
            String country,
            String website,
            TranslatableText name,
            TranslatableText description) {
        if (partners.findByExternalId(externalId).isEmpty()) {
            partners.save(new Partner(externalId, name, description, kind, country, website));
        }
    }

    private void tag(String externalId, List<String> refs) {
        localGovernments
                .findByExternalId(externalId)
                .ifPresent(lg -> tags.set(
                        NetworkAdmin.ITEM_TYPE,
                        lg.id(),
                        refs.stream()
                                .map(ref -> ref.split(":"))
                                .flatMap(p -> taxonomy.article(p[0], p[1]).stream())
                                .map(ArticleRef::id)
                                .toList()));
    }
}
