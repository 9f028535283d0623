package dev.codedrill.docker;

/** No Docker engine answers at the endpoint; {@link #nextStep()} says what the user can do about it. */
public class EngineUnavailableException extends EngineException {
    private final String nextStep;

    public EngineUnavailableException(String message, String nextStep, Throwable cause) {
        super(message + (nextStep.isEmpty() ? "" : ". " + nextStep), cause);
        this.nextStep = nextStep;
    }

    public String nextStep() {
        return nextStep;
    }
}
