package uk.gov.devon.rpassistant.knowledge;

/** Thrown while reading one file; carries the problem with its path and line. */
final class ContentException extends Exception {

    private final transient ContentProblem problem;

    ContentException(ContentProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    ContentProblem problem() {
        return problem;
    }
}
