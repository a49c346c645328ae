package uk.gov.devon.rpassistant.safety;

/** How strongly a message suggests that a child may be at risk now. */
public enum RiskLevel {
    /** Nothing suggests risk: answer the question. */
    NONE,
    /** It may describe risk: the emergency routes first, then the answer, so a false alarm costs a few lines. */
    POSSIBLE,
    /** It describes risk: the emergency routes alone. */
    CLEAR
}
