package org.uclg.carta.newsletter.issue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.uclg.carta.kit.i18n.Translatable;
import org.uclg.carta.kit.i18n.TranslatableInput;

/** What the issue form posts: subject and body in each language, and the size of the live blocks. */
public class IssueForm {

    @Translatable(max = 200)
    private TranslatableInput subject = new TranslatableInput();

    @Translatable(max = 50_000)
    private TranslatableInput body = new TranslatableInput();

    @Min(value = 0, message = "newsletter.error.blockSize")
    @Max(value = 10, message = "newsletter.error.blockSize")
    private int latestResources = 3;

    @Min(value = 0, message = "newsletter.error.blockSize")
    @Max(value = 10, message = "newsletter.error.blockSize")
    private int upcomingEvents = 3;

    private long version;

    public static IssueForm of(IssueView i) {
        IssueForm f = new IssueForm();
        f.subject = TranslatableInput.from(i.data().subject());
        f.body = TranslatableInput.from(i.data().body());
        f.latestResources = i.data().latestResources();
        f.upcomingEvents = i.data().upcomingEvents();
        f.version = i.version();
        return f;
    }

    public IssueData toData() {
        return new IssueData(subject.toText(), body.toText(), latestResources, upcomingEvents);
    }

    public TranslatableInput getSubject() {
        return subject;
    }

    public void setSubject(TranslatableInput subject) {
        this.subject = subject;
    }

    public TranslatableInput getBody() {
        return body;
    }

    public void setBody(TranslatableInput body) {
        this.body = body;
    }

    public int getLatestResources() {
        return latestResources;
    }

    public void setLatestResources(int latestResources) {
        this.latestResources = latestResources;
    }

    public int getUpcomingEvents() {
        return upcomingEvents;
    }

    public void setUpcomingEvents(int upcomingEvents) {
        this.upcomingEvents = upcomingEvents;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
