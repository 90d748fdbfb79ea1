package org.gridworks.customer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.gridworks.platform.i18n.Messages;
import org.gridworks.platform.web.FacesFeedback;

/**
 * The public progress page (/public/progress.xhtml): request scoped and on a stateless view, so nothing of it lives
 * in a session (a public page creates none). Wrong number and wrong phone show the same sentence.
 */
@Named
@RequestScoped
public class ProgressBacking {

    /** The rating button's client id: its name is in the post when the customer sends a rating. */
    static final String RATE_BUTTON = "lookup:rate";

    private static final List<Integer> STARS = List.of(1, 2, 3, 4, 5);

    @Inject
    CustomerProgress service;

    private String number;
    private String phone4;
    private ProgressView progress;
    private boolean notMatched;
    private long retryAfterSeconds;
    private Integer speed;
    private Integer clarity;
    private Integer staff;
    private String comment;
    private boolean thanked;

    public void lookUp() {
        if (!wellFormed()) {
            return;
        }
        show(FacesFeedback.attempt(() -> service.lookup(number, phone4, address())));
    }

    public void rate() {
        if (!wellFormed()) {
            return;
        }
        CustomerProgress.Lookup rated = FacesFeedback.attempt(() -> service.rate(
                number,
                phone4,
                address(),
                speed == null ? 0 : speed,
                clarity == null ? 0 : clarity,
                staff == null ? 0 : staff,
                comment));
        show(rated);
        thanked = rated != null && rated.outcome() == CustomerProgress.Outcome.FOUND;
    }

    private void show(CustomerProgress.Lookup lookup) {
        if (lookup == null) {
            return;
        }
        switch (lookup.outcome()) {
            case FOUND -> progress = lookup.progress();
            case NOT_MATCHED -> notMatched = true;
            case THROTTLED -> {
                retryAfterSeconds = lookup.retryAfterSeconds();
                FacesContext faces = FacesContext.getCurrentInstance();
                faces.getExternalContext().setResponseStatus(429);
                faces.getExternalContext().setResponseHeader("Retry-After", Long.toString(retryAfterSeconds));
            }
        }
    }

    private boolean wellFormed() {
        List<String[]> problems = CustomerProgress.problems(number, phone4);
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        for (String[] problem : problems) {
            faces.addMessage(
                    "lookup:" + problem[0],
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.get(locale, problem[1]), null));
        }
        if (!problems.isEmpty()) {
            faces.validationFailed();
        }
        return problems.isEmpty();
    }

    private static String address() {
        return ((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }

    /**
     * Whether the progress and its rating are on the page: when a lookup found them, and while a posted rating is
     * decoded. The view is stateless, so a post rebuilds the page before anything is looked up; without this the
     * rating's fields and button were not in the page when the post was decoded, the rating was never sent, and the
     * customer got an empty form back (the rating test in ReportsIT, in Chromium).
     */
    public boolean isShown() {
        return progress != null || decodingRating();
    }

    public boolean isRatingShown() {
        return progress != null ? progress.isMayRate() : decodingRating();
    }

    private static boolean decodingRating() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE
                && faces.isPostback()
                && faces.getExternalContext().getRequestParameterMap().containsKey(RATE_BUTTON);
    }

    /** The stars each aspect offers, as the Integers the rating's fields hold. */
    public List<Integer> getStars() {
        return STARS;
    }

    public boolean isChinese() {
        return "zh"
                .equals(FacesContext.getCurrentInstance()
                        .getViewRoot()
                        .getLocale()
                        .getLanguage());
    }

    public String getHotline() {
        return CustomerProgress.HOTLINE;
    }

    public String getSupervisionHotline() {
        return CustomerProgress.SUPERVISION_HOTLINE;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getPhone4() {
        return phone4;
    }

    public void setPhone4(String phone4) {
        this.phone4 = phone4;
    }

    public ProgressView getProgress() {
        return progress;
    }

    public boolean isNotMatched() {
        return notMatched;
    }

    public boolean isThrottled() {
        return retryAfterSeconds > 0;
    }

    /** Whole minutes to wait, at least one. */
    public long getRetryAfterMinutes() {
        return Math.max(1, (retryAfterSeconds + 59) / 60);
    }

    public Integer getSpeed() {
        return speed;
    }

    public void setSpeed(Integer speed) {
        this.speed = speed;
    }

    public Integer getClarity() {
        return clarity;
    }

    public void setClarity(Integer clarity) {
        this.clarity = clarity;
    }

    public Integer getStaff() {
        return staff;
    }

    public void setStaff(Integer staff) {
        this.staff = staff;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public boolean isThanked() {
        return thanked;
    }
}
