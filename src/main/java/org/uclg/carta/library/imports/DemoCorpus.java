package org.uclg.carta.library.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.library.resource.ResourceType;

/**
 * Invented but plausible demo resources built from a few themes and the demo local governments,
 * in the three languages, and the multi-page PDF reports some of them carry.
 */
public final class DemoCorpus {

    /** A theme: its names, a sentence about it, the rights it is tagged with, and a resource type. */
    public record Theme(
            String code,
            Map<String, String> name,
            Map<String, String> sentence,
            List<String> tags,
            ResourceType type) {}

    public static final List<Theme> THEMES = List.of(
            theme(
                    "housing",
                    "le logement social",
                    "social housing",
                    "la vivienda social",
                    "La ville a réhabilité des logements vacants et ouvert un guichet unique pour les familles.",
                    "The city refurbished empty homes and opened a single desk for families.",
                    "La ciudad rehabilitó viviendas vacías y abrió una ventanilla única para las familias.",
                    List.of("GCA:X", "SDG:11"),
                    ResourceType.POLICY),
            theme(
                    "participation",
                    "la participation citoyenne",
                    "citizen participation",
                    "la participación ciudadana",
                    "Des assemblées de quartier décident d'une partie du budget municipal chaque année.",
                    "Neighbourhood assemblies decide on part of the municipal budget every year.",
                    "Asambleas barriales deciden cada año sobre una parte del presupuesto municipal.",
                    List.of("GCA:II", "GGP:4", "SDG:16"),
                    ResourceType.CASE_STUDY),
            theme(
                    "water",
                    "l'accès à l'eau",
                    "access to water",
                    "el acceso al agua",
                    "Des comités d'usagers gèrent les bornes-fontaines et fixent un tarif social.",
                    "User committees run the standpipes and set a social tariff.",
                    "Comités de usuarios gestionan las fuentes públicas y fijan una tarifa social.",
                    List.of("GCA:XI", "SDG:6"),
                    ResourceType.POLICY),
            theme(
                    "gender",
                    "l'égalité femmes-hommes",
                    "gender equality",
                    "la igualdad de género",
                    "Chaque service municipal rend compte de la réduction des écarts entre femmes et hommes.",
                    "Every municipal department reports how it narrows gaps between women and men.",
                    "Cada servicio municipal informa cómo reduce las brechas entre mujeres y hombres.",
                    List.of("GCA:IV", "UNCORE:CEDAW", "SDG:5"),
                    ResourceType.GUIDE),
            theme(
                    "migrants",
                    "l'accueil des personnes migrantes",
                    "welcoming migrants",
                    "la acogida de personas migrantes",
                    "Un centre d'accueil offre cours de langue, conseil juridique et accompagnement vers l'emploi.",
                    "A welcome centre offers language classes, legal advice and job support.",
                    "Un centro de acogida ofrece clases de idioma, asesoría jurídica y apoyo al empleo.",
                    List.of("UNCORE:ICMW", "ECSHRC:IV", "SDG:10"),
                    ResourceType.CASE_STUDY),
            theme(
                    "education",
                    "l'éducation aux droits humains",
                    "human rights education",
                    "la educación en derechos humanos",
                    "Les écoles municipales consacrent une heure par semaine aux droits de l'enfant.",
                    "Municipal schools give one hour a week to children's rights.",
                    "Las escuelas municipales dedican una hora semanal a los derechos de la infancia.",
                    List.of("GGP:9", "UNCORE:CRC", "SDG:4"),
                    ResourceType.PUBLICATION),
            theme(
                    "disability",
                    "l'accessibilité",
                    "accessibility",
                    "la accesibilidad",
                    "Les guichets, le site web et les transports ont été audités avec les associations.",
                    "Counters, the website and transport were audited with disability groups.",
                    "Las ventanillas, el sitio web y el transporte se auditaron con las asociaciones.",
                    List.of("GCA:VI", "UNCORE:CRPD", "SDG:10"),
                    ResourceType.GUIDE),
            theme(
                    "climate",
                    "la justice climatique",
                    "climate justice",
                    "la justicia climática",
                    "Les quartiers les plus exposés à la chaleur reçoivent en priorité arbres et fontaines.",
                    "The districts most exposed to heat get trees and fountains first.",
                    "Los barrios más expuestos al calor reciben primero árboles y fuentes.",
                    List.of("GCA:XII", "SDG:13"),
                    ResourceType.DECLARATION));

