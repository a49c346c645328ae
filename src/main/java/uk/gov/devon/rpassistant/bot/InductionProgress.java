package uk.gov.devon.rpassistant.bot;

/**
 * Where a person got to in the new starters' pathway, kept in the bot's user state (behind the SDK's
 * {@code Storage}, so that a shared database can take the place of memory). 0 means not started.
 */
public class InductionProgress {

    private int step;

    public int getStep() {
        return step;
    }

    public void setStep(int step) {
        this.step = step;
    }
}
