package dev.codedrill.app;

/** One line of {@code codedrill doctor}: what was checked, whether it is fine, and what to do if not. */
public record DoctorCheck(String subject, boolean ok, String detail, String nextStep) {

    public static DoctorCheck ok(String subject, String detail) {
        return new DoctorCheck(subject, true, detail, "");
    }

    public static DoctorCheck problem(String subject, String detail, String nextStep) {
        return new DoctorCheck(subject, false, detail, nextStep);
    }

    public String render() {
        String line = String.format("%-6s %-28s %s", ok ? "[ OK ]" : "[FAIL]", subject, detail);
        return nextStep.isEmpty() ? line : line + System.lineSeparator() + "       " + " ".repeat(28) + " -> " + nextStep;
    }
}