    private static Theme theme(
            String code,
            String fr,
            String en,
            String es,
            String sfr,
            String sen,
            String ses,
            List<String> tags,
            ResourceType type) {
        return new Theme(
                code, Map.of("fr", fr, "en", en, "es", es), Map.of("fr", sfr, "en", sen, "es", ses), tags, type);
    }

    public static TranslatableText title(Theme theme, Map<String, String> city) {
        return TranslatableText.of(
                capital("Politique locale : " + theme.name().get("fr")) + " à " + city.get("fr"),
                capital(theme.name().get("en")) + " in " + city.get("en") + ": a local policy",
                capital(theme.name().get("es")) + " en " + city.get("es") + ": una política local");
    }

    public static TranslatableText summary(Theme theme) {
        return TranslatableText.of(
                theme.sentence().get("fr"),
                theme.sentence().get("en"),
                theme.sentence().get("es"));
    }

    public static LocalDate date(int i) {
        return LocalDate.of(2016 + i % 10, 1 + i % 12, 1 + i % 27);
    }

    /** Each report's sections after its cover, in the three languages: a heading and a line. */
    private static final Map<String, List<String[]>> SECTIONS = Map.of(
            "fr",
                    List.of(
                            new String[] {"Contexte", "Le diagnostic a été mené avec les associations et les habitants."
                            },
                            new String[] {
                                "Actions menées",
                                "Les services municipaux ont formé leurs agents et ouvert des permanences."
                            },
                            new String[] {
                                "Résultats", "Les demandes traitées ont doublé et les délais de réponse ont baissé."
                            },
                            new String[] {
                                "Partenaires", "Des universités, des ONG et d'autres villes du réseau y ont contribué."
                            }),
            "en",
                    List.of(
                            new String[] {"Context", "The assessment was carried out with associations and residents."},
                            new String[] {
                                "Actions taken", "Municipal departments trained their staff and opened drop-in desks."
                            },
                            new String[] {"Results", "Requests handled doubled and response times went down."},
                            new String[] {"Partners", "Universities, NGOs and other cities of the network took part."}),
            "es",
                    List.of(
                            new String[] {"Contexto", "El diagnóstico se hizo con las asociaciones y los vecinos."},
                            new String[] {
                                "Acciones realizadas",
                                "Los servicios municipales formaron a su personal y abrieron oficinas de atención."
                            },
                            new String[] {
                                "Resultados",
                                "Las solicitudes atendidas se duplicaron y los plazos de respuesta bajaron."
                            },
                            new String[] {"Socios", "Universidades, ONG y otras ciudades de la red participaron."}));

    /**
     * A report of a few pages in one language: its title on the cover only (so that a search for a
     * word of the title leads to the cover, not to any page), a section on each page after it, and
     * the theme's sentence on the last one.
     */
    public static byte[] report(Theme theme, Map<String, String> city, String lang, int pages) throws IOException {
        List<String> lines = new ArrayList<>();
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 1; p <= pages; p++) {
                lines.clear();
                lines.add(
                        switch (lang) {
                            case "fr" -> "Rapport d'activité, page " + p;
                            case "es" -> "Informe de actividades, página " + p;
                            default -> "Activity report, page " + p;
                        });
                if (p == 1) {
                    lines.add(title(theme, city).get(lang));
                } else if (p < pages) {
                    String[] section =
                            SECTIONS.get(lang).get((p - 2) % SECTIONS.get(lang).size());
                    lines.add(section[0]);
                    lines.add(section[1]);
                }
                if (p == pages) {
                    lines.add(theme.sentence().get(lang));
                }
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    cs.newLineAtOffset(50, 720);
                    for (String line : lines) {
                        cs.showText(line);
                        cs.newLineAtOffset(0, -18);
                    }
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private DemoCorpus() {}
}
