package org.uclg.carta.site;

import org.uclg.carta.kit.i18n.Translatable;
import org.uclg.carta.kit.i18n.TranslatableInput;

/** What the page editing form posts; never the entity itself. */
public class PageForm {

    @Translatable(max = 200)
    private TranslatableInput title = new TranslatableInput();

    @Translatable(max = 100_000, required = false)
    private TranslatableInput body = new TranslatableInput();

    private long version;

    public TranslatableInput getTitle() {
        return title;
    }

    public void setTitle(TranslatableInput title) {
        this.title = title;
    }

    public TranslatableInput getBody() {
        return body;
    }

    public void setBody(TranslatableInput body) {
        this.body = body;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
