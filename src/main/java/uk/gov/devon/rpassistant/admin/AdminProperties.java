package uk.gov.devon.rpassistant.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may open the insights page. In production, Microsoft Entra ID sign-in limited to one group
 * ({@code ADMIN_ENTRA_TENANT_ID}, {@code _CLIENT_ID}, {@code _CLIENT_SECRET}, {@code _GROUP_ID}); for local runs,
 * one account from configuration ({@code ADMIN_LOCAL_USERNAME}, {@code ADMIN_LOCAL_PASSWORD}). With neither,
 * the page is refused to everyone.
 */
@ConfigurationProperties("admin")
public record AdminProperties(Local local, Entra entra) {

    public AdminProperties {
        local = local == null ? new Local(null, null) : local;
        entra = entra == null ? new Entra(null, null, null, null, null) : entra;
    }

    public record Local(String username, String password) {

        public boolean configured() {
            return username != null && !username.isBlank() && password != null && !password.isBlank();
        }

        @Override
        public String toString() {
            return "Local[username=" + username + ", password=" + (password == null ? "unset" : "****") + "]";
        }
    }

    /**
     * @param authority where Entra ID signs people in (tests point it at 127.0.0.1)
     */
    public record Entra(String tenantId, String clientId, String clientSecret, String groupId, String authority) {

        public boolean configured() {
            return present(tenantId) && present(clientId) && present(clientSecret) && present(groupId);
        }

        public String authorityOrDefault() {
            return present(authority) ? authority.replaceAll("/+$", "") : "https://login.microsoftonline.com";
        }

        private static boolean present(String value) {
            return value != null && !value.isBlank();
        }

        @Override
        public String toString() {
            return "Entra[tenantId=" + tenantId + ", clientId=" + clientId + ", clientSecret="
                    + (clientSecret == null ? "unset" : "****") + ", groupId=" + groupId + "]";
        }
    }
}
