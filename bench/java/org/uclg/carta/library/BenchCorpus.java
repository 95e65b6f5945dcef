package org.uclg.carta.library;

import java.util.List;
import java.util.Random;

/** A deterministic corpus: the same seed gives the same resources, words and PDFs every run. */
final class BenchCorpus {

    static final List<String> FR = List.of("logement", "ville", "quartier", "droits", "humains", "participation",
            "citoyenne", "budget", "municipal", "politique", "publique", "accès", "eau", "santé", "éducation",
            "égalité", "femmes", "enfants", "migrants", "accueil", "culture", "bibliothèque", "transport",
            "sécurité", "justice", "climat", "chaleur", "arbres", "économies", "énergie", "services", "handicap",
            "accessibilité", "discrimination", "racisme", "emploi", "formation", "alimentation", "jardins",
            "solidarité", "démocratie", "assemblée", "conseil", "jeunes", "personnes", "âgées", "violence",
            "prévention", "médiation", "associations", "réfugiés", "langue", "école", "numérique", "données",
            "transparence", "rapport", "évaluation", "indicateurs", "charte", "engagement", "plan", "action");
    static final List<String> EN = List.of("housing", "city", "neighbourhood", "rights", "human", "participation",
            "citizen", "budget", "municipal", "policy", "public", "access", "water", "health", "education",
            "equality", "women", "children", "migrants", "welcome", "culture", "library", "transport", "safety",
            "justice", "climate", "heat", "trees", "savings", "energy", "services", "disability", "accessibility",
            "discrimination", "racism", "employment", "training", "food", "gardens", "solidarity", "democracy",
            "assembly", "council", "youth", "older", "people", "violence", "prevention", "mediation",
            "associations", "refugees", "language", "school", "digital", "data", "transparency", "report",
            "evaluation", "indicators", "charter", "commitment", "plan", "action");
    static final List<String> ES = List.of("vivienda", "ciudad", "barrio", "derechos", "humanos", "participación",
            "ciudadana", "presupuesto", "municipal", "política", "pública", "acceso", "agua", "salud",
            "educación", "igualdad", "mujeres", "infancia", "migrantes", "acogida", "cultura", "biblioteca",
            "transporte", "seguridad", "justicia", "clima", "calor", "árboles", "ahorro", "energía", "servicios",
            "discapacidad", "accesibilidad", "discriminación", "racismo", "empleo", "formación", "alimentación",
            "huertas", "solidaridad", "democracia", "asamblea", "consejo", "jóvenes", "personas", "mayores",
            "violencia", "prevención", "mediación", "asociaciones", "refugiados", "idioma", "escuela", "digital",
            "datos", "transparencia", "informe", "evaluación", "indicadores", "carta", "compromiso", "plan",
            "acción");

    private final Random random;

    BenchCorpus(long seed) {
        this.random = new Random(seed);
    }

    static List<String> words(String lang) {
        return switch (lang) {
            case "fr" -> FR;
            case "es" -> ES;
            default -> EN;
        };
    }

    /** Words drawn with a skewed distribution, as in real text: a few words are very common. */
    String text(String lang, int count) {
        List<String> words = words(lang);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int index = (int) Math.min(words.size() - 1, Math.abs(random.nextGaussian()) * words.size() / 2.5);
            sb.append(i == 0 ? "" : " ").append(words.get(index));
        }
        return sb.toString();
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
