package org.uclg.carta.events.registration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.uclg.carta.kit.i18n.Translatable;
import org.uclg.carta.kit.i18n.TranslatableInput;
import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.web.CrossFieldRules;
import org.uclg.carta.kit.web.Inputs;

/** A new question of a registration form; choices are typed one per line, the same lines in each language. */
@CrossFieldRules
public class QuestionForm implements CrossFieldRules.Checked {

    public static final int MAX_CHOICES = 50;

    private String type = QuestionType.TEXT.code();

    @Translatable(max = 300)
    private TranslatableInput label = new TranslatableInput();

    @Translatable(max = 5_000, required = false)
    private TranslatableInput choices = new TranslatableInput();

    private boolean required;

    @Override
    public void check(CrossFieldRules.Rejections rules) {
        QuestionType t = QuestionType.ofCode(type).orElse(null);
        if (t == null) {
            rules.reject("type", "validation.choice");
            return;
        }
        List<TranslatableText> parsed = choiceList();
        if (t.hasChoices() && (parsed.size() < 2 || parsed.size() > MAX_CHOICES)) {
            rules.reject("choices", "events.question.error.choices");
        }
    }

    /** Line i of every language is choice i. */
    private List<TranslatableText> choiceList() {
        Map<String, String[]> lines = new LinkedHashMap<>();
        int count = 0;
        for (Map.Entry<String, String> e : choices.getValues().entrySet()) {
            String[] l = Inputs.orEmpty(e.getValue()).strip().split("\\R");
            if (l.length == 1 && l[0].isBlank()) {
                continue;
            }
            lines.put(e.getKey(), l);
            count = Math.max(count, l.length);
        }
        List<TranslatableText> out = new ArrayList<>();
        for (int i = 0; i < count && i <= MAX_CHOICES; i++) {
            Map<String, String> one = new LinkedHashMap<>();
            for (Map.Entry<String, String[]> e : lines.entrySet()) {
                if (i < e.getValue().length) {
                    one.put(e.getKey(), e.getValue()[i]);
                }
            }
            TranslatableText text = TranslatableText.of(one);
            if (!text.isEmpty()) {
                out.add(text);
            }
        }
        return out;
    }

    public QuestionData toData() {
        QuestionType t = QuestionType.ofCode(type).orElseThrow();
        return new QuestionData(t, label.toText(), t.hasChoices() ? choiceList() : List.of(), required);
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = Inputs.orEmpty(type);
    }

    public TranslatableInput getLabel() {
        return label;
    }

    public void setLabel(TranslatableInput label) {
        this.label = label;
    }

    public TranslatableInput getChoices() {
        return choices;
    }

    public void setChoices(TranslatableInput choices) {
        this.choices = choices;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }
}
